using System;
using System.Collections.Generic;
using System.Linq;
using SupplierRestrictions.Analyzers.Lists.Json;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.Analyzers.Lists.Reading;

/// <summary>
/// The checks every part of a list file shares: a JSON value of the expected shape, each property once, the
/// required ones present. A failed check is recorded at the exact node and the value is left out.
/// </summary>
internal sealed class JsonChecks
{
    private readonly LineMap _lines;

    public JsonChecks(string text) => _lines = new LineMap(text);

    public List<ListDiagnostic> Diagnostics { get; } = new();

    public IEnumerable<JsonProperty> Distinct(JsonObject node, string diagnosticId)
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

    public void MissingRequired(JsonObject node, object? value, string field, string what = "entry")
    {
        if (value is null && !node.Properties.Any(p => p.Name == field))
        {
            Report(DiagnosticIds.EntryInvalid, node.Start, node.Start + 1, $"the {what} has no \"{field}\"");
        }
    }

    public string? ExpectString(JsonProperty property, string diagnosticId)
    {
        if (property.Value is JsonString text)
        {
            return text.Value;
        }

        Report(diagnosticId, property.Value, $"\"{property.Name}\" must be a string, not {property.Value.KindName}");
        return null;
    }

    public string? ExpectNonEmptyString(JsonProperty property, string diagnosticId)
    {
        string? value = ExpectString(property, diagnosticId);
        if (value is not null && value.Trim().Length == 0)
        {
            Report(diagnosticId, property.Value, $"\"{property.Name}\" must not be empty");
            return null;
        }

        return value;
    }

    public JsonArray? ExpectArray(JsonProperty property, string diagnosticId)
    {
        if (property.Value is JsonArray array)
        {
            return array;
        }

        Report(diagnosticId, property.Value, $"\"{property.Name}\" must be an array, not {property.Value.KindName}");
        return null;
    }

    /// <param name="problemOf">The reason a value is invalid, or null when it is valid.</param>
    public IReadOnlyList<string> ExpectStringArray(JsonProperty property, string diagnosticId, bool requireAlphanumericEnds, Func<string, string?>? problemOf = null)
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
            else if (problemOf?.Invoke(text.Value) is { } problem)
            {
                Report(diagnosticId, item, problem);
            }
            else
            {
                values.Add(text.Value);
            }
        }

        return values;
    }

    public Day? ExpectDay(JsonProperty property, string diagnosticId, bool allowNull)
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

    public static string Describe(JsonNode node) => node switch
    {
        JsonNumber number => number.Text,
        JsonString text => $"\"{text.Value}\"",
        _ => node.KindName,
    };

    public TextRange Range(JsonNode node) => _lines.Range(node.Start, node.End);

    public void Report(string id, JsonNode node, string message) => Diagnostics.Add(new ListDiagnostic(id, message, Range(node)));

    public void ReportName(string id, JsonProperty property, string message) =>
        Diagnostics.Add(new ListDiagnostic(id, message, _lines.Range(property.NameStart, property.NameEnd)));

    public void Report(string id, int start, int end, string message) => Diagnostics.Add(new ListDiagnostic(id, message, _lines.Range(start, end)));
}
