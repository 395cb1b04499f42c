using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Every legal form as a trie over words, for finding a form in code or text where it stands, without allocating:
/// step word by word from <see cref="Root"/>; a node where a form ends says so. Built once.
/// </summary>
internal sealed class LegalFormTrie
{
    public const int Root = 0;
    public const int None = -1;

    private readonly WordTable _words = new();
    private readonly Dictionary<long, int> _edges = new();
    private readonly List<LegalForm?> _forms = new() { null };

    public LegalFormTrie(IEnumerable<LegalForm> forms)
    {
        foreach (var form in forms)
        {
            int node = Root;
            foreach (string word in form.Words)
            {
                long key = Key(node, _words.Add(word));
                if (!_edges.TryGetValue(key, out int next))
                {
                    next = _forms.Count;
                    _forms.Add(null);
                    _edges.Add(key, next);
                }

                node = next;
            }

            _forms[node] = form;
        }
    }

    /// <summary>The node after the word at <paramref name="start"/> of <paramref name="text"/> (folded as it is read), or <see cref="None"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public int Step(int node, string text, int start, int length)
    {
        int word = _words.Find(text, start, length);
        return word >= 0 && _edges.TryGetValue(Key(node, word), out int next) ? next : None;
    }

    /// <summary>Whether the words that <paramref name="cursor"/> reads next begin with a whole legal form.</summary>
    public bool FormFollows(string text, WordCursor cursor) => FormFollows(text, cursor, required: null, prose: false);

    /// <summary>
    /// Whether the words that <paramref name="cursor"/> reads next begin with a whole legal form that
    /// <paramref name="required"/> accepts (null: any form): "Day" + "Company", "Step" + "AS". In
    /// <paramref name="prose"/>, a form made of ordinary English words and written all in lower case does not count.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool FormFollows(string text, WordCursor cursor, FormRequirement? required, bool prose)
    {
        // "EMMR & CIA.", "Day and Company": an "&" before the form belongs to it, as in the name.
        var afterAnd = cursor;
        if (afterAnd.MoveNext(out int first, out int firstLength) && IsAnd(text, first, firstLength) && StartsWithForm(text, afterAnd, required, prose))
        {
            return true;
        }

        return StartsWithForm(text, cursor, required, prose);
    }

    private static bool IsAnd(string text, int start, int length) =>
        (length == 1 && text[start] == '&')
        || (length == 3 && char.ToLowerInvariant(text[start]) == 'a' && char.ToLowerInvariant(text[start + 1]) == 'n' && char.ToLowerInvariant(text[start + 2]) == 'd');

    [MethodImpl(HotPath.Optimized)]
    private bool StartsWithForm(string text, WordCursor cursor, FormRequirement? required, bool prose)
    {
        int node = Root;
        bool lowerCase = true;
        while (cursor.MoveNext(out int start, out int length))
        {
            node = Step(node, text, start, length);
            if (node == None)
            {
                return false;
            }

            lowerCase &= IsLowerCase(text, start, length);
            if (_forms[node] is { } form && (required is null || required.Accepts(form)) && !(prose && lowerCase && form.IsEnglish))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a whole legal form that may lead a name, and that <paramref name="required"/> accepts, ends right before
    /// the word at <paramref name="phraseStart"/>: "OOO" + "Severtrans". <paramref name="window"/> reads from a few
    /// words before it (at most the longest form's length), so the cost does not grow with the text.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool FormPrecedes(string text, WordCursor window, int phraseStart, FormRequirement? required)
    {
        while (window.MoveNext(out int start, out int length) && start < phraseStart)
        {
            int node = Step(Root, text, start, length);
            var reader = window;
            while (node != None)
            {
                var after = reader;
                bool more = after.MoveNext(out int nextStart, out int nextLength);
                if (_forms[node] is { MayLead: true } form && more && nextStart == phraseStart && (required is null || required.Accepts(form)))
                {
                    return true;
                }

                if (!more || nextStart >= phraseStart)
                {
                    break;
                }

                node = Step(node, text, nextStart, nextLength);
                reader = after;
            }
        }

        return false;
    }

    private static bool IsLowerCase(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}
