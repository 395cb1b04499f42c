using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Matching;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Matching;

/// <summary>
/// The cursor answers ASCII chars with its own range checks and asks <see cref="char"/> about the rest: it must cut
/// exactly as the same rules written with <c>char.IsLetterOrDigit</c>, <c>IsDigit</c>, <c>IsUpper</c> and
/// <c>IsLetter</c> throughout (<see cref="ReferenceWords"/>), for every char class next to every other.
/// </summary>
public sealed class WordCursorCharClassTests
{
    // One or more chars of every kind the rules tell apart, ASCII and not: separators, digits (also non-ASCII
    // ones), capitals, lower case, letters without case, the ampersand, and the ASCII neighbours of each range.
    private const string Alphabet = "\0 \t_-./:@[`{~\u007f09AMZamz&\u00a0\u00aa\u00b5\u00c0\u00dfé\u0130\u0131\u01c5\u0660\u0669\u0905\u4e2d\uff10\uff21\uff41\u2160\u00bd";

    [Fact]
    public void Every_pair_and_triple_of_char_classes_is_cut_as_with_the_char_predicates()
    {
        var texts = new List<string>();
        for (int c = 0; c < 0x250; c++)
        {
            texts.Add(((char)c).ToString());
        }

        foreach (char a in Alphabet)
        {
            foreach (char b in Alphabet)
            {
                texts.Add(new string(new[] { a, b }));
                foreach (char c in Alphabet)
                {
                    texts.Add(new string(new[] { a, b, c }));
                }
            }
        }

        foreach (string text in texts)
        {
            foreach (bool identifierMode in new[] { true, false })
            {
                Assert.True(
                    Words(text, identifierMode).SequenceEqual(ReferenceWords(text, identifierMode)),
                    $"\"{string.Join(" ", text.Select(ch => $"U+{(int)ch:X4}"))}\", identifier mode {identifierMode}");
            }
        }
    }

    private static List<(int, int)> Words(string text, bool identifierMode)
    {
        var cursor = new WordCursor(text, identifierMode);
        var words = new List<(int, int)>();
        while (cursor.MoveNext(out int start, out int length))
        {
            words.Add((start, length));
        }

        return words;
    }

    /// <summary>The cutting rules with the char predicates only (the cursor as it was before its ASCII fast paths).</summary>
    private static List<(int, int)> ReferenceWords(string s, bool identifierMode)
    {
        var words = new List<(int, int)>();
        int i = 0;
        while (true)
        {
            while (i < s.Length && !char.IsLetterOrDigit(s[i]) && s[i] != '&')
            {
                i++;
            }

            if (i >= s.Length)
            {
                return words;
            }

            int start = i;
            if (s[i] == '&')
            {
                i++;
            }
            else if (!identifierMode)
            {
                while (i < s.Length && char.IsLetterOrDigit(s[i]))
                {
                    i++;
                }
            }
            else if (char.IsDigit(s[i]))
            {
                while (i < s.Length && char.IsDigit(s[i]))
                {
                    i++;
                }
            }
            else
            {
                i = IdentifierLetters(s, i);
            }

            words.Add((start, i - start));
        }
    }

    private static int IdentifierLetters(string s, int i)
    {
        if (char.IsUpper(s[i]))
        {
            int j = i + 1;
            while (j < s.Length && char.IsUpper(s[j]))
            {
                j++;
            }

            if (j - i > 1)
            {
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

    private static bool IsLowerLetter(char c) => char.IsLetter(c) && !char.IsUpper(c);
}
