using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>
/// OpenSanctions FollowTheMoney entities, one JSON object per line (<c>id</c>, <c>schema</c>, <c>properties</c>).
/// Company, Organization, LegalEntity and PublicBody records become vendor entries when they are sanctions targets
/// (<c>target: true</c>, a sanction-like topic, or named by a Sanction); their dates come from the Sanction records that
/// name them (<c>properties.entity</c>), flat on their own lines or nested in the entity's <c>sanctions</c> property.
/// Person records are skipped (the analyzer is about suppliers), and so are vessels, aircraft and the like.
/// </summary>
public static class OpenSanctionsImporter
{
    private static readonly HashSet<string> Organisations = new(StringComparer.Ordinal) { "Company", "Organization", "LegalEntity", "PublicBody" };

    /// <summary>Things that are neither organisations nor persons; relations, addresses and other records are not counted at all.</summary>
    private static readonly HashSet<string> OtherThings = new(StringComparer.Ordinal) { "Vessel", "Airplane", "Vehicle", "Security", "CryptoWallet", "BankAccount", "RealEstate", "Asset" };

    private sealed record Sanction(IReadOnlyList<string> Start, IReadOnlyList<string> End, IReadOnlyList<string> Program, IReadOnlyList<string> Authority, IReadOnlyList<string> SourceUrl, IReadOnlyList<string> Reason);

    private sealed record Organisation(string Id, IReadOnlyList<string> Names, IReadOnlyList<string> Aliases, bool Target, IReadOnlyList<string> Datasets, List<Sanction> Nested, IReadOnlyList<string> Websites);

    public static ImportResult Read(TextReader reader, Action<int>? progress = null)
    {
        var result = new ImportResult();
        var organisations = new List<Organisation>();
        var sanctions = new Dictionary<string, List<Sanction>>(StringComparer.Ordinal);
        string? line;
        int lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new UsageException($"line {lineNumber} is not a JSON object: {e.Message}");
            }

            using (document)
            {
                var item = document.RootElement;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new UsageException($"line {lineNumber} is not a JSON object");
                }

