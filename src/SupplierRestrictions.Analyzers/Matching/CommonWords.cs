namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>
/// Whether a word is common in ordinary English or ordinary .NET code (docs/contract.md §6.3), by data built by
/// eng/matching-data/gen_common_words.py: SCOWL's "small" English word list (size 35) and the words that occur
/// at least ten times in the identifiers and XML docs of the .NET reference pack, plus a short supplement.
/// Numbers and single letters are common by rule. Built once per process (about 42,000 words).
/// </summary>
internal static class CommonWords
{
    private static readonly WordTable English = Load("common-words-english.txt");
    private static readonly WordTable Code = Load("common-words-code.txt");

    /// <summary>How many words the tables hold (numbers and single letters aside).</summary>
    public static int Count => English.Count + Code.Count;

    /// <summary>An already folded word: "day", "step", "jit" are common; "kratos", "bnc" are not.</summary>
    public static bool IsCommon(string foldedWord) => IsCommon(foldedWord, 0, foldedWord.Length);

    /// <summary>A word of some text, folded as it is looked up (nothing allocated): "Straße" is common.</summary>
    public static bool IsCommon(string text, int start, int length) =>
        IsNumberOrLetter(text, start, length)
        || English.Find(text, start, length) != WordTable.NotFound
        || Code.Find(text, start, length) != WordTable.NotFound;

    /// <summary>Common in English alone (not only in code): what decides whether a legal form may lead a name.</summary>
    public static bool IsCommonEnglish(string foldedWord) =>
        IsNumberOrLetter(foldedWord, 0, foldedWord.Length) || English.Find(foldedWord, 0, foldedWord.Length) != WordTable.NotFound;

    private static bool IsNumberOrLetter(string text, int start, int length)
    {
        if (length == 1)
        {
            return true;
        }

        for (int i = start; i < start + length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return length > 0;
    }

    private static WordTable Load(string name)
    {
        var table = new WordTable();
        foreach (string word in EmbeddedData.FrontCodedWords(name))
        {
            table.Add(word);
        }

        return table;
    }
}
