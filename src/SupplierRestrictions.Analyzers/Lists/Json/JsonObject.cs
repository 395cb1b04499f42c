using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists.Json;

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start, int end, IReadOnlyList<JsonProperty> properties)
        : base(start, end) => Properties = properties;

    /// <summary>In document order, duplicates kept: the validator decides what a duplicate means.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    public override string KindName => "an object";
}
