using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SupplierRestrictions.Analyzers.Exemptions;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Restrictions;
using SupplierRestrictions.Analyzers.Roslyn.Options;
using SupplierRestrictions.Analyzers.Roslyn.Reporting;

namespace SupplierRestrictions.Analyzers.Roslyn.Scanning;

/// <summary>
/// Finds references in one syntax tree (docs/contract.md §5) in a single pass over its tokens: names and codes in
/// identifiers and literals (and comments when enabled) and, when the list has <c>symbols</c> that exist in the
/// compilation, the symbol each simple name binds to. Entries found for one token are reported once each. A
/// token that matches nothing allocates nothing.
/// </summary>
internal sealed class SyntaxReferenceScanner
{
    private readonly CompiledRestrictions _restrictions;
    private readonly AnalyzerSettings _settings;
    private readonly ReferenceReporter _reporter;
    private readonly SymbolReferenceFinder? _symbols;

    public SyntaxReferenceScanner(CompiledRestrictions restrictions, AnalyzerSettings settings, ReferenceReporter reporter, SymbolReferenceFinder? symbols)
    {
        _restrictions = restrictions;
        _settings = settings;
        _reporter = reporter;
        _symbols = symbols;
    }

    public void Scan(SyntaxTreeAnalysisContext context) => Scan(new TreeScan(context));

    public void Scan(SemanticModelAnalysisContext context) => Scan(new TreeScan(context));

