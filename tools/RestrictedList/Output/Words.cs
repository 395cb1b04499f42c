namespace SupplierRestrictions.RestrictedList.Output;

/// <summary>Small wording helpers for messages.</summary>
internal static class Words
{
    /// <summary>"1 entry", "2 entries".</summary>
    public static string Plural(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
