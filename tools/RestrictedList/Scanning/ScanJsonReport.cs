using System;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using SupplierRestrictions.RestrictedList.Lists;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>The scan report for scripts: the same grouping as the text report, as JSON.</summary>
internal static class ScanJsonReport
{
    public static void Write(Stream stream, ScanReport report)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("date", report.Date.ToString());
        json.WriteStartArray("lists");
        foreach (string list in report.Lists)
        {
            json.WriteStringValue(list);
        }

        json.WriteEndArray();
        json.WriteNumber("filesScanned", report.FilesScanned);
        json.WriteNumber("findings", report.Findings.Count);
        json.WriteBoolean("fails", report.Findings.Any(f => f.Fails));
        json.WriteStartArray("entries");
        foreach (var group in report.ByEntry)
        {
            json.WriteStartObject();
            json.WriteString("entryId", group.Key);
            if (report.Entries.TryGetValue(group.Key, out var entry))
            {
                json.WriteString("name", entry.Name);
                json.WriteString("kind", entry.KindName);
                json.WriteString("list", entry.Details.List ?? entry.Details.Authority);
                json.WriteString("status", Timeline.Describe(entry.StatusOn(report.Date)));
            }

            json.WriteStartArray("findings");
            foreach (var finding in group)
            {
                WriteJsonFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("other");
        foreach (var finding in report.Other)
        {
            WriteJsonFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteJsonFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("level", finding.Level);
        json.WriteString("message", finding.Message);
        if (finding.Path is not null)
        {
            json.WriteString("path", finding.Path);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
        }

        foreach (var property in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(char.ToLowerInvariant(property.Key[0]) + property.Key.Substring(1), property.Value);
        }

        json.WriteEndObject();
    }
}
