using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// The U.S. Consolidated Screening List (trade.gov): its JSON export (<c>{"results":[…]}</c>) or its CSV export
/// (header <c>_id,source,entity_number,type,programs,name,…</c>, several values in one field separated by ';').
/// Entities become vendor entries; individuals are skipped (persons), vessels and aircraft too.
/// </summary>
public static partial class CslImporter
{
    /// <summary>One CSL record, whichever export it came from.</summary>
    private sealed record Record(
        string? Id,
        string? Source,
        string? EntityNumber,
        string? Type,
        IReadOnlyList<string> Programs,
        string? Name,
        IReadOnlyList<string> AltNames,
        string? StartDate,
        string? EndDate,
        string? FederalRegisterNotice,
        string? SourceListUrl,
        string? Remarks);

    public static ImportResult Read(TextReader reader, Action<int>? progress = null)
    {
        var result = new ImportResult();
        int first;
        while ((first = reader.Peek()) != -1 && char.IsWhiteSpace((char)first))
        {
            reader.Read();
        }

        var records = first is '{' or '[' ? JsonRecords(reader) : CsvRecords(reader);
        foreach (var record in records)
        {
            result.Records++;
            progress?.Invoke(result.Records);
            Add(result, record);
        }

        ImportText.MakeIdsUnique(result.Entries);
        return result;
    }

    private static void Add(ImportResult result, Record record)
    {
        string type = (record.Type ?? string.Empty).Trim().ToLowerInvariant();
        if (type is "individual" or "person")
        {
            result.SkippedPersons++;
            return;
        }

        if (type is "vessel" or "aircraft")
        {
            result.SkippedOther++;
            return;
        }

        if (EntryNames.Clean(new[] { record.Name }, record.AltNames, result.Cleaning) is not { } names)
        {
            result.SkippedUnnamed++;
            return;
        }

        string source = ImportText.Clean(record.Source) ?? "Consolidated Screening List";
        string number = ImportText.Clean(record.EntityNumber)
            ?? (ImportText.Clean(record.Id) is { } recordId ? recordId.Substring(0, Math.Min(12, recordId.Length)) : null)
            ?? result.Records.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string code = SourceCode(source);
        string id = number.StartsWith(code + "-", StringComparison.OrdinalIgnoreCase) ? $"US-CSL-{number}" : $"US-CSL-{code}-{number}";
        var entry = new ImportedEntry(ImportText.IdPart(id), names.Name)
        {
            List = source,
            Authority = Authority(source),
            Reference = ImportText.Clean(record.FederalRegisterNotice),
            Url = ImportText.Clean(record.SourceListUrl),
            Reason = record.Programs.Count > 0 ? ImportText.Reason("programs: " + string.Join(", ", record.Programs)) : null,
        };
        entry.Aliases.AddRange(names.Aliases);

        // The CSL has no web-site field; the SDN names a site in the remarks ("Website www.example.com").
        entry.Domains.AddRange(WebsiteDomains.Distinct(WebsiteDomains.FromRemarks(record.Remarks)));
        entry.Listed = ImportText.Start(record.StartDate);
        if (entry.Listed is null && !ImportText.IsBlank(record.StartDate))
        {
            result.Warnings.Add($"{entry.Id}: start_date '{record.StartDate}' is not a date; the entry is in force from any day");
        }

        entry.Removed = ImportText.End(record.EndDate);
        if (entry.Removed is null && !ImportText.IsBlank(record.EndDate))
        {
            result.Warnings.Add($"{entry.Id}: end_date '{record.EndDate}' is not a date; the entry is never removed");
        }

        if (entry.Listed is { } listed && entry.Removed is { } removed && removed < listed)
        {
            result.Warnings.Add($"{entry.Id}: end_date {removed} is before start_date {listed}; the end date is dropped");
            entry.Removed = null;
        }

        result.Entries.Add(entry);
    }

    /// <summary>"Entity List (EL) - Bureau of Industry and Security" → "EL"; without parentheses, the initials.</summary>
    internal static string SourceCode(string source)
    {
        var match = CodeInParentheses().Match(source);
        if (match.Success)
        {
            return match.Groups[1].Value;
        }

        string title = source.Split(" - ")[0];
        string initials = string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])));
        return initials.Length == 0 ? "CSL" : initials;
    }

    /// <summary>"Entity List (EL) - Bureau of Industry and Security" → "Bureau of Industry and Security".</summary>
    private static string? Authority(string source)
    {
        int dash = source.IndexOf(" - ", StringComparison.Ordinal);
        return dash < 0 ? null : ImportText.Clean(source.Substring(dash + 3));
    }

    private static IEnumerable<Record> JsonRecords(TextReader reader)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(reader.ReadToEnd(), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new UsageException($"the CSL JSON export is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            JsonElement results;
            if (root.ValueKind == JsonValueKind.Array)
            {
                results = root;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out results) && results.ValueKind == JsonValueKind.Array)
            {
            }
            else
            {
                throw new UsageException("the CSL JSON export must be an object with a \"results\" array");
            }

            foreach (var item in results.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                yield return new Record(
                    Json.String(item, "id") ?? Json.String(item, "_id"),
                    Json.String(item, "source"),
                    Json.String(item, "entity_number"),
                    Json.String(item, "type"),
                    Json.Strings(item, "programs"),
                    Json.String(item, "name"),
                    Json.Strings(item, "alt_names"),
                    Json.String(item, "start_date"),
                    Json.String(item, "end_date"),
                    Json.String(item, "federal_register_notice"),
                    Json.String(item, "source_list_url"),
                    Json.String(item, "remarks"));
            }
        }
    }

    private static IEnumerable<Record> CsvRecords(TextReader reader)
    {
        Dictionary<string, int>? columns = null;
        foreach (var row in Csv.Records(reader))
        {
            if (columns is null)
            {
                columns = row.Select((name, index) => (name: name.Trim().TrimStart('\uFEFF'), index))
                    .GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().index, StringComparer.OrdinalIgnoreCase);
                if (!columns.ContainsKey("name") || !columns.ContainsKey("source"))
                {
                    throw new UsageException("the CSL CSV export must start with a header row naming at least the columns 'source' and 'name'");
                }

                continue;
            }

            if (row.Count == 1 && string.IsNullOrWhiteSpace(row[0]))
            {
                continue;
            }

            string? Get(string column) => columns.TryGetValue(column, out int index) && index < row.Count && !string.IsNullOrWhiteSpace(row[index]) ? row[index] : null;
            IReadOnlyList<string> GetMany(string column) => Split(Get(column));

            yield return new Record(
                Get("_id") ?? Get("id"),
                Get("source"),
                Get("entity_number"),
                Get("type"),
                GetMany("programs"),
                Get("name"),
                GetMany("alt_names"),
                Get("start_date"),
                Get("end_date"),
                Get("federal_register_notice"),
                Get("source_list_url"),
                Get("remarks"));
        }

        if (columns is null)
        {
            throw new UsageException("the CSL CSV export is empty");
        }
    }

    private static IReadOnlyList<string> Split(string? text) =>
        text is null ? Array.Empty<string>() : text.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    [GeneratedRegex(@"\(([A-Za-z0-9-]{1,12})\)")]
    private static partial Regex CodeInParentheses();
}
