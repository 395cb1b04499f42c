using System.Runtime.CompilerServices;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Walks the words of a string without allocating (docs/contract.md §6). In identifier mode words also break at case
/// changes and between letters and digits (<c>KratosUASClient</c>: kratos, uas, client); in text mode a word
/// is a run of letters and digits. <c>&amp;</c> is a word of its own (it reads as "and").
/// </summary>
internal struct WordCursor
{
    private readonly string _text;
    private readonly bool _identifierMode;
    private int _position;

    public WordCursor(string text, bool identifierMode)
    {
        _text = text;
        _identifierMode = identifierMode;
        _position = 0;
    }

    [MethodImpl(HotPath.Optimized)]
    public bool MoveNext(out int start, out int length)
    {
        string s = _text;
        int i = _position;
        while (i < s.Length && !IsLetterOrDigit(s[i]) && s[i] != '&')
        {
            i++;
        }

        start = i;
        if (i >= s.Length)
        {
            length = 0;
            _position = i;
            return false;
        }

        if (s[i] == '&')
        {
            length = 1;
            _position = i + 1;
            return true;
        }

        int end = _identifierMode ? IdentifierWordEnd(s, i) : TextWordEnd(s, i);
        length = end - start;
        _position = end;
        return true;
    }

    /// <summary>
    /// Whether identifier mode cuts the text-mode word at <paramref name="start"/> finer (<c>"KratosUAS v2"</c>: kratos,
    /// uas), so a literal needs a second pass in identifier mode. Most literals are words of one case ("Order not
    /// found") that both modes cut alike, and then the second pass could find nothing new; the text-mode pass asks
    /// this of each of its words as it cuts them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CutsFinerAsIdentifier(string text, int start, int length) =>
        text[start] != '&' && IdentifierWordEnd(text, start) != start + length;

    [MethodImpl(HotPath.Optimized)]
    private static int TextWordEnd(string s, int i)
    {
        while (i < s.Length && IsLetterOrDigit(s[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(HotPath.Optimized)]
    private static int IdentifierWordEnd(string s, int i)
    {
        char first = s[i];
        if (IsDigit(first))
        {
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }

            return i;
        }

        if (IsUpper(first))
        {
            int j = i + 1;
            while (j < s.Length && IsUpper(s[j]))
            {
                j++;
            }

            if (j - i > 1)
            {
                // An acronym: "UASClient" is uas + client, so the last capital starts the next word when a
                // lower-case letter follows it.
                return j < s.Length && IsLowerLetter(s[j]) ? j - 1 : j;
            }

            i = j;
        }
        else
        {
            i++;
        }

        while (i < s.Length && IsLowerLetter(s[i]))
        {
            i++;
        }

        return i;
    }

    // Almost every char of code is ASCII: answer those with range checks, and ask char (whose answers for ASCII are
    // the same) only about the rest.

    /// <summary>Letters that are not capitals, including letters without case (CJK), which continue a word.</summary>
    private static bool IsLowerLetter(char c) =>
        c < 0x80 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLetter(c) && !char.IsUpper(c);

    private static bool IsUpper(char c) => c < 0x80 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    private static bool IsDigit(char c) => c < 0x80 ? (uint)(c - '0') <= 9 : char.IsDigit(c);

    /// <summary>What a word of text is made of (<see cref="char.IsLetterOrDigit(char)"/>, answered for ASCII without a table).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterOrDigit(char c) =>
        c < 0x80 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);
}
