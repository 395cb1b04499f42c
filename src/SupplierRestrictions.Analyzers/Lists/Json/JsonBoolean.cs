namespace SupplierRestrictions.Analyzers.Lists.Json;

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(int start, int end, bool value)
        : base(start, end) => Value = value;

    public bool Value { get; }

    public override string KindName => "a boolean";
}