                result.Records++;
                progress?.Invoke(result.Records);
                string schema = Json.String(item, "schema") ?? string.Empty;
                var properties = item.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                if (schema == "Sanction")
                {
                    foreach (string entityId in EntityIds(properties))
                    {
                        Add(sanctions, entityId, ReadSanction(properties));
                    }
                }
                else if (schema == "Person")
                {
                    result.SkippedPersons++;
                }
                else if (Organisations.Contains(schema) && Json.String(item, "id") is { } id)
                {
                    var topics = Json.Strings(properties, "topics");
                    bool target = (item.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.True) || topics.Any(IsRestrictionTopic);
                    var nested = new List<Sanction>();
                    if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty("sanctions", out var nestedSanctions) && nestedSanctions.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var sanction in nestedSanctions.EnumerateArray())
                        {
                            if (sanction.ValueKind == JsonValueKind.Object && sanction.TryGetProperty("properties", out var sp))
                            {
                                nested.Add(ReadSanction(sp));
                            }
                        }
                    }

                    organisations.Add(new Organisation(
                        id,
                        Json.Strings(properties, "name"),
                        Json.Strings(properties, "alias").Concat(Json.Strings(properties, "previousName")).ToArray(),
                        target,
                        Json.Strings(item, "datasets"),
                        nested,
                        Json.Strings(properties, "website")));
                }
                else if (OtherThings.Contains(schema))
                {
                    result.SkippedOther++;
                }
            }
        }

        foreach (var organisation in organisations)
        {
            var own = organisation.Nested.Concat(sanctions.TryGetValue(organisation.Id, out var list) ? list : Enumerable.Empty<Sanction>()).ToList();
            if (!organisation.Target && own.Count == 0)
            {
                result.SkippedNotTargets++;
                continue;
            }

            if (EntryNames.Clean(organisation.Names, organisation.Aliases, result.Cleaning) is not { } names)
            {
                result.SkippedUnnamed++;
                continue;
            }

            var first = own.FirstOrDefault();
            var entry = new ImportedEntry(ImportText.IdPart(organisation.Id), names.Name)
            {
                List = first?.Program.FirstOrDefault() ?? first?.Authority.FirstOrDefault() ?? organisation.Datasets.FirstOrDefault() ?? "OpenSanctions",
                Authority = first?.Authority.FirstOrDefault(),
                Reference = $"OpenSanctions {organisation.Id}",
                Url = first?.SourceUrl.FirstOrDefault() ?? $"https://www.opensanctions.org/entities/{Uri.EscapeDataString(organisation.Id)}/",
                Reason = ImportText.Reason(first?.Reason.FirstOrDefault()),
            };
            entry.Aliases.AddRange(names.Aliases);
            entry.Domains.AddRange(WebsiteDomains.Distinct(organisation.Websites.Select(WebsiteDomains.FromWebsite).OfType<string>()));
            SetDates(result, entry, own);
            result.Entries.Add(entry);
        }

        ImportText.MakeIdsUnique(result.Entries);
        return result;
    }

    /// <summary>
    /// Listed: the earliest start of its sanctions (none when one has no start: fail closed). Removed: the latest end,
    /// only when every sanction has ended.
    /// </summary>
    private static void SetDates(ImportResult result, ImportedEntry entry, IReadOnlyList<Sanction> sanctions)
    {
        if (sanctions.Count == 0)
        {
            return;
        }

        var starts = new List<Day>();
        bool everyStart = true;
        var ends = new List<Day>();
        bool everyEnd = true;
        foreach (var sanction in sanctions)
        {
            Day? start = sanction.Start.Select(ImportText.Start).Where(d => d.HasValue).Min();
            if (start is { } s)
            {
                starts.Add(s);
            }
            else
            {
                everyStart = false;
                if (sanction.Start.Count > 0)
                {
                    result.Warnings.Add($"{entry.Id}: startDate '{sanction.Start[0]}' is not a date; the entry is in force from any day");
                }
            }

            Day? end = sanction.End.Select(ImportText.End).Where(d => d.HasValue).Max();
            if (end is { } e)
            {
                ends.Add(e);
            }
            else
            {
                everyEnd = false;
                if (sanction.End.Count > 0)
                {
                    result.Warnings.Add($"{entry.Id}: endDate '{sanction.End[0]}' is not a date; the entry is never removed");
                }
            }
        }

        entry.Listed = everyStart && starts.Count > 0 ? starts.Min() : null;
        entry.Removed = everyEnd && ends.Count > 0 ? ends.Max() : null;
        if (entry.Listed is { } listed && entry.Removed is { } removed && removed < listed)
        {
            result.Warnings.Add($"{entry.Id}: endDate {removed} is before startDate {listed}; the end date is dropped");
            entry.Removed = null;
        }
    }

    private static bool IsRestrictionTopic(string topic) =>
        topic.StartsWith("sanction", StringComparison.Ordinal) || topic.StartsWith("export.", StringComparison.Ordinal) || topic == "debarment";

    private static IEnumerable<string> EntityIds(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty("entity", out var entity) || entity.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var value in entity.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                yield return value.GetString()!;
            }
            else if (value.ValueKind == JsonValueKind.Object && Json.String(value, "id") is { } id)
            {
                yield return id;
            }
        }
    }

    private static Sanction ReadSanction(JsonElement properties) => new(
        Json.Strings(properties, "startDate"),
        Json.Strings(properties, "endDate"),
        Json.Strings(properties, "program"),
        Json.Strings(properties, "authority"),
        Json.Strings(properties, "sourceUrl"),
        Json.Strings(properties, "reason"));

    private static void Add(Dictionary<string, List<Sanction>> sanctions, string entityId, Sanction sanction)
    {
        if (!sanctions.TryGetValue(entityId, out var list))
        {
            sanctions[entityId] = list = new List<Sanction>();
        }

        list.Add(sanction);
    }
}
