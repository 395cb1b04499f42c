using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists.Json;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>
/// Validates a list file against CONTRACT §1 and §7 and builds the model. Every problem is reported at the
/// exact node; entries with problems are still enforced with their valid parts (an unreadable date or an
/// unknown field never lifts a restriction).
/// </summary>
internal sealed class ListFileReader
{
    public const int SupportedSchemaVersion = 1;

    private static readonly HashSet<string> EntryFields = new(StringComparer.Ordinal)
    {
        "id", "kind", "name", "aliases", "codes", "symbols", "assemblies", "list", "authority", "reference",
        "url", "reason", "listed", "removed", "suspensions", "match",
    };

    private static readonly HashSet<string> SuspensionFields = new(StringComparer.Ordinal) { "from", "until", "reference", "note" };

    private static readonly HashSet<string> ExemptionFields = new(StringComparer.Ordinal) { "entries", "paths", "reason", "reference", "from", "until" };

    private readonly LineMap _lines;
    private readonly List<ListDiagnostic> _diagnostics = new();

    private ListFileReader(string text) => _lines = new LineMap(text);

    public static ParsedListFile Read(string text)
    {
        var reader = new ListFileReader(text);
        JsonNode root;
        try
        {
            root = JsoncParser.Parse(text);
        }
        catch (JsonSyntaxException e)
        {
            reader.Report(ListDiagnosticIds.Unreadable, e.Position, e.Position + 1, $"the list is not valid JSON: {e.Message}");
            return new ParsedListFile(Array.Empty<RestrictionEntry>(), Array.Empty<Exemption>(), reader._diagnostics);
        }

        return reader.ReadRoot(root);
    }

    private ParsedListFile ReadRoot(JsonNode root)
    {
        var entries = new List<RestrictionEntry>();
        var exemptions = new List<Exemption>();
        if (root is not JsonObject rootObject)
        {
            Report(ListDiagnosticIds.Unreadable, root, $"the list must be a JSON object with \"schemaVersion\" and \"entries\", not {root.KindName}");
            return new ParsedListFile(entries, exemptions, _diagnostics);
        }

        JsonNode? version = null;
        JsonArray? entryArray = null;
        JsonArray? exemptionArray = null;
        foreach (var property in Distinct(rootObject, ListDiagnosticIds.Unreadable))
        {
            switch (property.Name)
            {
                case "$schema":
                    ExpectString(property, ListDiagnosticIds.Unreadable);
                    break;
                case "schemaVersion":
                    version = property.Value;
                    break;
                case "entries":
                    entryArray = ExpectArray(property, ListDiagnosticIds.Unreadable);
                    break;
                case "exemptions":
                    exemptionArray = ExpectArray(property, ListDiagnosticIds.Unreadable);
                    break;
                default:
                    ReportName(ListDiagnosticIds.Unreadable, property, $"unknown top-level property \"{property.Name}\"; expected \"$schema\", \"schemaVersion\", \"entries\" or \"exemptions\"");
                    break;
            }
        }

        if (version is null)
        {
            Report(ListDiagnosticIds.Unreadable, rootObject.Start, rootObject.Start + 1, $"the list has no \"schemaVersion\"; add \"schemaVersion\": {SupportedSchemaVersion}");
        }
        else if (version is not JsonNumber { Text: "1" })
        {
            Report(ListDiagnosticIds.Unreadable, version, $"unknown schemaVersion {Describe(version)}; this analyzer reads schemaVersion {SupportedSchemaVersion}");
            return new ParsedListFile(entries, exemptions, _diagnostics);
        }

        if (entryArray is null && exemptionArray is null && !rootObject.Properties.Any(p => p.Name is "entries" or "exemptions"))
        {
            Report(ListDiagnosticIds.Unreadable, rootObject.Start, rootObject.Start + 1, "the list has neither \"entries\" nor \"exemptions\"");
        }

        foreach (var item in entryArray?.Items ?? Array.Empty<JsonNode>())
        {
            if (ReadEntry(item) is { } entry)
            {
                entries.Add(entry);
            }
        }

        foreach (var item in exemptionArray?.Items ?? Array.Empty<JsonNode>())
        {
            if (ReadExemption(item) is { } exemption)
            {
                exemptions.Add(exemption);
            }
        }

        return new ParsedListFile(entries, exemptions, _diagnostics, entryArray?.Items.Count ?? 0, exemptionArray?.Items.Count ?? 0);
    }

