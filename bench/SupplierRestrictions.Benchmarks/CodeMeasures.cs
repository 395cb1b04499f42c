using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// What a code base looks like to a token-reading analyzer, per 1,000 lines, measured with Roslyn from its syntax
/// trees (the same way for generated code and for <c>--sources</c>). Definitions:
/// lines = <c>SourceText.Lines.Count</c>; tokens = every token of <c>DescendantTokens()</c> except end-of-file;
/// identifiers = <c>IdentifierToken</c>s (length and words of <c>ValueText</c>);
/// string literals = regular, verbatim, raw and UTF-8 string literal tokens; interpolated parts = the
/// <c>InterpolatedStringTextToken</c>s (the literal text between holes); their mean length is over both, of
/// <c>ValueText</c>; comments = single- and multi-line comment trivia (not documentation comments);
/// XML-doc text chars = the text of <c>XmlTextLiteralToken</c>s inside documentation comments (parsed with
/// <c>DocumentationMode.Parse</c>); identifier words as <see cref="IdentifierWords"/> cuts them.
/// </summary>
internal sealed class CodeMeasures
{
    public long Lines { get; private set; }

    public long Tokens { get; private set; }

    public long Identifiers { get; private set; }

    public long IdentifierChars { get; private set; }

    public long IdentifiersWithUnderscore { get; private set; }

    public long StringLiterals { get; private set; }

    public long InterpolatedParts { get; private set; }

    public long LiteralChars { get; private set; }

    public long Comments { get; private set; }

    public long DocChars { get; private set; }

    /// <summary>Identifiers of 1, 2, 3, 4 and 5 or more words.</summary>
    public long[] WordCounts { get; } = new long[5];

    public double PerKiloLine(long count) => Lines == 0 ? 0 : count * 1000.0 / Lines;

    public double MeanIdentifierLength => Identifiers == 0 ? 0 : (double)IdentifierChars / Identifiers;

    public double UnderscorePercent => Identifiers == 0 ? 0 : IdentifiersWithUnderscore * 100.0 / Identifiers;

    public double MeanLiteralLength => StringLiterals + InterpolatedParts == 0 ? 0 : (double)LiteralChars / (StringLiterals + InterpolatedParts);

    public double WordPercent(int bucket) => Identifiers == 0 ? 0 : WordCounts[bucket] * 100.0 / Identifiers;

    public static CodeMeasures Of(IEnumerable<SyntaxTree> trees)
    {
        var measures = new CodeMeasures();
        foreach (var tree in trees)
        {
            measures.Add(tree);
        }

        return measures;
    }

    /// <summary>The measures as numbers in the order of <see cref="ProfileTargets.Names"/>.</summary>
    public double[] Values() => new[]
    {
        PerKiloLine(Tokens),
        PerKiloLine(Identifiers),
        MeanIdentifierLength,
        UnderscorePercent,
        PerKiloLine(StringLiterals),
        PerKiloLine(InterpolatedParts),
        MeanLiteralLength,
        PerKiloLine(Comments),
        PerKiloLine(DocChars),
        WordPercent(0),
        WordPercent(1),
        WordPercent(2),
        WordPercent(3),
        WordPercent(4),
    };

    private void Add(SyntaxTree tree)
    {
        Lines += tree.GetText().Lines.Count;
        var root = tree.GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            var kind = token.Kind();
            if (kind == SyntaxKind.EndOfFileToken)
            {
                continue;
            }

            Tokens++;
            switch (kind)
            {
                case SyntaxKind.IdentifierToken:
                    string text = token.ValueText;
                    Identifiers++;
                    IdentifierChars += text.Length;
                    if (text.IndexOf('_') >= 0)
                    {
                        IdentifiersWithUnderscore++;
                    }

                    WordCounts[Math.Clamp(IdentifierWords.Count(text), 1, 5) - 1]++;
                    break;
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    StringLiterals++;
                    LiteralChars += token.ValueText.Length;
                    break;
                case SyntaxKind.InterpolatedStringTextToken:
                    InterpolatedParts++;
                    LiteralChars += token.ValueText.Length;
                    break;
            }
        }

        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    Comments++;
                    break;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    if (trivia.GetStructure() is { } doc)
                    {
                        DocChars += doc.DescendantTokens(descendIntoTrivia: false)
                            .Where(t => t.IsKind(SyntaxKind.XmlTextLiteralToken))
                            .Sum(t => t.Text.Length);
                    }

                    break;
            }
        }
    }
}

/// <summary>Cuts identifiers into words: at underscores, before an upper-case letter that follows a lower-case one or a digit, and before the last capital of an acronym that a lower-case letter follows (<c>HTMLParser</c>: HTML, Parser). Digits stay with their word.</summary>
internal static class IdentifierWords
{
    public static int Count(string identifier)
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < identifier.Length; i++)
        {
            char c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                words++;
                inWord = true;
                continue;
            }

            char previous = identifier[i - 1];
            bool startsWord = char.IsUpper(c)
                && (char.IsLower(previous) || char.IsDigit(previous)
                    || (char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
            if (startsWord)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>The words themselves, lower-cased (invariant).</summary>
    public static IEnumerable<string> Split(string identifier)
    {
        int start = -1;
        for (int i = 0; i <= identifier.Length; i++)
        {
            bool boundary = i == identifier.Length || !char.IsLetterOrDigit(identifier[i]);
            if (!boundary && start >= 0)
            {
                char c = identifier[i], previous = identifier[i - 1];
                boundary = char.IsUpper(c)
                    && (char.IsLower(previous) || char.IsDigit(previous)
                        || (char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
                if (boundary)
                {
                    yield return identifier.Substring(start, i - start).ToLowerInvariant();
                    start = i;
                    continue;
                }
            }

            if (boundary)
            {
                if (start >= 0)
                {
                    yield return identifier.Substring(start, i - start).ToLowerInvariant();
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }
}
