using System.Linq;
using Microsoft.CodeAnalysis;
using Spectre.Console;
using SupplierRestrictions.RestrictedList.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>The scan report for people: findings grouped under the entry they refer to, then a one-line verdict.</summary>
internal static class ScanTextReport
{
    public static void Write(CliConsole console, ScanReport report)
    {
        console.WriteLine($"Scanned {Words.Plural(report.FilesScanned, "C# file")} with {string.Join(", ", report.Lists)} on {report.Date}.", Tone.Strong);
        foreach (var group in report.ByEntry)
        {
            console.WriteLine();
            string heading = report.Entries.TryGetValue(group.Key, out var entry)
                ? $"{entry.Id}  {entry.Name} ({entry.KindName}; {entry.ListName}; {Timeline.Describe(entry.StatusOn(report.Date))})"
                : group.Key;
            console.WriteLine(heading, Tone.Strong);
            foreach (var finding in group)
            {
                WriteFinding(console, finding);
            }
        }

        var other = report.Other.ToArray();
        if (other.Length > 0)
        {
            console.WriteLine();
            console.WriteLine("Not tied to an entry", Tone.Strong);
            foreach (var finding in other)
            {
                WriteFinding(console, finding);
            }
        }

        console.WriteLine();
        console.WriteLine(report.Summary(), report.Findings.Any(f => f.Fails) ? Tone.Bad : Tone.Good);
    }

    private static void WriteFinding(CliConsole console, Finding finding)
    {
        string severity = finding.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        if (console.Rich)
        {
            var tone = finding.Severity switch
            {
                DiagnosticSeverity.Error => Tone.Bad,
                DiagnosticSeverity.Warning => Tone.Warn,
                _ => Tone.Info,
            };
            console.AnsiOut.Write(new Spectre.Console.Text($"  {finding.Where}: "));
            console.AnsiOut.Write(new Spectre.Console.Text($"{severity} {finding.RuleId}", Tones.Style(tone)));
            console.AnsiOut.Write(new Spectre.Console.Text($": {finding.Message}"));
            console.AnsiOut.WriteLine();
        }
        else
        {
            console.WriteLine($"  {finding.Where}: {severity} {finding.RuleId}: {finding.Message}");
        }
    }
}
