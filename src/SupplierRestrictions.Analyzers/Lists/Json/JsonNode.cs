using System.Collections.Generic;

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

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start, int end, IReadOnlyList<JsonProperty> properties)
        : base(start, end) => Properties = properties;

    /// <summary>In document order, duplicates kept: the validator decides what a duplicate means.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    public override string KindName => "an object";
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start, int end, IReadOnlyList<JsonNode> items)
        : base(start, end) => Items = items;

    public IReadOnlyList<JsonNode> Items { get; }

    public override string KindName => "an array";
}

internal sealed class JsonString : JsonNode
{
    public JsonString(int start, int end, string value)
        : base(start, end) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(int start, int end, string text)
        : base(start, end) => Text = text;

    /// <summary>The literal as written; kept as text so huge numbers never overflow while parsing.</summary>
    public string Text { get; }

    public override string KindName => "a number";
}

internal sealed class JsonBoolean : JsonNode
{
    public JsonBoolean(int start, int end, bool value)
        : base(start, end) => Value = value;

    public bool Value { get; }

    public override string KindName => "a boolean";
}

internal sealed class JsonNull : JsonNode
{
    public JsonNull(int start, int end)
        : base(start, end)
    {
    }

    public override string KindName => "null";
}
