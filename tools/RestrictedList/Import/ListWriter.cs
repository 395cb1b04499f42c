using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>Writes imported entries as a schemaVersion 1 list, in the field order of docs/contract.md §1.</summary>
public static class ListWriter
{
    public static string Write(IEnumerable<ImportedEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartArray("entries");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("kind", "vendor");
                json.WriteString("name", entry.Name);
                if (entry.Aliases.Count > 0)
                {
                    json.WriteStartArray("aliases");
                    foreach (string alias in entry.Aliases)
                    {
                        json.WriteStringValue(alias);
                    }

                    json.WriteEndArray();
                }

                if (entry.Domains.Count > 0)
                {
                    json.WriteStartArray("domains");
                    foreach (string domain in entry.Domains)
                    {
                        json.WriteStringValue(domain);
                    }

                    json.WriteEndArray();
                }

                WriteOptional(json, "list", entry.List);
                WriteOptional(json, "authority", entry.Authority);
                WriteOptional(json, "reference", entry.Reference);
                WriteOptional(json, "url", entry.Url);
                WriteOptional(json, "reason", entry.Reason);
                WriteOptional(json, "listed", entry.Listed?.ToString());
                WriteOptional(json, "removed", entry.Removed?.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
