using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Roslyn.Options;

namespace SupplierRestrictions.Analyzers.Roslyn.Reporting;

/// <summary>
/// Turns "this token refers to entry N" into the diagnostic the entry's status on the evaluation date calls for
/// (docs/contract.md §2 and §7), or into nothing. Only ever runs on a match, so it may allocate.
/// </summary>
internal sealed class ReferenceReporter
{
    private const int MaxShownLength = 60;

    private readonly CompiledRestrictions _restrictions;
    private readonly AnalyzerSettings _settings;
    private FileExemptions? _projectExemptions;

    public ReferenceReporter(CompiledRestrictions restrictions, AnalyzerSettings settings)
    {
        _restrictions = restrictions;
        _settings = settings;
        Usage = new ExemptionUsage(restrictions, settings.Date);
    }

    public ExemptionUsage Usage { get; }

    /// <summary>
    /// The exemptions that cover a project-level reference (an assembly or a package): only those without paths,
    /// as such a reference is in no file. Computed once per compilation, on first use at compilation end.
    /// </summary>
    private FileExemptions ProjectExemptions =>
        _projectExemptions ??= FileExemptions.For(_restrictions.Exemptions.Where(r => r.Exemption.Paths.Count == 0).ToArray(), filePath: null, _settings.Date);

    /// <summary>
    /// A project-level reference (SR1004, SR1006) to entry <paramref name="entryIndex"/>: noted for SR0007 like any
    /// reference, and, when the entry is in force and no exemption applies, the detail for the message of the
    /// diagnostic the caller reports. Null when nothing is to be reported.
    /// </summary>
    public string? ProjectReference(int entryIndex)
    {
        var entry = _restrictions.List.Entries[entryIndex];
        var status = entry.StatusOn(_settings.Date);
        var exemptions = ProjectExemptions;
        Usage.NoteReference(entry, entryIndex, status, exemptions.NotEnded(entryIndex));
        if (status.State != RestrictionState.InForce)
        {
            return null;
        }

        if (exemptions.Applying(entryIndex) is { } rule)
        {
            Usage.MarkUsed(rule);
            return null;
        }

        return InForceDetail(entry, status, exemptions.Ended(entryIndex));
    }

    public void Report(Action<Diagnostic> report, Location location, string shownText, int entryIndex, FileExemptions exemptions)
    {
        var entry = _restrictions.List.Entries[entryIndex];
        var status = entry.StatusOn(_settings.Date);
        Usage.NoteReference(entry, entryIndex, status, exemptions.NotEnded(entryIndex));
        string shown = Shorten(shownText);
        switch (status.State)
        {
            case RestrictionState.InForce:
                if (exemptions.Applying(entryIndex) is { } rule)
                {
                    Usage.MarkUsed(rule);
                    if (_settings.EndsWithinWindow(rule.Exemption.Until, out int daysLeft))
                    {
                        report(Diagnostic.Create(Descriptors.ExemptionEndsSoon, location, Properties(entry, "ExemptionEndsSoon"), shown, entry.KindName, entry.Name, entry.Id, entry.ListName, rule.Exemption.DisplayName, rule.Exemption.Until, rule.Exemption.Until.AddDays(1), daysLeft + 1));
                    }

                    return;
                }

                var descriptor = entry.Kind == EntryKind.Vendor ? Descriptors.RestrictedVendor : Descriptors.RestrictedMaterial;
                report(Diagnostic.Create(descriptor, location, Properties(entry, "InForce"), shown, entry.Name, entry.Id, entry.ListName, InForceDetail(entry, status, exemptions.Ended(entryIndex))));
                return;

            case RestrictionState.Suspended:
                var until = status.SuspendedUntil!.Value;
                var resumes = until.AddDays(1);

                // An entry removed before its suspension ends never comes back: there is nothing to warn about.
                if (_settings.EndsWithinWindow(until, out int suspensionDaysLeft) && entry.StatusOn(resumes).State == RestrictionState.InForce)
                {
                    report(Diagnostic.Create(Descriptors.SuspensionEndsSoon, location, Properties(entry, "Suspended"), shown, entry.KindName, entry.Name, entry.Id, entry.ListName, until, resumes, suspensionDaysLeft + 1, AfterSuspension(entryIndex, resumes, exemptions)));
                }

                return;

            default:
                return;
        }
    }

    /// <summary>
    /// What happens to this reference the day the suspension ends: enforcement, or the exemption that covers it then
    /// (chosen as on that day itself, so the message names what the build will do then).
    /// </summary>
    private static string AfterSuspension(int entryIndex, Day resumes, FileExemptions exemptions) =>
        exemptions.ApplyingOn(entryIndex, resumes) is { } rule
            ? $"exemption '{rule.Exemption.DisplayName}' applies until {rule.Exemption.Until}"
            : "it is enforced again";

    private static string InForceDetail(RestrictionEntry entry, RestrictionStatus status, ExemptionRule? endedExemption)
    {
        string detail = status.Since is { } since ? $"in force since {since}" : "in force";
        if (status.SuspensionEnded is { } ended)
        {
            detail += $"; suspension ended {ended}";
        }

        if (endedExemption is not null)
        {
            detail += $"; exemption '{endedExemption.Exemption.DisplayName}' ended {endedExemption.Exemption.Until}";
        }

        if (!string.IsNullOrWhiteSpace(entry.Details.Reason))
        {
            detail += ". " + AsSentence(entry.Details.Reason!);
        }

        return detail;
    }

    /// <summary>
    /// The list's reason as the second sentence of the message: capitalised, one full stop at the end. A word that
    /// is not plain lower case ("iPhone", "eVTOL") keeps its spelling.
    /// </summary>
    internal static string AsSentence(string reason)
    {
        string text = reason.Trim();
        int end = 1;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        bool plainLowerCaseWord = char.IsLower(text[0]) && (end == text.Length || !char.IsLetter(text[end]));
        if (plainLowerCaseWord)
        {
            text = char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        char last = text[text.Length - 1];
        return last is '.' or '!' or '?' or '…' ? text : text + ".";
    }

    public static ImmutableDictionary<string, string?> Properties(RestrictionEntry entry, string status) =>
        ImmutableDictionary<string, string?>.Empty
            .Add("EntryId", entry.Id)
            .Add("Kind", entry.KindName)
            .Add("Status", status)
            .Add("List", entry.ListName);


    private static string Shorten(string text) =>
        text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength) + "…";
}
