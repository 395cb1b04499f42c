using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Finds the entries an identifier or a literal refers to by name, alias or code (docs/contract.md §6). Built once per
/// list; a lookup costs a few hash probes per word of the token and allocates nothing unless it matches.
/// </summary>
public sealed class ReferenceMatcher
{
    /// <summary>Codes of this length or less are compared case-sensitively, so "Y" never matches "y".</summary>
    public const int CaseSensitiveCodeLength = 3;

    private readonly WordTable _words = new();
    private readonly PhraseTrie _phrases = new();
    private readonly CodeTrie _codes = new(ignoreCase: true);
    private readonly CodeTrie _shortCodes = new(ignoreCase: false);
    private readonly int _id = NonMatchingIdentifiers.NewMatcherId();
    private DomainMatcher _domains = DomainMatcher.Empty;
    private bool _hasCodes;

    private ReferenceMatcher()
    {
    }

    public static ReferenceMatcher Build(IReadOnlyList<RestrictionEntry> entries)
    {
        var matcher = new ReferenceMatcher { _domains = DomainMatcher.Build(entries) };
        for (int index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            foreach (string name in new[] { entry.Name }.Concat(entry.Aliases))
            {
                matcher.AddName(name, index, entry.Match);
            }

            foreach (string code in entry.Codes)
            {
                (code.Length <= CaseSensitiveCodeLength ? matcher._shortCodes : matcher._codes).Add(code, index);
            }
        }

        matcher._hasCodes = !matcher._codes.IsEmpty || !matcher._shortCodes.IsEmpty;

        return matcher;
    }

    /// <summary>
    /// The entries an identifier names. Words split at case changes and digits (<c>S3AeroDefense</c>) and, in
    /// snake case, also at underscores only (<c>s3_aerodefense</c>), but never glued across a case change
    /// (<c>InSitu</c> is not "Insitu"). Codes never match identifiers.
    /// </summary>
    public void MatchIdentifier(string identifier, ref MatchSet matches) =>
        MatchIdentifier(identifier, ref matches, NonMatchingIdentifiers.ForThread(_id));

    /// <summary>
    /// This thread's table of identifiers that named nothing, for a caller that looks up many identifiers in a row on
    /// one thread (the scan of a tree): it reads the thread's table once instead of once per identifier.
    /// </summary>
    internal NonMatchingIdentifiers ThreadTable() => NonMatchingIdentifiers.ForThread(_id);

    /// <summary><see cref="MatchIdentifier(string, ref MatchSet)"/> with the table from <see cref="ThreadTable"/> (null: none).</summary>
    [MethodImpl(HotPath.Optimized)]
    internal void MatchIdentifier(string identifier, ref MatchSet matches, NonMatchingIdentifiers? table)
    {
        // Only an identifier looked at on its own is remembered: with entries already in the set, a match of one of
        // them would not show. And only while the table holds this matcher's answers: another matcher may have taken
        // the thread's table since it was handed out.
        var nonMatching = matches.Count == 0 && table is not null && table.IsFor(_id) ? table : null;
        if (nonMatching is not null && nonMatching.Contains(identifier))
        {
            return;
        }

        MatchWords(identifier, identifierMode: true, prose: false, ref matches, probeCodes: false);
        if (identifier.IndexOf('_') >= 0)
        {
            MatchWords(identifier, identifierMode: false, prose: false, ref matches, probeCodes: false);
        }

        if (nonMatching is not null && matches.Count == 0)
        {
            nonMatching.Add(identifier);
        }
    }

    /// <summary>The entries a literal or comment names, or whose codes it contains as whole tokens.</summary>
    [MethodImpl(HotPath.Optimized)]
    public void MatchText(string text, ref MatchSet matches)
    {
        // One pass cuts the words, probes the codes where each word starts, and tells whether identifier mode
        // would cut a word finer; only then does a second pass run.
        if (MatchWords(text, identifierMode: false, prose: true, ref matches, probeCodes: _hasCodes))
        {
            MatchWords(text, identifierMode: true, prose: true, ref matches, probeCodes: false);
        }

        _domains.MatchText(text, ref matches);
    }

