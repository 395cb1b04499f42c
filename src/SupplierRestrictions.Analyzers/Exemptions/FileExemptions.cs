using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Exemptions;

/// <summary>
/// For one source file on the evaluation day: per entry, the exemption that applies (the one ending last, see
/// <see cref="ExemptionChoice"/>), and the latest one that has already ended (named when the restriction is reported again).
/// </summary>
public sealed class FileExemptions
{
    public static readonly FileExemptions None = new(new Dictionary<int, ExemptionRule>(), new Dictionary<int, ExemptionRule>());

    private readonly Dictionary<int, ExemptionRule> _applying;
    private readonly Dictionary<int, ExemptionRule> _ended;

    private FileExemptions(Dictionary<int, ExemptionRule> applying, Dictionary<int, ExemptionRule> ended)
    {
        _applying = applying;
        _ended = ended;
    }

    public static FileExemptions For(IReadOnlyList<ExemptionRule> rules, string? filePath, Day date)
    {
        if (rules.Count == 0)
        {
            return None;
        }

        var applying = new Dictionary<int, ExemptionRule>();
        var ended = new Dictionary<int, ExemptionRule>();
        foreach (var rule in rules)
        {
            var exemption = rule.Exemption;
            if ((exemption.From is { } from && date < from) || !rule.CoversFile(filePath))
            {
                continue;
            }

            var target = exemption.AppliesOn(date) ? applying : ended;
            foreach (int entry in rule.Resolved.EntryIndices)
            {
                if (!target.TryGetValue(entry, out var current) || ExemptionChoice.Replaces(exemption, current.Exemption))
                {
                    target[entry] = rule;
                }
            }
        }

        return new FileExemptions(applying, ended);
    }

    public ExemptionRule? Applying(int entryIndex) => _applying.TryGetValue(entryIndex, out var rule) ? rule : null;

    public ExemptionRule? Ended(int entryIndex) => _ended.TryGetValue(entryIndex, out var rule) ? rule : null;
}
