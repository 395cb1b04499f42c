using System.Text.RegularExpressions;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>How a name is built, as the list contract describes it (docs/contract.md §6.2–§6.3).</summary>
internal enum NameShape
{
    /// <summary>One word of at most four letters or digits written in capitals, no legal form: "TAN", "BNC".</summary>
    ShortCapitals,

    /// <summary>One word and no legal form: "Kratos", "The Base".</summary>
    OneWord,

    /// <summary>One word and its legal form: "DAY COMPANY", "STEP A.S.".</summary>
    OneWordWithForm,

    /// <summary>Two words and no legal form: "Group W".</summary>
    TwoWords,

    /// <summary>Two words and a legal form: "Source Intelligence, Inc.".</summary>
    TwoWordsWithForm,

    /// <summary>Three or more words: distinctive enough to match by words.</summary>
    ThreeOrMoreWords,
}

/// <summary>
/// The harness's own reading of a list name, independent of the matcher: its words, the legal forms at either end
/// (<see cref="HarnessLegalForms"/>), the core words that remain without the small words, its shape, and its
/// strongest spelling as an identifier.
/// </summary>
internal sealed partial class NameAnatomy
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "the", "of", "and", "for", "in", "de", "la", "al" };

    /// <summary>For each word, the whitespace-separated chunk of the name it came from ("U.M.V." is one chunk).</summary>
    private readonly int[] _chunks;

    private NameAnatomy(string name, string[] words, int[] chunks, int formWordsAtStart, int formWordsAtEnd)
    {
        Name = name;
        Words = words;
        _chunks = chunks;
        LeadingForm = string.Join(' ', words.Take(formWordsAtStart));
        TrailingForm = string.Join(' ', words.Skip(words.Length - formWordsAtEnd));
        Between = words.Skip(formWordsAtStart).Take(words.Length - formWordsAtStart - formWordsAtEnd).Select(w => w.ToLowerInvariant()).ToArray();
        Core = Between.Where(w => !SmallWords.Contains(w)).ToArray();
        if (Core.Count == 0)
        {
            Core = Between;
        }

        bool hasForm = HasLegalForm;
        Shape = Core.Count switch
        {
            1 when !hasForm && Core[0].Length <= 4 && words.Length == 1 && words[0].ToUpperInvariant() == words[0] && words[0].Any(char.IsLetter) => NameShape.ShortCapitals,
            1 => hasForm ? NameShape.OneWordWithForm : NameShape.OneWord,
            2 => hasForm ? NameShape.TwoWordsWithForm : NameShape.TwoWords,
            _ => NameShape.ThreeOrMoreWords,
        };
        Identifier = BuildIdentifier(0, words.Length);
        CoreIdentifier = BuildIdentifier(formWordsAtStart, words.Length - formWordsAtStart - formWordsAtEnd);
        HasInitials = Enumerable.Range(0, words.Length - 1).Any(i => IsLetter(words[i]) && IsLetter(words[i + 1])
            && (chunks[i] != chunks[i + 1] || (i >= formWordsAtStart && i + 1 < words.Length - formWordsAtEnd)));
    }

    public string Name { get; }

    /// <summary>The name's words as written (letters and digits; apostrophes dropped, so "People's" is one word).</summary>
    public IReadOnlyList<string> Words { get; }

    public string LeadingForm { get; }

    public string TrailingForm { get; }

    public bool HasLegalForm => LeadingForm.Length > 0 || TrailingForm.Length > 0;

    /// <summary>The lower-case words between the legal forms: what code that names the entity must contain.</summary>
    public IReadOnlyList<string> Between { get; }

    /// <summary>The lower-case words without legal forms and without the small words (the, of, and, …): what is weighed.</summary>
    public IReadOnlyList<string> Core { get; }

    public NameShape Shape { get; }

    /// <summary>
    /// The whole name, legal form included, as one PascalCase identifier: "DAY COMPANY" → <c>DayCompany</c>,
    /// "STEP A.S." → <c>StepAs</c> (a run of single letters is one word), "HavocAI" → <c>HavocAI</c> (mixed case
    /// kept); a short capital core stays in capitals, as an acronym is written (<c>BNCLtd</c>), unless a single
    /// letter follows it (<c>AphSDeRlDeCv</c>: <c>APHSDe…</c> would read as "APHS").
    /// </summary>
    public string Identifier { get; }

    /// <summary>The words between the legal forms as one PascalCase identifier: "OOO \"SEVERTRANS\"" → <c>Severtrans</c>.</summary>
    public string CoreIdentifier { get; }

    /// <summary>
    /// Initials ("A.I.C. SOGO", "K. P. TO JEANS", "K D RUBBER"), other than a dotted legal form ("S.A."): written as
    /// code they become one word (<c>AicSogo</c>), which the contract does not promise to match, so no identifier
    /// spelling is defined.
    /// </summary>
    public bool HasInitials { get; }

    public static NameAnatomy Of(string name)
    {
        var chunked = name.Replace("&", " and ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany((chunk, index) => TextWords(chunk).Select(word => (Word: word, Chunk: index)))
            .ToArray();
        string[] words = chunked.Select(w => w.Word).ToArray();
        int[] chunks = chunked.Select(w => w.Chunk).ToArray();
        if (words.Length == 0)
        {
            return new NameAnatomy(name, new[] { name }, new[] { 0 }, 0, 0);
        }

        int start = 0;
        int end = words.Length;
        bool dropped = true;
        while (dropped)
        {
            dropped = false;
            foreach (string[] form in HarnessLegalForms.LongestFirst)
            {
                // A form is whole chunks: "C.A." is not a form at the start of "C.A.D.".
                if (form.Length < end - start && Matches(words, end - form.Length, form) && chunks[end - form.Length - 1] != chunks[end - form.Length])
                {
                    end -= form.Length;
                    dropped = true;
                    break;
                }

                if (form.Length < end - start && Matches(words, start, form) && chunks[start + form.Length - 1] != chunks[start + form.Length])
                {
                    start += form.Length;
                    dropped = true;
                    break;
                }
            }

            // "X & Co.": the "and" before a dropped form belongs to it.
            while (dropped && end - start > 1 && words[end - 1].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                end--;
            }
        }

        return new NameAnatomy(name, words, chunks, start, words.Length - end);
    }

    /// <summary>Runs of letters and digits, apostrophes dropped first.</summary>
    public static IEnumerable<string> TextWords(string text) =>
        WordPattern().Matches(text.Replace("'", string.Empty).Replace("\u2019", string.Empty)).Select(m => m.Value);

    /// <summary>Words of an identifier or text as code splits them: at case changes, digits and anything else.</summary>
    public static IEnumerable<string> CodeWords(string text) =>
        TextWords(text).SelectMany(w => CamelPattern().Matches(w).Select(m => m.Value.ToLowerInvariant()));

    private static bool Matches(string[] words, int at, string[] form)
    {
        for (int i = 0; i < form.Length; i++)
        {
            if (!words[at + i].Equals(form[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private string BuildIdentifier(int first, int count)
    {
        bool acronym = Between.Count == 1 && Between[0].Length <= 4;
        var parts = new List<string>();
        for (int i = first; i < first + count; i++)
        {
            // "A.S.", "A/S", "U.M.V.": single letters of one chunk are one word in code.
            int end = i;
            while (IsLetter(Words[i]) && end + 1 < first + count && IsLetter(Words[end + 1]) && _chunks[end + 1] == _chunks[i])
            {
                end++;
            }

            if (end > i)
            {
                parts.Add(Capitalize(string.Concat(Words.Skip(i).Take(end - i + 1))));
                i = end;
                continue;
            }

            string word = Words[i];

            // "25-13" stays two numbers: 25_13, not 2513.
            if (char.IsDigit(word[0]) && parts.Count > 0 && char.IsDigit(parts[^1][^1]))
            {
                parts.Add("_");
            }

            bool writtenInCapitals = word.ToUpperInvariant() == word;
            bool mixedCase = !writtenInCapitals && word.ToLowerInvariant() != word;
            // ... unless a single letter follows: "APH S. DE R.L." as APHSDe would read "APHS" + "De", so AphSDe.
            bool letterFollows = i + 1 < first + count && IsLetter(Words[i + 1]);
            parts.Add(acronym && writtenInCapitals && !letterFollows && word.ToLowerInvariant() == Between[0] ? word
                : mixedCase ? char.ToUpperInvariant(word[0]) + word.Substring(1)
                : Capitalize(word));
        }

        return string.Concat(parts);
    }

    private static bool IsLetter(string word) => word.Length == 1 && char.IsLetter(word[0]);

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1).ToLowerInvariant();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\p{Lu}+(?![\p{Ll}\p{M}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{Lt}[\p{Ll}\p{M}]*|\p{Lo}+|\p{N}+")]
    private static partial Regex CamelPattern();
}
