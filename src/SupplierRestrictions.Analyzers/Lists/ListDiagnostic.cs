namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>A problem found in a list file, independent of Roslyn so the list layer can be tested alone.</summary>
public sealed class ListDiagnostic
{
    public ListDiagnostic(string id, string message, TextRange range)
    {
        Id = id;
        Message = message;
        Range = range;
    }

    /// <summary>One of the SR000x ids.</summary>
    public string Id { get; }

    public string Message { get; }

    public TextRange Range { get; }

    public override string ToString() => $"{Id}{Range}: {Message}";
}
