namespace SupplierRestrictions.Analyzers.Lists.Json;

internal sealed class JsonNull : JsonNode
{
    public JsonNull(int start, int end)
        : base(start, end)
    {
    }

    public override string KindName => "null";
}
