using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Folded words to small ids. Looked up straight from a slice of the source text (folding as it hashes, also
/// the chars that fold to two, ß → ss), so asking about a word of an identifier allocates nothing; a word not in
/// the table costs one probe or two. A slot keeps the word's full hash next to its id, so a probe that misses
/// (almost every word of code) reads one small array and never the listed word itself. Before that array, a
/// filter of one bit per eight slots (a Bloom filter with one hash) rejects about 94% of the words that are not in
/// the table: with a long list the slots no longer stay in the cache while the compiler works between two
/// tokens, and the filter, an eighth of their size, does much better.
/// </summary>
internal sealed class WordTable
{
    public const int NotFound = -1;
    private const string Ampersand = "and";

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = new();
    private Slot[] _slots = new Slot[16];
    private ulong[] _filter = new ulong[2];
    private int _filterShift = 32 - 7;

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
        _words.Add(foldedWord);
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

    [MethodImpl(HotPath.Optimized)]
    public int Find(string text, int start, int length)
    {
        if (length == 1 && text[start] == '&')
        {
            return _ids.TryGetValue(Ampersand, out int and) ? and : NotFound;
        }

        int hash = Hash(text, start, length);
        int bit = FilterBit(hash, _filterShift);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return NotFound;
        }

        var slots = _slots;
        int mask = slots.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            var candidate = slots[slot];
            if (candidate.IdPlusOne == 0)
            {
                return NotFound;
            }

            if (candidate.Hash == hash && EqualsFolded(_words[candidate.IdPlusOne - 1], text, start, length))
            {
                return candidate.IdPlusOne - 1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Compares folded char by folded char: "Straße" (6 chars) equals "strasse" (7).</summary>
    [MethodImpl(HotPath.Optimized)]
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

    /// <summary>FNV-1a over the folded chars; a char that folds to several (ß) hashes as all of them.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            uint hash = 2166136261;
            int end = start + length;
            for (int i = start; i < end; i++)
            {
                if (CharFolding.TryFoldToOne(text[i], out char folded, out string? expansion))
                {
                    hash = (hash ^ folded) * 16777619;
                    continue;
                }

                foreach (char c in expansion!)
                {
                    hash = (hash ^ c) * 16777619;
                }
            }

            return (int)(hash ^ (hash >> 15));
        }
    }

    /// <summary>The filter's bit for a hash: its top bits after a multiplication, so not the slot's low bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBit(int hash, int shift) => (int)(((uint)hash * 0x9E3779B9u) >> shift);

    private void Rehash(int size)
    {
        _slots = new Slot[size];

        // Eight bits per slot: with at most one word per two slots, at least 16 bits per word.
        int bits = size * 8;
        _filter = new ulong[bits / 64];
        _filterShift = 32 - Log2(bits);
        foreach (var pair in _ids)
        {
            Insert(pair.Key, pair.Value);
        }
    }

    private void Insert(string word, int id)
    {
        int mask = _slots.Length - 1;
        int hash = Hash(word, 0, word.Length);
        int slot = hash & mask;
        while (_slots[slot].IdPlusOne != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = new Slot(hash, id + 1);
        int bit = FilterBit(hash, _filterShift);
        _filter[bit >> 6] |= 1UL << bit;
    }

    private static int Log2(int powerOfTwo)
    {
        int log = 0;
        while ((1 << log) < powerOfTwo)
        {
            log++;
        }

        return log;
    }

    /// <summary>A used slot: the word's hash and its id + 1 (0 marks an empty slot, the default).</summary>
    private readonly struct Slot
    {
        public readonly int Hash;
        public readonly int IdPlusOne;

        public Slot(int hash, int idPlusOne)
        {
            Hash = hash;
            IdPlusOne = idPlusOne;
        }
    }
}
