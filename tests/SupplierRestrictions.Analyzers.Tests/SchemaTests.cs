using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.Analyzers.Lists.Reading;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests;

/// <summary>
/// The shipped <c>restricted-list.schema.json</c> (docs/contract.md §1): the repository's list is valid against it, it
/// rejects what the analyzer rejects, and it knows every field the analyzer reads, so editors never flag a valid
/// list nor complete a field the analyzer would refuse.
/// </summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(RepoFiles.Read("restricted-list.schema.json"));

    private static readonly JsonObject SchemaJson = JsonNode.Parse(RepoFiles.Read("restricted-list.schema.json"))!.AsObject();

    [Fact]
    public void The_repository_list_is_valid_against_the_schema()
    {
        Assert.Equal(string.Empty, Errors(RepoFiles.RootList));
    }

    [Fact]
    public void The_contract_example_is_valid_for_the_schema_and_the_reader()
    {
        const string example = """
            {
              "$schema": "./restricted-list.schema.json",   // optional; the package ships the schema
              "schemaVersion": 1,
              "entries": [
                {
                  "id": "CN-MOFCOM-ECL-2025-13-07",
                  "kind": "vendor",
                  "name": "Kratos Unmanned Aerial Systems, Inc.",
                  "aliases": ["Kratos UAS"],
                  "codes": ["CAGE 1ABC2"],
                  "symbols": ["Kratos.Uas.Sdk"],
                  "assemblies": ["Kratos.Uas.Sdk"],
                  "packages": ["Kratos.Uas.*", "Kratos.Telemetry"],
                  "domains": ["kratosdefense.com"],
                  "list": "MOFCOM Export Control List",
                  "authority": "Ministry of Commerce of the People's Republic of China",
                  "reference": "MOFCOM Announcement No. 13 of 2025",
                  "url": "https://example.com/announcement",
                  "reason": "dual-use export control",
                  "listed": "2025-04-04",
                  "removed": null,
                  "suspensions": [
                    { "from": "2025-05-14", "until": "2025-08-12", "reference": "statement", "note": "90 days" },
                  ],
                  "match": "words",
                },
              ],
              "exemptions": [
                {
                  "entries": ["CN-MOFCOM-ECL-2025-13-07"],
                  "paths": ["src/Legacy/**/*.cs"],
                  "reason": "maintenance of fielded systems",
                  "reference": "Licence EL-2026-0042",
                  "from": "2026-01-01",
                  "until": "2027-01-31",
                },
              ],
            }
            """;

        Assert.Equal(string.Empty, Errors(example));
        Assert.Empty(ParsedListFile.Parse(example).Diagnostics);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "suspention": [] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "suspensions": [ { "from": "2025-05-14", "untill": "2025-08-12" } ] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "exemptions": [ { "entries": ["V-1"], "reason": "licence", "until": "2027-01-31", "path": ["src/**"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entires": [] }""")]
    [InlineData("""{ "schemaVersion": 2, "entries": [] }""")]
    [InlineData("""{ "schemaVersion": "1", "entries": [] }""")]
    [InlineData("""{ "entries": [] }""")]
    [InlineData("""{ "schemaVersion": 1 }""")]
    [InlineData("""[]""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "kind": "vendor", "name": "Kratos UAS" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "supplier", "name": "Kratos UAS" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "  " } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "", "kind": "vendor", "name": "Kratos UAS" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "listed": "2025-4-4" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "listed": "2025-04-04T00:00" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "aliases": "Kratos" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "aliases": [42] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "match": "exact" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "packages": ["Kratos.*.Sdk"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "packages": ["*"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "packages": ["Kratos Uas"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "domains": ["https://kratosdefense.com"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "domains": ["kratosdefense.com/uas"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "domains": ["kratosdefense"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "domains": ["kratos defense.com"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "domains": ["10.1.2.3"] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "entries": [ { "id": "V-1", "kind": "vendor", "name": "Kratos UAS", "suspensions": [ { "from": "2025-05-14" } ] } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "exemptions": [ { "entries": ["V-1"], "reason": "licence" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "exemptions": [ { "entries": [], "reason": "licence", "until": "2027-01-31" } ] }""")]
    public void What_the_reader_rejects_the_schema_rejects(string list)
    {
        Assert.NotEmpty(ParsedListFile.Parse(list).Diagnostics);
        Assert.NotEqual(string.Empty, Errors(list));
    }

    [Theory]
    [InlineData("entry", typeof(EntryReader), "EntryFields")]
    [InlineData("suspension", typeof(EntryReader), "SuspensionFields")]
    [InlineData("exemption", typeof(ExemptionReader), "ExemptionFields")]
    public void The_schema_has_exactly_the_fields_the_reader_accepts(string definition, Type reader, string readerField)
    {
        var field = reader.GetField(readerField, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
        Assert.NotNull(field);
        var readerNames = ((IEnumerable<string>)field.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();

        var schemaNames = SchemaJson["$defs"]![definition]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();

        Assert.NotEmpty(readerNames);
        Assert.Equal(readerNames, schemaNames);
        Assert.False(SchemaJson["$defs"]![definition]!["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void The_schema_has_exactly_the_top_level_properties_the_reader_accepts()
    {
        var schemaNames = SchemaJson["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(["$schema", "entries", "exemptions", "schemaVersion"], schemaNames);
        Assert.False(SchemaJson["additionalProperties"]!.GetValue<bool>());
    }

    /// <summary>The schema's errors for a list (comments and trailing commas allowed), one per line; empty when valid.</summary>
    private static string Errors(string list)
    {
        using var document = JsonDocument.Parse(list, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return string.Empty;
        }

        var errors = (results.Details ?? [])
            .Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToArray();
        return errors.Length > 0 ? string.Join("\n", errors) : "invalid";
    }
}
