using System;
using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>
/// For one source file on the evaluation day: per entry, the exemption that applies (the one ending last, see
/// <see cref="ExemptionChoice"/>), the latest one that has already ended (named when the restriction is reported
/// again), and every one that has not ended yet, whether it applies today or starts later (those decide whether a
/// reference that is not reported today will be exempted once its entry comes into force).
/// </summary>
public sealed class FileExemptions
{
    public static readonly FileExemptions None = new(
        new Dictionary<int, ExemptionRule>(), new Dictionary<int, ExemptionRule>(), new Dictionary<int, List<ExemptionRule>>());

    private readonly Dictionary<int, ExemptionRule> _applying;
    private readonly Dictionary<int, ExemptionRule> _ended;
    private readonly Dictionary<int, List<ExemptionRule>> _notEnded;

    private FileExemptions(Dictionary<int, ExemptionRule> applying, Dictionary<int, ExemptionRule> ended, Dictionary<int, List<ExemptionRule>> notEnded)
    {
        _applying = applying;
        _ended = ended;
        _notEnded = notEnded;
    }

    public static FileExemptions For(IReadOnlyList<ExemptionRule> rules, string? filePath, Day date)
    {
        if (rules.Count == 0)
        {
            return None;
        }

        var applying = new Dictionary<int, ExemptionRule>();
        var ended = new Dictionary<int, ExemptionRule>();
        var notEnded = new Dictionary<int, List<ExemptionRule>>();
        foreach (var rule in rules)
        {
            var exemption = rule.Exemption;
            if (!rule.CoversFile(filePath))
            {
                continue;
            }

            foreach (int entry in rule.Resolved.EntryIndices)
            {
                if (date <= exemption.Until)
                {
                    if (!notEnded.TryGetValue(entry, out var list))
                    {
                        notEnded[entry] = list = new List<ExemptionRule>();
                    }

                    list.Add(rule);
                }

                // One that has not started yet is neither applying nor ended.
                if (exemption.From is { } from && date < from)
                {
                    continue;
                }

                var target = exemption.AppliesOn(date) ? applying : ended;
                if (!target.TryGetValue(entry, out var current) || ExemptionChoice.Replaces(exemption, current.Exemption))
                {
                    target[entry] = rule;
                }
            }
        }

        return new FileExemptions(applying, ended, notEnded);
    }

    public ExemptionRule? Applying(int entryIndex) => _applying.TryGetValue(entryIndex, out var rule) ? rule : null;

    public ExemptionRule? Ended(int entryIndex) => _ended.TryGetValue(entryIndex, out var rule) ? rule : null;

    /// <summary>The exemptions covering the entry in this file whose <c>until</c> is not before the evaluation day, in list order.</summary>
    public IReadOnlyList<ExemptionRule> NotEnded(int entryIndex) =>
        _notEnded.TryGetValue(entryIndex, out var rules) ? rules : Array.Empty<ExemptionRule>();

    /// <summary>The exemption that will apply to the entry in this file on a later <paramref name="day"/> (the one ending last), or null.</summary>
    public ExemptionRule? ApplyingOn(int entryIndex, Day day) => ExemptionChoice.Applying(NotEnded(entryIndex), r => r.Exemption, day);
}