    [MethodImpl(HotPath.Optimized)]
    private void Scan(TreeScan scan)
    {
        var cancellationToken = scan.CancellationToken;

        // Doc comments (structured trivia) are entered for crefs (semantic) or when comments are scanned; their
        // prose only in the latter case.
        bool intoTrivia = _settings.ScanComments || scan.Model is not null;

        // Without comment scanning, only names and literals are looked at: most tokens (punctuation, keywords) are
        // passed over here, without a call.
        bool everyToken = _settings.ScanComments;
        scan.Identifiers = _restrictions.Matcher.ThreadTable();
        var walk = new TokenWalk(scan.Tree.GetRoot(cancellationToken));
        int count = 0;
        while (walk.MoveNext(out var token))
        {
            if ((++count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (intoTrivia && token.HasStructuredTrivia)
            {
                ScanStructuredTrivia(token.LeadingTrivia, ref scan);
                ScanToken(token, inTrivia: false, ref scan);
                ScanStructuredTrivia(token.TrailingTrivia, ref scan);
            }
            else if (everyToken || IsNameOrLiteral((SyntaxKind)token.RawKind))
            {
                ScanToken(token, inTrivia: false, ref scan);
            }
        }

        walk.Dispose();
    }

    private void ScanStructuredTrivia(SyntaxTriviaList trivia, ref TreeScan scan)
    {
        foreach (var item in trivia)
        {
            if (item.HasStructure)
            {
                foreach (var token in item.GetStructure()!.DescendantTokens(descendIntoTrivia: true))
                {
                    ScanToken(token, inTrivia: true, ref scan);
                }
            }
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private void ScanToken(SyntaxToken token, bool inTrivia, ref TreeScan scan)
    {
        var matcher = _restrictions.Matcher;
        switch (token.Kind())
        {
            case SyntaxKind.IdentifierToken:
                // Outside comment scanning, a name in a doc comment or directive is no reference, but a cref's symbol is.
                if (!inTrivia || _settings.ScanComments)
                {
                    matcher.MatchIdentifier(token.ValueText, ref scan.Matches, scan.Identifiers);
                }

                if (scan.Model is not null)
                {
                    AddSymbolMatches(scan.Model, token, ref scan.Matches, scan.CancellationToken);
                }

                break;
            case var literal when IsLiteral(literal):
                matcher.MatchText(token.ValueText, ref scan.Matches);
                break;
            case SyntaxKind.XmlTextLiteralToken when _settings.ScanComments:
                matcher.MatchText(token.ValueText, ref scan.Matches);
                break;
        }

        if (scan.Matches.Count > 0)
        {
            ReportAll(scan.Report, token.GetLocation(), token.Text, ref scan.Matches, scan.ExemptionsFor(this));
        }

        if (_settings.ScanComments && (token.HasLeadingTrivia || token.HasTrailingTrivia))
        {
            ScanComments(token.LeadingTrivia, ref scan);
            ScanComments(token.TrailingTrivia, ref scan);
        }
    }

    /// <summary>The tokens a scan without comments looks at: names, and the text of string literals.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameOrLiteral(SyntaxKind kind) => kind == SyntaxKind.IdentifierToken || IsLiteral(kind);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLiteral(SyntaxKind kind) => kind switch
    {
        SyntaxKind.StringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken
            or SyntaxKind.SingleLineRawStringLiteralToken
            or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken
            or SyntaxKind.InterpolatedStringTextToken => true,
        _ => false,
    };

    private void AddSymbolMatches(SemanticModel model, SyntaxToken token, ref MatchSet matches, CancellationToken cancellationToken)
    {
        var finder = _symbols!;
        switch (token.Parent)
        {
            case SimpleNameSyntax name when name.Identifier == token:
                int[] entries = EntriesOfName(model, name, cancellationToken);
                if (entries.Length > 0 && IsQualifierOfSameReference(model, name, entries, cancellationToken))
                {
                    return;
                }

                foreach (int entry in entries)
                {
                    matches.Add(entry);
                }

                return;

            // An override or explicit implementation is a use of the vendor's member it replaces.
            case MethodDeclarationSyntax method when method.Identifier == token && OverridesOrImplements(method.Modifiers, method.ExplicitInterfaceSpecifier):
            case PropertyDeclarationSyntax property when property.Identifier == token && OverridesOrImplements(property.Modifiers, property.ExplicitInterfaceSpecifier):
            case EventDeclarationSyntax @event when @event.Identifier == token && OverridesOrImplements(@event.Modifiers, @event.ExplicitInterfaceSpecifier):
                if (model.GetDeclaredSymbol(token.Parent, cancellationToken) is { } declared)
                {
                    foreach (int entry in Overridden(finder, declared))
                    {
                        matches.Add(entry);
                    }
                }

                return;
        }
    }

    private int[] EntriesOfName(SemanticModel model, SimpleNameSyntax name, CancellationToken cancellationToken)
    {
        var info = model.GetSymbolInfo(name, cancellationToken);
        var symbol = info.Symbol ?? (info.CandidateSymbols.Length > 0 ? info.CandidateSymbols[0] : null);
        return symbol is null ? Array.Empty<int>() : _symbols!.EntriesOf(symbol);
    }

    /// <summary>
    /// <c>Kratos.Uas.Sdk.Client</c> is one use, reported at <c>Client</c>: a namespace or type that only qualifies
    /// a name which itself refers to the same entries is not reported again.
    /// </summary>
    private bool IsQualifierOfSameReference(SemanticModel model, SimpleNameSyntax name, int[] entries, CancellationToken cancellationToken)
    {
        // The name may complete a qualified name or member access ("Uas" in "Kratos.Uas"); what matters is
        // whether that whole expression qualifies a further name.
        SyntaxNode expression = name.Parent switch
        {
            QualifiedNameSyntax q when q.Right == name => q,
            MemberAccessExpressionSyntax m when m.Name == name => m,
            AliasQualifiedNameSyntax a when a.Name == name => a,
            _ => name,
        };
        SimpleNameSyntax? qualified = expression.Parent switch
        {
            QualifiedNameSyntax q when q.Left == expression => q.Right,
            MemberAccessExpressionSyntax m when m.Expression == expression => m.Name,
            _ => null,
        };
        if (qualified is null)
        {
            return false;
        }

        int[] outer = EntriesOfName(model, qualified, cancellationToken);
        foreach (int entry in entries)
        {
            if (Array.IndexOf(outer, entry) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The entries an override or explicit implementation stands for: <see cref="SymbolReferenceFinder.EntriesOf"/>
    /// already follows the overridden member; explicit implementations are added here.
    /// </summary>
    private static IEnumerable<int> Overridden(SymbolReferenceFinder finder, ISymbol declared)
    {
        IEnumerable<ISymbol> implemented = declared switch
        {
            IMethodSymbol m => m.ExplicitInterfaceImplementations,
            IPropertySymbol p => p.ExplicitInterfaceImplementations,
            IEventSymbol e => e.ExplicitInterfaceImplementations,
            _ => Array.Empty<ISymbol>(),
        };
        return finder.EntriesOf(declared).Concat(implemented.SelectMany(finder.EntriesOf));
    }

    private static bool OverridesOrImplements(SyntaxTokenList modifiers, ExplicitInterfaceSpecifierSyntax? explicitInterface) =>
        explicitInterface is not null || modifiers.Any(SyntaxKind.OverrideKeyword);

    private void ScanComments(SyntaxTriviaList trivia, ref TreeScan scan)
    {
        foreach (var item in trivia)
        {
            if (!item.IsKind(SyntaxKind.SingleLineCommentTrivia) && !item.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                continue;
            }

            string text = item.ToString();
            _restrictions.Matcher.MatchText(text, ref scan.Matches);
            if (scan.Matches.Count > 0)
            {
                ReportAll(scan.Report, item.GetLocation(), text, ref scan.Matches, scan.ExemptionsFor(this));
            }
        }
    }

    private void ReportAll(Action<Diagnostic> report, Location location, string shown, ref MatchSet matches, FileExemptions exemptions)
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
            _reporter.Report(report, location, shown, entryIndex, exemptions);
        }
    }

    /// <summary>
    /// What the scan of one tree carries from token to token. The file's exemptions, and the delegate that reports,
    /// are made at its first finding, so a file without one allocates nothing.
    /// </summary>
    private struct TreeScan
    {
        public readonly SyntaxTree Tree;
        public readonly SemanticModel? Model;
        public readonly CancellationToken CancellationToken;
        public MatchSet Matches;

        /// <summary>The matcher's table of names that matched nothing, taken once for the tree (docs in <see cref="ReferenceMatcher.ThreadTable"/>).</summary>
        public NonMatchingIdentifiers? Identifiers;
        private readonly SyntaxTreeAnalysisContext _treeContext;
        private readonly SemanticModelAnalysisContext _modelContext;
        private Action<Diagnostic>? _report;
        private FileExemptions? _exemptions;

        public TreeScan(SyntaxTreeAnalysisContext context)
            : this(context.Tree, model: null, context.CancellationToken)
        {
            _treeContext = context;
        }

        public TreeScan(SemanticModelAnalysisContext context)
            : this(context.SemanticModel.SyntaxTree, context.SemanticModel, context.CancellationToken)
        {
            _modelContext = context;
        }

        private TreeScan(SyntaxTree tree, SemanticModel? model, CancellationToken cancellationToken)
        {
            Tree = tree;
            Model = model;
            CancellationToken = cancellationToken;
            Matches = default;
            Identifiers = null;
            _treeContext = default;
            _modelContext = default;
            _report = null;
            _exemptions = null;
        }

        public Action<Diagnostic> Report => _report ??= Model is null ? _treeContext.ReportDiagnostic : _modelContext.ReportDiagnostic;

        public FileExemptions ExemptionsFor(SyntaxReferenceScanner scanner) =>
            _exemptions ??= FileExemptions.For(scanner._restrictions.Exemptions, Tree.FilePath, scanner._settings.Date);
    }
}
