using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Roslyn.ListInput;

/// <summary>
/// Parsed lists by content, process-wide. The compiler's <see cref="Microsoft.CodeAnalysis.Diagnostics.SourceTextValueProvider{TValue}"/>
/// cache only hits for the same SourceText object, which the IDE keeps but every command-line compilation
/// (and every project served by the same compiler server) makes anew; keyed by checksum, the list is read and
/// indexed once per distinct content instead of once per compilation.
/// </summary>
internal static class ParsedListCache
{
    /// <summary>A few recent lists: a central list plus a project's own exemptions, for several projects.</summary>
    private const int Capacity = 8;

    private static readonly LinkedList<(Key Key, ParsedListFile Parsed)> Recent = new();
    private static readonly object Lock = new();
    private static int _parseCount;

    /// <summary>How many list texts were actually parsed in this process (tests prove the caches are used).</summary>
    public static int ParseCount => Volatile.Read(ref _parseCount);

    public static ParsedListFile GetOrParse(SourceText text)
    {
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
