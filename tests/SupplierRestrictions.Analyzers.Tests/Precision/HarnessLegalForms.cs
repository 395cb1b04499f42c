using Microsoft.VisualBasic.FileIO;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// The harness's own idea of legal forms, kept apart from the matcher's on purpose, so that what the recall test
/// expects does not come from the code it tests: the abbreviations (up to four words) of the ISO 20275 Entity Legal
/// Forms registry read in place, minus the entries that are ordinary words before they are forms, plus the English
/// forms written out and the transliterations real lists use and the registry lacks. Full local names of forms
/// ("Stichting", "Fundación") are left out: whether they start a name or are part of it is not the harness's to decide.
/// Each form is a sequence of lower-case words.
/// </summary>
internal static class HarnessLegalForms
{
    /// <summary>Registry entries that name places, offices or ordinary things more often than a company's form.</summary>
    private static readonly HashSet<string> NotForms = new(StringComparer.Ordinal)
    {
        "embassy", "ambassade", "botschaft", "ambasciate", "district", "distretto", "canton", "cantone", "kanton",
        "commune", "comune", "gemeinde", "bezirk", "bund", "confederazione", "confédération", "fund", "trust",
        "society", "association", "partnership", "cooperation", "cooperative", "per", "son", "sam", "sat", "gen",
        "fab", "procura", "prokura", "procuration", "proprietary", "chartered", "undivided", "unlimited", "state",
        "bank", "foundation", "church", "university", "school", "hospital", "club", "union", "partners",
    };

    /// <summary>Transliterated and international forms that the registry lacks or has only in another script.</summary>
    private static readonly string[] Supplement =
    {
        "ooo", "ao", "oao", "zao", "pao", "too", "jsc", "ojsc", "cjsc", "pjsc", "fze", "fzco", "fz llc", "fzc",
        "joint stock company", "open joint stock company", "closed joint stock company", "public joint stock company",
        "private joint stock company", "limited liability company", "limited liability partnership",
        "company limited", "co ltd", "sdn bhd", "pvt ltd", "private limited", "pte ltd", "sa de cv", "ca", "llc",
        "inc", "incorporated", "corp", "corporation", "limited partnership", "co", "company", "ltd", "limited", "gmbh", "ag", "sa", "sarl", "srl", "spa",
        "bv", "nv", "plc", "pt", "tbk", "as", "a s", "ab", "oy", "kk", "sal", "sae", "wll", "est", "establishment",
    };

    private static readonly Lazy<IReadOnlyList<string[]>> LazyLongestFirst = new(Load);

    /// <summary>Every form as words, longest first.</summary>
    public static IReadOnlyList<string[]> LongestFirst => LazyLongestFirst.Value;

    private static IReadOnlyList<string[]> Load()
    {
        var forms = new HashSet<string>(Supplement, StringComparer.Ordinal);
        using (var parser = new TextFieldParser(ScreeningLists.LegalFormsCsv) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true })
        {
            parser.SetDelimiters(",");
            string[] header = parser.ReadFields()!;
            int[] columns = new[] { "Abbreviations Local language", "Abbreviations transliterated" }.Select(c => Array.FindIndex(header, h => h.Trim().TrimStart('\uFEFF') == c)).ToArray();
            if (columns.Any(c => c < 0))
            {
                throw new InvalidDataException($"unexpected header in {ScreeningLists.LegalFormsCsv}");
            }

            while (parser.ReadFields() is { } row)
            {
                foreach (int column in columns.Where(c => c < row.Length))
                {
                    foreach (string form in row[column].Split(';'))
                    {
                        var words = NameAnatomy.TextWords(form).Select(w => w.ToLowerInvariant()).ToArray();
                        if (words.Length is > 0 and <= 4 && !(words.Length == 1 && (words[0].Length == 1 || NotForms.Contains(words[0]))))
                        {
                            forms.Add(string.Join(' ', words));
                        }
                    }
                }
            }
        }

        return forms.Select(f => f.Split(' ')).OrderByDescending(f => f.Length).ThenBy(f => string.Join(' ', f), StringComparer.Ordinal).ToArray();
    }
}
