using System;
using System.Collections.Generic;
using System.Linq;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Legal forms, from the ISO 20275 registry plus the transliterations it lacks (docs/contract.md §6.2), as folded
/// word sequences: "A/S" is a s, "Sp. z o.o." is sp z o o, and their glued spellings as, sp zoo, spzoo. Built once
/// from Data/legal-forms.txt (eng/matching-data/gen_legal_forms.py). Forms are dropped from the end of a name and,
/// the ones that may lead ("OOO", "PT", "JSC"), from its start; never the whole name. Spellings of one registry
/// code are equivalent ("Aktieselskab" ≡ "A/S"), so a weak name can be matched with any spelling of its form.
/// </summary>
internal static class LegalForms
{
    private static readonly Dictionary<string, LegalForm> ByWords = Load();

    private static readonly HashSet<string> LastWords = new(ByWords.Values.Select(form => form.Words[form.Words.Length - 1]), StringComparer.Ordinal);
    private static readonly HashSet<string> FirstWords = new(ByWords.Values.Where(form => form.MayLead).Select(form => form.Words[0]), StringComparer.Ordinal);

    /// <summary>The most words a form has.</summary>
    public static int MaxWords { get; } = ByWords.Values.Max(form => form.Words.Length);

    /// <summary>Every form in a trie over words, to find forms in code and text where they stand.</summary>
    public static LegalFormTrie Trie { get; } = new(ByWords.Values);

    /// <summary>Every form, as words, longest first (so "limited partnership" comes before "limited").</summary>
    public static IReadOnlyList<string[]> All { get; } = ByWords.Values
        .Select(form => form.Words)
        .OrderByDescending(words => words.Length)
        .ThenBy(words => string.Join(" ", words), StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// How many words at the end of the first <paramref name="count"/> of <paramref name="words"/> (folded) are
    /// one legal form, or 0; the longest form wins, and never the whole name: a company called "Limited" keeps it.
    /// </summary>
    public static int TrailingFormLength(IReadOnlyList<string> words, int count)
    {
        if (count < 2 || !EndsAForm(words[count - 1]))
        {
            return 0;
        }

        for (int length = Math.Min(MaxWords, count - 1); length >= 1; length--)
        {
            if (Find(words, count - length, length) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many words at the start of the first <paramref name="count"/> of <paramref name="words"/> are a legal
    /// form that may lead a name ("OOO Severtrans", "PT Maju Jaya", "Joint Stock Company Tulamash"), or 0; never
    /// the whole name. Forms that are common English words ("As", "Bank", "Trust") only ever end a name.
    /// </summary>
    public static int LeadingFormLength(IReadOnlyList<string> words, int count)
    {
        if (count < 2 || !StartsALeadingForm(words[0]))
        {
            return 0;
        }

        for (int length = Math.Min(MaxWords, count - 1); length >= 1; length--)
        {
            if (Find(words, 0, length) is { MayLead: true })
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether some form ends with this folded word: one probe that spares most names the search.</summary>
    public static bool EndsAForm(string foldedWord) => LastWords.Contains(foldedWord);

    /// <summary>Whether some form that may lead a name starts with this folded word.</summary>
    public static bool StartsALeadingForm(string foldedWord) => FirstWords.Contains(foldedWord);

    /// <summary>The form that <paramref name="length"/> words from <paramref name="start"/> spell, or null.</summary>
    public static LegalForm? Find(IReadOnlyList<string> words, int start, int length)
    {
        if (length <= 0 || length > MaxWords)
        {
            return null;
        }

        string key = words[start];
        for (int i = start + 1; i < start + length; i++)
        {
            key = key + " " + words[i];
        }

        return ByWords.TryGetValue(key, out var form) ? form : null;
    }

    /// <summary>
    /// Every spelling equivalent to the form these words spell (all spellings of every registry code that has it,
    /// itself included), or empty when they are not a form: a s → a s, as, aktieselskab, akciova spolecnost, ….
    /// </summary>
    public static IReadOnlyList<string[]> EquivalentsOf(IReadOnlyList<string> words, int start, int length) =>
        Find(words, start, length) is { } form
            ? form.Groups.SelectMany(group => group.Spellings).Distinct().Select(spelling => spelling.Words).ToArray()
            : Array.Empty<string[]>();

    private static Dictionary<string, LegalForm> Load()
    {
        var forms = new Dictionary<string, LegalForm>(StringComparer.Ordinal);
        int groupCount = 0;
        foreach (string line in EmbeddedData.Lines("legal-forms.txt"))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            var spellings = new List<LegalForm>();
            var group = new LegalFormGroup(groupCount++, line.Substring(0, tab), spellings);
            foreach (string entry in line.Substring(tab + 1).Split('|'))
            {
                bool glued = entry[0] == '~';
                string rest = glued ? entry.Substring(1) : entry;
                bool mayLead = rest[0] == '^';
                string key = mayLead ? rest.Substring(1) : rest;
                if (!forms.TryGetValue(key, out var form))
                {
                    form = new LegalForm(key.Split(' '), mayLead);
                    forms.Add(key, form);
                }

                form.AddGroup(group, glued);
                spellings.Add(form);
            }
        }

        return forms;
    }
}

/// <summary>One spelling of a legal form, as folded words, and the registry groups it belongs to.</summary>
internal sealed class LegalForm
{
    private readonly List<LegalFormGroup> _groups = new(1);

    public LegalForm(string[] words, bool mayLead)
    {
        Words = words;
        MayLead = mayLead;
        Glued = string.Concat(words);
        IsEnglish = words.All(word => word.Length > 1 && CommonWords.IsCommonEnglish(word));
    }

    /// <summary>The folded words: "sp z o o".</summary>
    public string[] Words { get; }

    /// <summary>The words written together: "as" for both "a s" and "as".</summary>
    public string Glued { get; }

    /// <summary>Ordinary English words, not an abbreviation: "limited", "company", "bank", "as" (not "a s", "ltd").</summary>
    public bool IsEnglish { get; }

    /// <summary>Whether it may also be dropped from the start of a name.</summary>
    public bool MayLead { get; }

    /// <summary>Only a glued spelling of a registry form ("as" for "A/S"), never written so in the registry.</summary>
    public bool IsGluedOnly { get; private set; } = true;

    /// <summary>The registry codes (or additions) this spelling stands for; usually one.</summary>
    public IReadOnlyList<LegalFormGroup> Groups => _groups;

    public override string ToString() => string.Join(" ", Words);

    internal void AddGroup(LegalFormGroup group, bool glued)
    {
        _groups.Add(group);
        IsGluedOnly &= glued;
    }
}

/// <summary>The equivalent spellings of one legal form: one ELF code (or several with the same spellings).</summary>
internal sealed class LegalFormGroup
{
    public LegalFormGroup(int id, string codes, IReadOnlyList<LegalForm> spellings)
    {
        Id = id;
        Codes = codes;
        Spellings = spellings;
    }

    /// <summary>A small number that names the group within this process, for sets of groups.</summary>
    public int Id { get; }

    /// <summary>The ELF codes, space-separated ("ZRPO"), or an addition's name ("+JSC").</summary>
    public string Codes { get; }

    public IReadOnlyList<LegalForm> Spellings { get; }

    public override string ToString() => Codes;
}
