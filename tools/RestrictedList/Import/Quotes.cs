using System.Text;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// Quotation marks around words of a name: <c>OOO "Severtrans"</c>, <c>«Wolf» Holding</c>, <c>'WAGNER'</c>. Real
/// lists write them around the proper name after a legal form or an organisation type; they are not part of the name
/// a programmer types. A pair is a quote that opens a word (at the start or after a space) and its closing mark that
/// ends a word (at the end, or before a space or punctuation), so apostrophes stay: <c>People's</c>,
/// <c>Workers' Party</c>, <c>'Ndrangheta</c>.
/// </summary>
internal static class Quotes
{
    /// <summary>The name without the quotation marks that enclose words, or the same string when there are none.</summary>
    public static string Drop(string text)
    {
        var kept = new StringBuilder(text.Length);
        int i = 0;
        bool dropped = false;
        while (i < text.Length)
        {
            int close = OpensAt(text, i) ? ClosingFor(text, i) : -1;
            if (close < 0)
            {
                kept.Append(text[i]);
                i++;
                continue;
            }

            // The quoted words are kept (and may hold a nested pair), the marks go.
            kept.Append(Drop(text.Substring(i + 1, close - i - 1)));
            i = close + 1;
            dropped = true;
        }

        return dropped ? string.Join(' ', kept.ToString().Split(' ', System.StringSplitOptions.RemoveEmptyEntries)) : text;
    }

    private static bool OpensAt(string text, int i) =>
        Closers(text[i]) is not null
        && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    private static int ClosingFor(string text, int open)
    {
        string closers = Closers(text[open])!;
        bool hasWord = false;
        for (int j = open + 1; j < text.Length; j++)
        {
            hasWord |= char.IsLetterOrDigit(text[j]);
            if (closers.IndexOf(text[j]) >= 0 && hasWord && !char.IsWhiteSpace(text[j - 1]) && EndsWord(text, j + 1))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool EndsWord(string text, int next) =>
        next == text.Length || char.IsWhiteSpace(text[next]) || ",.;:)!?".IndexOf(text[next]) >= 0;

    /// <summary>The marks that close a quotation opened by <paramref name="open"/>, or null when it opens none.</summary>
    private static string? Closers(char open) => open switch
    {
        '"' => "\"",
        '\'' => "'",
        '\u201C' => "\u201D\u201C", // “…” (English), also “…“
        '\u201E' => "\u201C\u201D", // „…“ (German, Czech), „…” (Polish, Hungarian)
        '\u201D' => "\u201D", // ”…” (Swedish, Finnish)
        '\u2018' => "\u2019\u2018", // ‘…’
        '\u201A' => "\u2018\u2019", // ‚…‘
        '\u00AB' => "\u00BB", // «…» (French, Russian)
        '\u00BB' => "\u00AB\u00BB", // »…« (German, Danish), »…» (Swedish)
        '\u2039' => "\u203A", // ‹…›
        '\u203A' => "\u2039\u203A", // ›…‹
        _ => null,
    };
}
