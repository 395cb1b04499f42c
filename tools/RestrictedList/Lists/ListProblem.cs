namespace SupplierRestrictions.RestrictedList.Lists;

/// <summary>A problem in a list file, with a 1-based line and column, worded as the analyzer words it.</summary>
public sealed record ListProblem(string Id, bool IsError, string Path, int Line, int Column, string Message)
{
    public string Severity => IsError ? "error" : "warning";

    /// <summary>The compiler-style line: <c>path:line:col: error SR0002: message</c>.</summary>
    public override string ToString() => $"{Path}:{Line}:{Column}: {Severity} {Id}: {Message}";
}