    private RestrictionEntry? ReadEntry(JsonNode node)
    {
        const string Id = ListDiagnosticIds.InvalidEntry;
        if (node is not JsonObject entryObject)
        {
            Report(Id, node, $"an entry must be an object, not {node.KindName}");
            return null;
        }

        string? id = null;
        TextRange idRange = default;
        EntryKind? kind = null;
        string? name = null;
        IReadOnlyList<string> aliases = Array.Empty<string>(), codes = Array.Empty<string>(), symbols = Array.Empty<string>(), assemblies = Array.Empty<string>();
        string? list = null, authority = null, reference = null, url = null, reason = null;
        Day? listed = null, removed = null;
        JsonNode? removedNode = null;
        var suspensions = new List<Suspension>();
        var match = NameMatchMode.Auto;
        bool hasKind = false;

        foreach (var property in Distinct(entryObject, Id))
        {
            switch (property.Name)
            {
                case "id":
                    id = ExpectNonEmptyString(property, Id);
                    idRange = Range(property.Value);
                    break;
                case "kind":
                    hasKind = true;
                    string? kindText = ExpectString(property, Id);
                    if (kindText == "vendor")
                    {
                        kind = EntryKind.Vendor;
                    }
                    else if (kindText == "material")
                    {
                        kind = EntryKind.Material;
                    }
                    else if (kindText is not null)
                    {
                        Report(Id, property.Value, $"unknown kind \"{kindText}\"; expected \"vendor\" or \"material\"");
                    }

                    break;
                case "name":
                    name = ExpectNonEmptyString(property, Id);
                    if (name is not null && !name.Any(char.IsLetterOrDigit))
                    {
                        Report(Id, property.Value, "the name has no letter or digit, so it can never match");
                        name = null;
                    }

                    break;
                case "aliases":
                    aliases = ExpectStringArray(property, Id, requireAlphanumericEnds: false);
                    break;
                case "codes":
                    codes = ExpectStringArray(property, Id, requireAlphanumericEnds: true);
                    break;
                case "symbols":
                    symbols = ExpectStringArray(property, Id, requireAlphanumericEnds: false);
                    break;
                case "assemblies":
                    assemblies = ExpectStringArray(property, Id, requireAlphanumericEnds: false);
                    break;
                case "list":
                    list = ExpectString(property, Id);
                    break;
                case "authority":
                    authority = ExpectString(property, Id);
                    break;
                case "reference":
                    reference = ExpectString(property, Id);
                    break;
                case "url":
                    url = ExpectString(property, Id);
                    break;
                case "reason":
                    reason = ExpectString(property, Id);
                    break;
                case "listed":
                    listed = ExpectDay(property, Id, allowNull: false);
                    break;
                case "removed":
                    removed = ExpectDay(property, Id, allowNull: true);
                    removedNode = property.Value;
                    break;
                case "suspensions":
                    if (ExpectArray(property, Id) is { } array)
                    {
                        foreach (var item in array.Items)
                        {
                            if (ReadSuspension(item) is { } suspension)
                            {
                                suspensions.Add(suspension);
                            }
                        }
                    }

                    break;
                case "match":
                    string? matchText = ExpectString(property, Id);
                    switch (matchText)
                    {
                        case null:
                            break;
                        case "auto":
                            match = NameMatchMode.Auto;
                            break;
                        case "words":
                            match = NameMatchMode.Words;
                            break;
                        case "strict":
                            match = NameMatchMode.Strict;
                            break;
                        default:
                            Report(Id, property.Value, $"unknown match \"{matchText}\"; expected \"auto\", \"words\" or \"strict\"");
                            break;
                    }

                    break;
                default:
                    ReportName(Id, property, $"unknown property \"{property.Name}\"{Suggest(property.Name, EntryFields)}; an unknown property could hide a restriction, so it is an error");
                    break;
            }
        }

        MissingRequired(entryObject, id, "id");
        if (!hasKind)
        {
            MissingRequired(entryObject, null, "kind");
        }

        MissingRequired(entryObject, name, "name");
        if (listed is { } l && removed is { } r && r < l && removedNode is not null)
        {
            Report(Id, removedNode, $"removed ({r}) is before listed ({l})");
        }

        if (id is null || kind is null || name is null)
        {
            return null;
        }

        return new RestrictionEntry(
            id,
            kind.Value,
            name,
            aliases,
            codes,
            symbols,
            assemblies,
            new EntryDetails(list, authority, reference, url, reason),
            listed,
            removed,
            suspensions,
            match,
            Range(entryObject),
            idRange);
    }

