using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Spectre.Console;

namespace SupplierRestrictions.RestrictedList.Output;

/// <summary>One cell of a <see cref="TableView"/>.</summary>
public readonly record struct Cell(string Text, Tone Tone = Tone.Normal)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// A table written as a bordered, coloured Spectre table on a terminal, and as plain columns aligned with
/// spaces (header first, no trailing blanks) when piped, so scripts can read it with cut/awk.
/// </summary>
public sealed class TableView
{
    private readonly string[] _headers;
    private readonly List<Cell[]> _rows = new();

    public TableView(params string[] headers) => _headers = headers;

    public int RowCount => _rows.Count;

    public void AddRow(params Cell[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(CliConsole console)
    {
        if (console.Rich)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (string header in _headers)
            {
                table.AddColumn(new TableColumn(new Text(header, new Style(decoration: Decoration.Bold))));
            }

            foreach (var row in _rows)
            {
                table.AddRow(row.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c.Text, Tones.Style(c.Tone))).ToArray());
            }

            console.AnsiOut.Write(table);
            return;
        }

        console.Out.Write(Plain());
    }

    /// <summary>The plain form: columns separated by two spaces.</summary>
    public string Plain()
    {
        var widths = new int[_headers.Length];
        for (int c = 0; c < _headers.Length; c++)
        {
            widths[c] = Math.Max(_headers[c].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[c].Text.Length));
        }

        var text = new StringBuilder();
        AppendLine(text, _headers, widths);
        foreach (var row in _rows)
        {
            AppendLine(text, row.Select(c => c.Text).ToArray(), widths);
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int c = 0; c < cells.Length; c++)
        {
            line.Append(c == cells.Length - 1 ? cells[c] : cells[c].PadRight(widths[c] + 2));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
