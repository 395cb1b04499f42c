using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>Cleaning shared by the importers: names, ids and dates.</summary>
internal static class ImportText
{
    private const int MaxReasonLength = 200;

    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    public static bool IsUsableName(string? name) => name is not null && name.Any(char.IsLetterOrDigit);

    /// <summary>An id made of letters, digits, '-', '_' and '.', other characters replaced by '-'.</summary>
    public static string IdPart(string text)
    {
        var id = new StringBuilder();
        foreach (char c in text.Trim())
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return id.ToString().Trim('-');
    }

    /// <summary>Makes every id unique by suffixing -2, -3, … to later repeats.</summary>
    public static void MakeIdsUnique(List<ImportedEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            string id = entry.Id;
            for (int n = 2; !seen.Add(id); n++)
            {
                id = $"{entry.Id}-{n}";
            }

            entry.Id = id;
        }
    }

    public static string? Reason(string? text)
    {
        string? reason = Clean(text);
        return reason is null || reason.Length <= MaxReasonLength ? reason : reason.Substring(0, MaxReasonLength - 1).TrimEnd() + "…";
    }

    /// <summary>
    /// The first day of a date written YYYY-MM-DD (a time part is ignored), YYYY-MM, YYYY or M/D/YYYY; for a partial
    /// date, its first day, so a restriction starts no later than the source says.
    /// </summary>
    public static Day? Start(string? text) => Parse(text, end: false);

    /// <summary>
    /// The "removed" day for an end date: the day itself when complete; for a partial date (YYYY-MM, YYYY), the day
    /// after the period, so a restriction ends no earlier than the source says.
    /// </summary>
    public static Day? End(string? text) => Parse(text, end: true);

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    private static Day? Parse(string? text, bool end)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length >= 10 && Day.TryParse(text.Substring(0, 10), out var day))
        {
            return day;
        }

        if (text.Length == 7 && Day.TryParse(text + "-01", out var month))
        {
            return end ? Day.FromDateTime(month.ToDateTime().AddMonths(1)) : month;
        }

        if (text.Length == 4 && Day.TryParse(text + "-01-01", out var year))
        {
            return end ? Day.FromDateTime(year.ToDateTime().AddYears(1)) : year;
        }

        if (DateTime.TryParseExact(text, new[] { "M/d/yyyy", "MM/dd/yyyy", "d MMM yyyy", "dd MMM yyyy" }, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return Day.FromDateTime(parsed);
        }

        return null;
    }
}