    private Suspension? ReadSuspension(JsonNode node)
    {
        const string Id = ListDiagnosticIds.InvalidEntry;
        if (node is not JsonObject suspensionObject)
        {
            Report(Id, node, $"a suspension must be an object with \"from\" and \"until\", not {node.KindName}");
            return null;
        }

        Day? from = null, until = null;
        string? reference = null, note = null;
        bool hasFrom = false, hasUntil = false;
        foreach (var property in Distinct(suspensionObject, Id))
        {
            switch (property.Name)
            {
                case "from":
                    hasFrom = true;
                    from = ExpectDay(property, Id, allowNull: false);
                    break;
                case "until":
                    hasUntil = true;
                    until = ExpectDay(property, Id, allowNull: false);
                    break;
                case "reference":
                    reference = ExpectString(property, Id);
                    break;
                case "note":
                    note = ExpectString(property, Id);
                    break;
                default:
                    ReportName(Id, property, $"unknown property \"{property.Name}\" in a suspension{Suggest(property.Name, SuspensionFields)}");
                    break;
            }
        }

        if (!hasFrom)
        {
            MissingRequired(suspensionObject, null, "from", "suspension");
        }

        if (!hasUntil)
        {
            MissingRequired(suspensionObject, null, "until", "suspension");
        }

        if (from is null || until is null)
        {
            // An incomplete suspension is not applied: the restriction stays enforced (fail closed).
            return null;
        }

        if (from.Value > until.Value)
        {
            Report(Id, suspensionObject, $"the suspension's from ({from}) is after its until ({until})");
            return null;
        }

        return new Suspension(from.Value, until.Value, reference, note);
    }

    private Exemption? ReadExemption(JsonNode node)
    {
        const string Id = ListDiagnosticIds.InvalidExemption;
        if (node is not JsonObject exemptionObject)
        {
            Report(Id, node, $"an exemption must be an object, not {node.KindName}");
            return null;
        }

        var entryIds = new List<string>();
        var entryIdRanges = new List<TextRange>();
        IReadOnlyList<string> paths = Array.Empty<string>();
        string? reason = null, reference = null;
        Day? from = null, until = null;
        bool valid = true, hasEntries = false;
        foreach (var property in Distinct(exemptionObject, Id))
        {
            switch (property.Name)
            {
                case "entries":
                    hasEntries = true;
                    if (ExpectArray(property, Id) is { } array)
                    {
                        foreach (var item in array.Items)
                        {
                            if (item is JsonString { Value.Length: > 0 } idValue)
                            {
                                entryIds.Add(idValue.Value);
                                entryIdRanges.Add(Range(item));
                            }
                            else
                            {
                                Report(Id, item, "an exemption's entries must be non-empty entry ids");
                                valid = false;
                            }
                        }

                        if (array.Items.Count == 0)
                        {
                            Report(Id, array, "the exemption names no entries");
                            valid = false;
                        }
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                case "paths":
                    if (ExpectArray(property, Id) is { } pathArray)
                    {
                        var list = new List<string>();
                        foreach (var item in pathArray.Items)
                        {
                            if (item is not JsonString { Value.Length: > 0 } glob)
                            {
                                Report(Id, item, "a path must be a non-empty glob such as \"src/Legacy/**/*.cs\"");
                                valid = false;
                            }
                            else if (PathGlob.Validate(glob.Value) is { } problem)
                            {
                                Report(Id, item, $"invalid glob \"{glob.Value}\": {problem}");
                                valid = false;
                            }
                            else
                            {
                                list.Add(glob.Value);
                            }
                        }

                        paths = list;
                    }
                    else
                    {
                        valid = false;
                    }

                    break;
                case "reason":
                    reason = ExpectNonEmptyString(property, Id);
                    break;
                case "reference":
                    reference = ExpectString(property, Id);
                    break;
                case "from":
                    from = ExpectDay(property, Id, allowNull: false);
                    valid &= from is not null;
                    break;
                case "until":
                    until = ExpectDay(property, Id, allowNull: false);
                    break;
                default:
                    ReportName(Id, property, $"unknown property \"{property.Name}\" in an exemption{Suggest(property.Name, ExemptionFields)}");
                    valid = false;
                    break;
            }
        }

        if (!hasEntries)
        {
            Report(Id, exemptionObject.Start, exemptionObject.Start + 1, "the exemption has no \"entries\"; name the entry ids it covers");
        }

        if (reason is null && !exemptionObject.Properties.Any(p => p.Name == "reason"))
        {
            Report(Id, exemptionObject.Start, exemptionObject.Start + 1, "the exemption has no \"reason\"; the justification is required");
        }

        if (until is null && !exemptionObject.Properties.Any(p => p.Name == "until"))
        {
            Report(Id, exemptionObject.Start, exemptionObject.Start + 1, "the exemption has no \"until\"; no exemption is forever");
        }

        if (from is { } f && until is { } u && f > u)
        {
            Report(Id, exemptionObject, $"the exemption's from ({f}) is after its until ({u})");
            valid = false;
        }

        // An invalid exemption exempts nothing: the restriction it names stays enforced.
        if (!valid || !hasEntries || reason is null || until is null)
        {
            return null;
        }

        return new Exemption(entryIds, entryIdRanges, paths, reason, reference, from, until.Value, Range(exemptionObject));
    }

    private IEnumerable<JsonProperty> Distinct(JsonObject node, string diagnosticId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            if (seen.Add(property.Name))
            {
                yield return property;
            }
            else
            {
                ReportName(diagnosticId, property, $"property \"{property.Name}\" appears twice");
            }
        }
    }

