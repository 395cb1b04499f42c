namespace SupplierRestrictions.Analyzers.Lists.Json;

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value)
        : base(start, end) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}
