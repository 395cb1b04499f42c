namespace SupplierRestrictions.Analyzers.Lists.Json;

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, string text)
        : base(start, end) => Text = text;

    /// <summary>The literal as written; kept as text so huge numbers never overflow while parsing.</summary>
    public string Text { get; }

    public override string KindName => "a number";
}
