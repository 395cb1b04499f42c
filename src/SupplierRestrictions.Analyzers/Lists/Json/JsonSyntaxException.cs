using System;

namespace SupplierRestrictions.Analyzers.Lists.Json;

internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int position)
        : base(message) => Position = position;

    public int Position { get; }
}
