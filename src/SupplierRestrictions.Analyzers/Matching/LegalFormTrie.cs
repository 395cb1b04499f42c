using System.Collections.Generic;

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
    public int Step(int node, string text, int start, int length)
    {
        int word = _words.Find(text, start, length);
        return word >= 0 && _edges.TryGetValue(Key(node, word), out int next) ? next : None;
    }

    /// <summary>The form that ends at <paramref name="node"/>, or null.</summary>
    public LegalForm? FormAt(int node) => _forms[node];

    /// <summary>Whether the words that <paramref name="cursor"/> reads next begin with a whole legal form.</summary>
    public bool FormFollows(string text, WordCursor cursor)
    {
        int node = Root;
        while (cursor.MoveNext(out int start, out int length))
        {
            node = Step(node, text, start, length);
            if (node == None)
            {
                return false;
            }

            if (_forms[node] is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static long Key(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}
