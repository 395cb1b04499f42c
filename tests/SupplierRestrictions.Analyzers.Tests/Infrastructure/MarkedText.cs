using SupplierRestrictions.Analyzers.Lists;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>
/// List texts with the expected diagnostic positions marked by <see cref="Marker"/>. The markers are stripped
/// before parsing and the expected 1-based line/column is computed from where they stood, so a test shows where
/// a diagnostic must point instead of repeating numbers taken from the implementation.
/// </summary>
internal static class MarkedText
{
    public const char Marker = '⟦';

    /// <summary>The text without markers, and the 1-based (line, column) of each marker in document order.</summary>
    public static (string Text, IReadOnlyList<(int Line, int Column)> Positions) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var positions = new List<(int Line, int Column)>();
        int line = 1, column = 1;
        foreach (char c in marked)
        {
            if (c == Marker)
            {
                positions.Add((line, column));
                continue;
            }

            text.Append(c);
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (text.ToString(), positions);
    }

    /// <summary>"SR0002(5,7)": the id and the 1-based start line and column.</summary>
    public static string Format(string id, int line, int column) => $"{id}({line},{column})";

    public static string Format(ListDiagnostic diagnostic) =>
        Format(diagnostic.Id, diagnostic.Range.StartLine + 1, diagnostic.Range.StartColumn + 1);

    /// <summary>
    /// Parses the unmarked text and asserts that its diagnostics are exactly <paramref name="ids"/>, the i-th at the
    /// i-th marker (no more, no fewer).
    /// </summary>
    public static ParsedListFile AssertListDiagnostics(string marked, params string[] ids)
    {
        var (text, positions) = Unmark(marked);
        Assert.True(positions.Count == ids.Length, $"the test text has {positions.Count} markers for {ids.Length} expected diagnostics");
        var parsed = ParsedListFile.Parse(text);
        string expected = string.Join(" ", positions.Zip(ids, (p, id) => Format(id, p.Line, p.Column)).Order(StringComparer.Ordinal));
        string actual = string.Join(" ", parsed.Diagnostics.Select(Format).Order(StringComparer.Ordinal));
        Assert.True(
            expected == actual,
            $"expected diagnostics: {expected}\nactual diagnostics:   {actual}\n{string.Join("\n", parsed.Diagnostics.Select(d => $"  {Format(d)}: {d.Message}"))}");
        return parsed;
    }
}
