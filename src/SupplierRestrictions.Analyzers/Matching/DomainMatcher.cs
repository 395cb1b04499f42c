using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Finds the entries whose <c>domains</c> a literal or comment names (docs/contract.md §5): a URL host, an e-mail
/// domain or a bare host name that equals a listed domain or ends in "." + that domain, ASCII case ignored.
/// Each host-like run of the text is tried at each of its label suffixes (<c>api.skydio.com</c>, <c>skydio.com</c>,
/// <c>com</c>) with one hash probe, so the cost grows with the text, never with the list; nothing is allocated
/// unless a domain matches.
/// </summary>
public sealed class DomainMatcher
{
    public static readonly DomainMatcher Empty = new(new List<string>(), new List<List<int>>());

    private readonly string[] _domains;
    private readonly int[][] _entries;
    private readonly int[] _buckets;
    private readonly int[] _next;
    private readonly int _mask;
    private readonly int _minLength;
    private readonly int _maxLength;

    private DomainMatcher(List<string> domains, List<List<int>> entries)
    {
        _domains = domains.ToArray();
        _entries = new int[entries.Count][];
        for (int i = 0; i < entries.Count; i++)
        {
            _entries[i] = entries[i].ToArray();
        }

        int size = 1;
        while (size < domains.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _buckets = new int[size];
        _next = new int[domains.Count];
        _minLength = int.MaxValue;
        for (int i = 0; i < _domains.Length; i++)
        {
            string domain = _domains[i];
            int bucket = (int)Hash(domain, 0, domain.Length) & _mask;
            _next[i] = _buckets[bucket] - 1;
            _buckets[bucket] = i + 1;
            _minLength = domain.Length < _minLength ? domain.Length : _minLength;
            _maxLength = domain.Length > _maxLength ? domain.Length : _maxLength;
        }
    }

    public bool IsEmpty => _domains.Length == 0;

    public static DomainMatcher Build(IReadOnlyList<RestrictionEntry> entries)
    {
        var domains = new List<string>();
        var entriesOf = new List<List<int>>();
        var indexOf = new Dictionary<string, int>();
        for (int index = 0; index < entries.Count; index++)
        {
            foreach (string domain in entries[index].Domains)
            {
                string key = LowerAscii(domain.Trim());
                if (!indexOf.TryGetValue(key, out int slot))
                {
                    indexOf[key] = slot = domains.Count;
                    domains.Add(key);
                    entriesOf.Add(new List<int>(1));
                }

                if (!entriesOf[slot].Contains(index))
                {
                    entriesOf[slot].Add(index);
                }
            }
        }

        return domains.Count == 0 ? Empty : new DomainMatcher(domains, entriesOf);
    }

    [MethodImpl(HotPath.Optimized)]
    public void MatchText(string text, ref MatchSet matches)
    {
        if (IsEmpty || text.IndexOf('.') < 0)
        {
            return;
        }

        int i = 0;
        while (i < text.Length)
        {
            if (!IsHostChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsHostChar(text[i]))
            {
                i++;
            }

            // A host at the end of a sentence ("see skydio.com.") or in a list ("-skydio.com") keeps its name.
            int end = i;
            while (start < end && IsEdgePunctuation(text[start]))
            {
                start++;
            }

            while (end > start && IsEdgePunctuation(text[end - 1]))
            {
                end--;
            }

            MatchHost(text, start, end, ref matches);
        }
    }

    /// <summary>
    /// Letters of any script belong to the run, so "ñskydio.com" is one name that is not "skydio.com"; underscores
    /// too, as in DNS service names ("_sip._tcp.skydio.com").
    /// </summary>
    private static bool IsHostChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '.' || c == '_';

    private static bool IsEdgePunctuation(char c) => c == '.' || c == '-';

    private void MatchHost(string text, int start, int end, ref MatchSet matches)
    {
        for (int suffix = start; end - suffix >= _minLength; suffix++)
        {
            if (suffix == start || text[suffix - 1] == '.')
            {
                if (end - suffix <= _maxLength)
                {
                    Probe(text, suffix, end - suffix, ref matches);
                }
            }
        }
    }

    private void Probe(string text, int start, int length, ref MatchSet matches)
    {
        for (int slot = _buckets[(int)Hash(text, start, length) & _mask] - 1; slot >= 0; slot = _next[slot])
        {
            if (EqualsLowerAscii(_domains[slot], text, start, length))
            {
                foreach (int entry in _entries[slot])
                {
                    matches.Add(entry);
                }

                return;
            }
        }
    }

    private static uint Hash(string text, int start, int length)
    {
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ ToLowerAscii(text[i])) * 16777619;
        }

        return hash;
    }

    private static bool EqualsLowerAscii(string lower, string text, int start, int length)
    {
        if (lower.Length != length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            if (lower[i] != ToLowerAscii(text[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Host names are ASCII (international ones in their xn-- form), so only ASCII letters fold.</summary>
    private static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    private static string LowerAscii(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = ToLowerAscii(chars[i]);
        }

        return new string(chars);
    }
}
