namespace SupplierRestrictions.Analyzers.Lists.Json;

/// <summary>A JSON value with the span it occupies in its text, so validation can point at it.</summary>
internal abstract class JsonNode
{
    protected JsonNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public abstract string KindName { get; }
}