    private void AddName(string name, int entryIndex, NameMatchMode mode)
    {
        var weight = NameWeighing.Weigh(name, mode);
        if (!weight.MatchesByName)
        {
            return;
        }

        var requirement = weight.Kind switch
        {
            NameWeightKind.Strong => PhraseRequirement.Anywhere,
            NameWeightKind.OneCommonWord => PhraseRequirement.WithForm,
            NameWeightKind.Acronym => PhraseRequirement.WithFormOrCapitals,
            _ => PhraseRequirement.WithFormOrWhole,
        };
        var target = new PhraseTarget(entryIndex, requirement, weight.Forms);
        var phrases = NamePhrases.Of(weight);
        foreach (string[] core in phrases.Core)
        {
            _phrases.Add(Ids(core), target);
        }

        // "AL WAFA", "STICHTING AL-AQSA": the acronym with the words written around it is the whole name (AlWafa).
        foreach (string[] whole in phrases.WithSmallWords)
        {
            _phrases.Add(Ids(whole), new PhraseTarget(entryIndex, PhraseRequirement.Anywhere, forms: null));
        }
    }

    private int[] Ids(IEnumerable<string> words) => words.Select(_words.Add).ToArray();

    /// <summary>
    /// Adds the entries whose names the words of <paramref name="text"/> spell and, with <paramref name="probeCodes"/>,
    /// whose codes start where a word starts (a code is a whole token, so it can start nowhere else). In text mode,
    /// returns whether identifier mode would cut one of the words finer.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private bool MatchWords(string text, bool identifierMode, bool prose, ref MatchSet matches, bool probeCodes)
    {
        var cursor = new WordCursor(text, identifierMode);
        bool cutsFiner = false;

        // Reads from at most the longest legal form's length before the current word, to see a form that leads it.
        var window = cursor;
        int index = 0;
        while (cursor.MoveNext(out int start, out int length))
        {
            if (index++ > LegalForms.MaxWords)
            {
                window.MoveNext(out _, out _);
            }

            if (!identifierMode && !cutsFiner)
            {
                cutsFiner = WordCursor.CutsFinerAsIdentifier(text, start, length);
            }

            if (probeCodes && text[start] != '&')
            {
                _codes.MatchAt(text, start, ref matches);
                _shortCodes.MatchAt(text, start, ref matches);
            }

            int node = _phrases.Step(PhraseTrie.Root, _words.Find(text, start, length));
            var walker = cursor;
            int end = start + length;
            while (node != PhraseTrie.None)
            {
                var next = walker;
                bool more = next.MoveNext(out int nextStart, out int nextLength);
                if (_phrases.TargetsAt(node) is { } targets)
                {
                    foreach (var target in targets)
                    {
                        if (Holds(target, text, start, end, whole: index == 1 && !more, more, walker, window, prose))
                        {
                            matches.Add(target.EntryIndex);
                        }
                    }
                }

                if (!more)
                {
                    break;
                }

                node = _phrases.Step(node, _words.Find(text, nextStart, nextLength));
                walker = next;
                end = nextStart + nextLength;
            }
        }

        return cutsFiner;
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> to <paramref name="end"/> meet what a weighed name asks. In
    /// <paramref name="prose"/> (literals, comments) a form that is an ordinary English word written in lower case
    /// reads as the word, not the form: "the step as described" is not "STEP A.S.".
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool Holds(PhraseTarget target, string text, int start, int end, bool whole, bool more, WordCursor after, WordCursor window, bool prose) =>
        target.Requirement switch
        {
            PhraseRequirement.Anywhere => true,
            PhraseRequirement.WithFormOrWhole when whole => true,
            PhraseRequirement.WithFormOrCapitals when InCapitals(text, start, end) => true,
            _ => (more && LegalForms.Trie.FormFollows(text, after, target.Forms, prose))
                || (start > 0 && LegalForms.Trie.FormPrecedes(text, window, start, target.Forms)),
        };

    [MethodImpl(HotPath.Optimized)]
    private static bool InCapitals(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]) && !char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
