using System.Collections.Generic;
using System.Linq;
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
    private DomainMatcher _domains = DomainMatcher.Empty;

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

        return matcher;
    }

    /// <summary>
    /// The entries an identifier names. Words split at case changes and digits (<c>S3AeroDefense</c>) and, in
    /// snake case, also at underscores only (<c>s3_aerodefense</c>), but never glued across a case change
    /// (<c>InSitu</c> is not "Insitu"). Codes never match identifiers.
    /// </summary>
    public void MatchIdentifier(string identifier, ref MatchSet matches)
    {
        MatchWords(identifier, identifierMode: true, ref matches);
        if (identifier.IndexOf('_') >= 0)
        {
            MatchWords(identifier, identifierMode: false, ref matches);
        }
    }

    /// <summary>The entries a literal or comment names, or whose codes it contains as whole tokens.</summary>
    public void MatchText(string text, ref MatchSet matches)
    {
        MatchWords(text, identifierMode: false, ref matches);
        MatchWords(text, identifierMode: true, ref matches);
        _domains.MatchText(text, ref matches);
        if (_codes.IsEmpty && _shortCodes.IsEmpty)
        {
            return;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                _codes.MatchAt(text, i, ref matches);
                _shortCodes.MatchAt(text, i, ref matches);
            }
        }
    }

    private void AddName(string name, int entryIndex, NameMatchMode mode)
    {
        var phrases = NamePhrases.Of(name);
        bool strict = mode == NameMatchMode.Strict || (mode == NameMatchMode.Auto && phrases.IsOrdinary);
        foreach (string[] core in phrases.Core)
        {
            // Strict: ordinary words are a name only when they are the whole identifier or literal ("Cubic",
            // "Group W") or a legal form follows them ("Cubic Corp"), which MatchWords checks where it stands.
            _phrases.Add(Ids(core), new PhraseTarget(entryIndex, strict));
        }
    }

    private int[] Ids(IEnumerable<string> words) => words.Select(_words.Add).ToArray();

    private void MatchWords(string text, bool identifierMode, ref MatchSet matches)
    {
        var cursor = new WordCursor(text, identifierMode);
        bool first = true;
        while (cursor.MoveNext(out int start, out int length))
        {
            bool atStart = first;
            first = false;
            int node = _phrases.Step(PhraseTrie.Root, _words.Find(text, start, length));
            var walker = cursor;
            while (node != PhraseTrie.None)
            {
                var next = walker;
                bool more = next.MoveNext(out int nextStart, out int nextLength);
                if (_phrases.TargetsAt(node) is { } targets)
                {
                    foreach (var target in targets)
                    {
                        if (!target.Strict || (atStart && !more) || (more && LegalForms.Trie.FormFollows(text, walker)))
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
            }
        }
    }
}
