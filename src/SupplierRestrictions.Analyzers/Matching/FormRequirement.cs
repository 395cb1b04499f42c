using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Which legal forms count as a weak name's own (docs/contract.md §6.3): its own spellings ("DAY COMPANY": company;
/// "STEP A.S.": a s, and as written together), and the other spellings of the same ISO 20275 codes ("Corporation"
/// ≡ "Corp", "Inc." ≡ "Incorporated", "A/S" ≡ "Aktieselskab"). A form written as ordinary English words ("Bank",
/// "Company") brings only the abbreviations of its codes: a code that lists "Bank" beside "Limited" does not make
/// "IS BANK, AO" match "is limited", nor "DAY COMPANY" match <c>DayBank</c>; "Inc." does bring "Incorporated".
/// </summary>
internal sealed class FormRequirement
{
    private readonly int[] _groups;
    private readonly int[] _abbreviatedGroups;
    private readonly string[] _own;

    private FormRequirement(int[] groups, int[] abbreviatedGroups, string[] own)
    {
        _groups = groups;
        _abbreviatedGroups = abbreviatedGroups;
        _own = own;
    }

    /// <summary>The forms a name dropped, as a requirement; null when it has none (then any form counts).</summary>
    public static FormRequirement? Of(IReadOnlyList<LegalForm> forms) =>
        forms.Count == 0
            ? null
            : new FormRequirement(
                Ids(forms),
                Ids(forms.Where(form => !form.IsEnglish)),
                forms.Select(form => form.Glued).Distinct(StringComparer.Ordinal).ToArray());

    /// <summary>Whether a form found next to the name's words is one of its own.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool Accepts(LegalForm form)
    {
        if (Array.IndexOf(_own, form.Glued) >= 0)
        {
            return true;
        }

        int[] groups = form.IsEnglish ? _abbreviatedGroups : _groups;

        // By index: a foreach over the interface would box the list's enumerator on every form found in code.
        var formGroups = form.Groups;
        for (int i = 0; i < formGroups.Count; i++)
        {
            if (Array.BinarySearch(groups, formGroups[i].Id) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two names of one entry with the same words: either one's forms count. Null (any form) wins.</summary>
    public static FormRequirement? Union(FormRequirement? first, FormRequirement? second) =>
        first is null || second is null
            ? null
            : new FormRequirement(
                first._groups.Union(second._groups).OrderBy(id => id).ToArray(),
                first._abbreviatedGroups.Union(second._abbreviatedGroups).OrderBy(id => id).ToArray(),
                first._own.Union(second._own, StringComparer.Ordinal).ToArray());

    private static int[] Ids(IEnumerable<LegalForm> forms) =>
        forms.SelectMany(form => form.Groups).Select(group => group.Id).Distinct().OrderBy(id => id).ToArray();
}
