using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SupplierRestrictions.RestrictedList.Import;

/// <summary>Lenient reading of the import formats' fields: a missing or null field is absent; numbers read as text.</summary>
internal static class Json
{
    public static string? String(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) ? Text(value) : null;

    /// <summary>An array of strings, or one string (split at ';' as the CSV export writes several values).</summary>
    public static IReadOnlyList<string> Strings(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return Array.Empty<string>();
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Select(Text).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToArray(),
            JsonValueKind.String => value.GetString()!.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray(),
            _ => Array.Empty<string>(),
        };
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };
}
