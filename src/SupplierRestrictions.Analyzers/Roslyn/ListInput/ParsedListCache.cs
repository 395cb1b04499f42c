using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Roslyn.ListInput;

/// <summary>
/// Parsed lists, process-wide: first by SourceText object (the IDE keeps the same one while the file is unchanged: a
/// table lookup, nothing read), then by checksum (every command-line compilation, and every project served by the
/// same compiler server, makes a new SourceText for the same file: no parse, and no hashing either, since the
/// compiler computes a file's checksum while it reads the file's bytes; only a text made from a string, as in tests,
/// is hashed on first request). The compiler's
/// own <see cref="Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider{TValue}"/> is not used: it hashes
/// the whole text for every compilation, even for the same object (about 8 ms for a 4 MB list).
/// </summary>
internal static class ParsedListCache
{
    /// <summary>A few recent lists: a central list plus a project's own exemptions, for several projects.</summary>
    private const int Capacity = 8;

    private static readonly ConditionalWeakTable<SourceText, ParsedListFile> ByText = new();
    private static readonly LinkedList<(Key Key, ParsedListFile Parsed)> Recent = new();
    private static readonly object Lock = new();
    private static int _parseCount;
    private static int _contentLookupCount;

    /// <summary>How many list texts were actually parsed in this process (tests prove the caches are used).</summary>
    public static int ParseCount => Volatile.Read(ref _parseCount);

    /// <summary>How many times a text was looked up by content, i.e. was a SourceText object not seen before.</summary>
    public static int ContentLookupCount => Volatile.Read(ref _contentLookupCount);

    public static ParsedListFile GetOrParse(SourceText text)
    {
        if (ByText.TryGetValue(text, out var known))
        {
            return known;
        }

        var parsed = GetOrParseByContent(text);
        lock (Lock)
        {
            if (!ByText.TryGetValue(text, out _))
            {
                ByText.Add(text, parsed);
            }
        }

        return parsed;
    }

    private static ParsedListFile GetOrParseByContent(SourceText text)
    {
        Interlocked.Increment(ref _contentLookupCount);
        var key = new Key(text.ChecksumAlgorithm, text.GetChecksum(), text.Length);
        lock (Lock)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key.Equals(key))
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Parsed;
                }
            }
        }

        Interlocked.Increment(ref _parseCount);
        var parsed = ParsedListFile.Parse(text.ToString());
        lock (Lock)
        {
            Recent.AddFirst((key, parsed));
            while (Recent.Count > Capacity)
            {
                Recent.RemoveLast();
            }
        }

        return parsed;
    }

    private readonly struct Key
    {
        private readonly SourceHashAlgorithm _algorithm;
        private readonly ImmutableArray<byte> _checksum;
        private readonly int _length;

        public Key(SourceHashAlgorithm algorithm, ImmutableArray<byte> checksum, int length)
        {
            _algorithm = algorithm;
            _checksum = checksum;
            _length = length;
        }

        public bool Equals(Key other) =>
            _algorithm == other._algorithm && _length == other._length && _checksum.SequenceEqual(other._checksum);
    }
}
