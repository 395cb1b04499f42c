using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Matching;

namespace SupplierRestrictions.Analyzers;

/// <summary>
/// Finds names and codes in one syntax tree (CONTRACT §5): every identifier token and string literal token,
/// and comments when enabled. One pass over the tokens; a token that matches nothing allocates nothing.
/// </summary>
internal sealed class SyntaxReferenceScanner
{
    private readonly CompiledRestrictions _restrictions;
    private readonly AnalyzerSettings _settings;
    private readonly ReferenceReporter _reporter;

    public SyntaxReferenceScanner(CompiledRestrictions restrictions, AnalyzerSettings settings, ReferenceReporter reporter)
    {
        _restrictions = restrictions;
        _settings = settings;
        _reporter = reporter;
    }

    public void Scan(SyntaxTreeAnalysisContext context)
    {
        var matcher = _restrictions.Matcher;
        var root = context.Tree.GetRoot(context.CancellationToken);
        FileExemptions? exemptions = null;
        var matches = default(MatchSet);
        int count = 0;
        foreach (var token in root.DescendantTokens(descendIntoTrivia: _settings.ScanComments))
        {
            if ((++count & 1023) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            switch (token.Kind())
            {
                case SyntaxKind.IdentifierToken:
                    matcher.MatchIdentifier(token.ValueText, ref matches);
                    break;
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                case SyntaxKind.XmlTextLiteralToken:
                    matcher.MatchText(token.ValueText, ref matches);
                    break;
            }

            if (matches.Count > 0)
            {
                exemptions ??= FileExemptions.For(_restrictions.Exemptions, context.Tree.FilePath, _settings.Date);
                ReportAll(context, token.GetLocation(), token.Text, ref matches, exemptions);
            }

            if (_settings.ScanComments && (token.HasLeadingTrivia || token.HasTrailingTrivia))
            {
                ScanComments(context, token.LeadingTrivia, ref matches, ref exemptions);
                ScanComments(context, token.TrailingTrivia, ref matches, ref exemptions);
            }
        }
    }

    private void ScanComments(SyntaxTreeAnalysisContext context, SyntaxTriviaList trivia, ref MatchSet matches, ref FileExemptions? exemptions)
    {
        foreach (var item in trivia)
        {
            if (!item.IsKind(SyntaxKind.SingleLineCommentTrivia) && !item.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                continue;
            }

            string text = item.ToString();
            _restrictions.Matcher.MatchText(text, ref matches);
            if (matches.Count > 0)
            {
                exemptions ??= FileExemptions.For(_restrictions.Exemptions, context.Tree.FilePath, _settings.Date);
                ReportAll(context, item.GetLocation(), text, ref matches, exemptions);
            }
        }
    }

    private void ReportAll(SyntaxTreeAnalysisContext context, Location location, string shown, ref MatchSet matches, FileExemptions exemptions)
    {
        var entries = new List<int>(matches.Count);
        for (int i = 0; i < matches.Count; i++)
        {
            entries.Add(matches[i]);
        }

        matches.Clear();
        entries.Sort();
        foreach (int entryIndex in entries)
        {
            _reporter.Report(context.ReportDiagnostic, location, shown, entryIndex, exemptions);
        }
    }
}
