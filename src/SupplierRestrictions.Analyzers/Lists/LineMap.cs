using System.Collections.Generic;

namespace SupplierRestrictions.Analyzers.Lists;

/// <summary>Turns offsets into line/column, built once per list text.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public TextRange Range(int start, int end)
    {
        start = Clamp(start);
        end = Clamp(end < start ? start : end);
        int startLine = LineOf(start);
        int endLine = LineOf(end);
        return new TextRange(start, end - start, startLine, start - _lineStarts[startLine], endLine, end - _lineStarts[endLine]);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _length ? _length : offset;

    private int LineOf(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
