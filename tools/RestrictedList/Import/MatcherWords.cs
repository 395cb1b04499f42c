using System.Collections.Generic;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// The analyzer's own reading of a name, so import judges names exactly as the matcher will: its words (cut and
/// folded by the matcher's cursor and folding table) and its legal forms. The only place the tool reaches into the
/// matching engine.
/// </summary>
internal static class MatcherWords
{
    /// <summary>The folded text words of a name: "Aero-Caribbean &amp; Co." → aero, caribbean, and, co.</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        var words = new List<string>();
        var cursor = new WordCursor(text, identifierMode: false);
        while (cursor.MoveNext(out int start, out int length))
        {
            words.Add(WordTable.FoldWord(text, start, length));
        }

        return words;
    }

    /// <summary>The words as one comparable key: two names with the same key are the same name to the matcher.</summary>
    public static string Key(string text) => string.Join(" ", Of(text));

    /// <summary>Whether the text is nothing but legal forms ("LLC", "Co., Ltd.", "S.A.").</summary>
    public static bool IsOnlyLegalForms(string text)
    {
        // The matcher never drops a whole name as a legal form, so a placeholder word stands in front of it.
        var words = new List<string> { string.Empty };
        words.AddRange(Of(text));
        int count = words.Count;
        if (count == 1)
        {
            return false;
        }

        int form;
        while (count > 1 && (form = LegalForms.TrailingFormLength(words, count)) > 0)
        {
            count -= form;
        }

        return count == 1;
    }
}
