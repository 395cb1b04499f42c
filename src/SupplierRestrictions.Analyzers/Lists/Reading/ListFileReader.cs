using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists.Json;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Lists.Reading;

/// <summary>
/// Validates a list file against docs/contract.md §1 and §7 and builds the model: the top level here, entries and
/// exemptions in their own readers. Every problem is reported at the exact node; entries with problems are still
/// enforced with their valid parts (an unreadable date or an unknown field never lifts a restriction).
/// </summary>
internal sealed class ListFileReader
{
    public const int SupportedSchemaVersion = 1;

    private readonly JsonChecks _json;
    private readonly EntryReader _entries;
    private readonly ExemptionReader _exemptions;

    private ListFileReader(string text)
    {
        _json = new JsonChecks(text);
        _entries = new EntryReader(_json);
        _exemptions = new ExemptionReader(_json);
    }

    private List<ListDiagnostic> Diagnostics => _json.Diagnostics;

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
            reader._json.Report(DiagnosticIds.ListUnreadable, e.Position, e.Position + 1, $"the list is not valid JSON: {e.Message}");
            return new ParsedListFile(Array.Empty<RestrictionEntry>(), Array.Empty<Exemption>(), reader.Diagnostics);
        }

        return reader.ReadRoot(root);
    }

    private ParsedListFile ReadRoot(JsonNode root)
    {
        var entries = new List<RestrictionEntry>();
        var exemptions = new List<Exemption>();
        if (root is not JsonObject rootObject)
        {
            _json.Report(DiagnosticIds.ListUnreadable, root, $"the list must be a JSON object with \"schemaVersion\" and \"entries\", not {root.KindName}");
            return new ParsedListFile(entries, exemptions, Diagnostics);
        }

        JsonNode? version = null;
        JsonArray? entryArray = null;
        JsonArray? exemptionArray = null;
        foreach (var property in _json.Distinct(rootObject, DiagnosticIds.ListUnreadable))
        {
            switch (property.Name)
            {
                case "$schema":
                    _json.ExpectString(property, DiagnosticIds.ListUnreadable);
                    break;
                case "schemaVersion":
                    version = property.Value;
                    break;
                case "entries":
                    entryArray = _json.ExpectArray(property, DiagnosticIds.ListUnreadable);
                    break;
                case "exemptions":
                    exemptionArray = _json.ExpectArray(property, DiagnosticIds.ListUnreadable);
                    break;
                default:
                    _json.ReportName(DiagnosticIds.ListUnreadable, property, $"unknown top-level property \"{property.Name}\"; expected \"$schema\", \"schemaVersion\", \"entries\" or \"exemptions\"");
                    break;
            }
        }

        if (version is null)
        {
            _json.Report(DiagnosticIds.ListUnreadable, rootObject.Start, rootObject.Start + 1, $"the list has no \"schemaVersion\"; add \"schemaVersion\": {SupportedSchemaVersion}");
        }
        else if (version is not JsonNumber { Text: "1" })
        {
            _json.Report(DiagnosticIds.ListUnreadable, version, $"unknown schemaVersion {JsonChecks.Describe(version)}; this analyzer reads schemaVersion {SupportedSchemaVersion}");
            return new ParsedListFile(entries, exemptions, Diagnostics);
        }

        if (entryArray is null && exemptionArray is null && !rootObject.Properties.Any(p => p.Name is "entries" or "exemptions"))
        {
            _json.Report(DiagnosticIds.ListUnreadable, rootObject.Start, rootObject.Start + 1, "the list has neither \"entries\" nor \"exemptions\"");
        }

        foreach (var item in entryArray?.Items ?? Array.Empty<JsonNode>())
        {
            if (_entries.Read(item) is { } entry)
            {
                entries.Add(entry);
            }
        }

        foreach (var item in exemptionArray?.Items ?? Array.Empty<JsonNode>())
        {
            if (_exemptions.Read(item) is { } exemption)
            {
                exemptions.Add(exemption);
            }
        }

        return new ParsedListFile(entries, exemptions, Diagnostics, entryArray?.Items.Count ?? 0, exemptionArray?.Items.Count ?? 0);
    }
}
