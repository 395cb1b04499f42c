using System.Linq;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// An acronym the list writes after the name: "BUTEMBO AIRLINES (BAL)", also before a closing legal form,
/// "NAFTIRAN INTERTRADE CO. (NICO) LIMITED". Left in, it is a word the code never has next to the others
/// (<c>ButemboAirlinesClient</c>); as an alias it is found on its own (<c>BAL_CODE</c>).
/// <para>
/// Only an acronym of the name itself moves: one word in capitals (dots and hyphens allowed: "ISF-IM", "K.D.S."), starting with
/// the initial of the name, whose letters all occur in the name in order, and that is not a legal form. Anything else
/// in parentheses is part of the name and stays where it is: a place ("PCC (UK)", "AERO CONTINENTE (USA) INC."),
/// a legal form ("(PVT) LTD", "TRADING (LLC)"), a description ("(OFF-SHORE)", "(HOLDING)"), or words in the middle
/// of the name ("LIMMT (DALIAN) METALLURGY", "GUARD CORPS (IRGC)-QODS FORCE").
/// </para>
/// </summary>
internal static class ParenthesisedAcronym
{
    private const int MinLetters = 2;
    private const int MaxLetters = 10;

    /// <summary>The name without its acronym, and the acronym; null when the name carries none.</summary>
    public static (string Name, string Acronym)? Split(string name)
    {
        int close = name.LastIndexOf(')');
        int open = close < 0 ? -1 : name.LastIndexOf('(', close);
        if (open <= 0)
        {
            return null;
        }

        string acronym = name.Substring(open + 1, close - open - 1).Trim();
        string before = name.Substring(0, open).TrimEnd();
        string after = name.Substring(close + 1).Trim();
        if (after.Length > 0 && !MatcherWords.IsOnlyLegalForms(after))
        {
            return null;
        }

        if (!LooksLikeAcronym(acronym) || MatcherWords.IsOnlyLegalForms(acronym) || !Abbreviates(acronym, before))
        {
            return null;
        }

        string rest = after.Length == 0 ? before : before + (char.IsLetterOrDigit(after[0]) ? " " : string.Empty) + after;
        return (rest, acronym);
    }

    private static bool LooksLikeAcronym(string text)
    {
        int letters = text.Count(char.IsLetterOrDigit);
        return letters >= MinLetters && letters <= MaxLetters
            && char.IsLetterOrDigit(text[0]) && (char.IsLetterOrDigit(text[text.Length - 1]) || text[text.Length - 1] == '.')
            && text.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '.' or '-')
            && text.Any(char.IsLetter);
    }

    /// <summary>The acronym starts with the name's initial and its letters occur in the name in order.</summary>
    private static bool Abbreviates(string acronym, string name)
    {
        var nameWords = MatcherWords.Of(name).SkipWhile(w => w == "the").ToArray();
        string letters = string.Concat(MatcherWords.Of(acronym));
        if (nameWords.Length == 0 || letters.Length == 0 || nameWords[0][0] != letters[0])
        {
            return false;
        }

        string nameLetters = string.Concat(nameWords);
        int found = 0;
        foreach (char c in nameLetters)
        {
            if (found < letters.Length && c == letters[found])
            {
                found++;
            }
        }

        return found == letters.Length;
    }
}
