using System;
using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Folded words to small ids. Looked up straight from a slice of the source text (folding as it hashes, also
/// the chars that fold to two, ß → ss), so asking about a word of an identifier allocates nothing; a word not in
/// the table costs one probe or two.
/// </summary>
internal sealed class WordTable
{
    public const int NotFound = -1;
    private const string Ampersand = "and";

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private string[] _slots = new string[16];
    private int[] _slotIds = new int[16];

    public int Count => _ids.Count;

    /// <summary>Adds an already folded word; returns its id.</summary>
    public int Add(string foldedWord)
    {
        if (_ids.TryGetValue(foldedWord, out int id))
        {
            return id;
        }

        id = _ids.Count;
        _ids.Add(foldedWord, id);
        if (_ids.Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }
        else
        {
            Insert(foldedWord, id);
        }

        return id;
    }

    public static string FoldWord(string text, int start, int length) =>
        length == 1 && text[start] == '&' ? Ampersand : CharFolding.FoldWord(text, start, length);

    public int Find(string text, int start, int length)
    {
        if (length == 1 && text[start] == '&')
        {
            return _ids.TryGetValue(Ampersand, out int and) ? and : NotFound;
        }

        int mask = _slots.Length - 1;
        int slot = Hash(text, start, length) & mask;
        while (true)
        {
            string? candidate = _slots[slot];
            if (candidate is null)
            {
                return NotFound;
            }

            if (EqualsFolded(candidate, text, start, length))
            {
                return _slotIds[slot];
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Compares folded char by folded char: "Straße" (6 chars) equals "strasse" (7).</summary>
    private static bool EqualsFolded(string folded, string text, int start, int length)
    {
        var reader = new FoldedChars(text, start, length);
        int i = 0;
        while (reader.MoveNext(out char c))
        {
            if (i >= folded.Length || folded[i] != c)
            {
                return false;
            }

            i++;
        }

        return i == folded.Length;
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            uint hash = 2166136261;
            var reader = new FoldedChars(text, start, length);
            while (reader.MoveNext(out char c))
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash ^ (hash >> 15));
        }
    }

    private void Rehash(int size)
    {
        _slots = new string[size];
        _slotIds = new int[size];
        foreach (var pair in _ids)
        {
            Insert(pair.Key, pair.Value);
        }
    }

    private void Insert(string word, int id)
    {
        int mask = _slots.Length - 1;
        int slot = Hash(word, 0, word.Length) & mask;
        while (_slots[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = word;
        _slotIds[slot] = id;
    }
}
