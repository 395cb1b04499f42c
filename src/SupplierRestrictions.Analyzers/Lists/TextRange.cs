namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>A range in a list file, with its 0-based line/column start and end (what an IDE squiggles).</summary>
public readonly struct TextRange
{
    public TextRange(int start, int length, int startLine, int startColumn, int endLine, int endColumn)
    {
        Start = start;
        Length = length;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public int Start { get; }

    public int Length { get; }

    public int StartLine { get; }

    public int StartColumn { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}