    private void MissingRequired(JsonObject node, object? value, string field, string what = "entry")
    {
        if (value is null && !node.Properties.Any(p => p.Name == field))
        {
            Report(ListDiagnosticIds.InvalidEntry, node.Start, node.Start + 1, $"the {what} has no \"{field}\"");
        }
    }

    private string? ExpectString(JsonProperty property, string diagnosticId)
    {
        if (property.Value is JsonString text)
        {
            return text.Value;
        }

        Report(diagnosticId, property.Value, $"\"{property.Name}\" must be a string, not {property.Value.KindName}");
        return null;
    }

    private string? ExpectNonEmptyString(JsonProperty property, string diagnosticId)
    {
        string? value = ExpectString(property, diagnosticId);
        if (value is not null && value.Trim().Length == 0)
        {
            Report(diagnosticId, property.Value, $"\"{property.Name}\" must not be empty");
            return null;
        }

        return value;
    }

    private JsonArray? ExpectArray(JsonProperty property, string diagnosticId)
    {
        if (property.Value is JsonArray array)
        {
            return array;
        }

        Report(diagnosticId, property.Value, $"\"{property.Name}\" must be an array, not {property.Value.KindName}");
        return null;
    }

    private IReadOnlyList<string> ExpectStringArray(JsonProperty property, string diagnosticId, bool requireAlphanumericEnds)
    {
        if (ExpectArray(property, diagnosticId) is not { } array)
        {
            return Array.Empty<string>();
        }

        var values = new List<string>(array.Items.Count);
        foreach (var item in array.Items)
        {
            if (item is not JsonString text || text.Value.Trim().Length == 0)
            {
                Report(diagnosticId, item, $"\"{property.Name}\" must hold non-empty strings, not {(item is JsonString ? "an empty string" : item.KindName)}");
            }
            else if (requireAlphanumericEnds && !(char.IsLetterOrDigit(text.Value[0]) && char.IsLetterOrDigit(text.Value[text.Value.Length - 1])))
            {
                Report(diagnosticId, item, $"the code \"{text.Value}\" must start and end with a letter or digit, so that whole-token matching is well defined");
            }
            else
            {
                values.Add(text.Value);
            }
        }

        return values;
    }

    private Day? ExpectDay(JsonProperty property, string diagnosticId, bool allowNull)
    {
        if (allowNull && property.Value is JsonNull)
        {
            return null;
        }

        if (property.Value is JsonString text && Day.TryParse(text.Value, out var day))
        {
            return day;
        }

        string shown = property.Value is JsonString s ? $"\"{s.Value}\"" : property.Value.KindName;
        Report(diagnosticId, property.Value, $"\"{property.Name}\" must be a calendar day written YYYY-MM-DD, not {shown}");
        return null;
    }

    private static string Suggest(string name, HashSet<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            int distance = EditDistance(name.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= 2 ? $" (did you mean \"{best}\"?)" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        if (a.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Describe(JsonNode node) => node switch
    {
        JsonNumber number => number.Text,
        JsonString text => $"\"{text.Value}\"",
        _ => node.KindName,
    };

    private TextRange Range(JsonNode node) => _lines.Range(node.Start, node.End);

    private void Report(string id, JsonNode node, string message) => _diagnostics.Add(new ListDiagnostic(id, message, Range(node)));

    private void ReportName(string id, JsonProperty property, string message) =>
        _diagnostics.Add(new ListDiagnostic(id, message, _lines.Range(property.NameStart, property.NameEnd)));

    private void Report(string id, int start, int end, string message) => _diagnostics.Add(new ListDiagnostic(id, message, _lines.Range(start, end)));
}
