using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Rules;

namespace SupplierRestrictions.RestrictedList.Scanning;

/// <summary>One analyzer diagnostic, flattened for the reports (1-based line and column).</summary>
public sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string? FullPath,
    string? Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    IReadOnlyDictionary<string, string?> Properties)
{
    /// <summary>SARIF's word for the severity.</summary>
    public string Level => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    public string? EntryId => Properties.TryGetValue("EntryId", out var v) ? v : null;

    /// <summary>Whether this finding makes <c>scan</c> exit 1: an error, a restriction in force (SR1001/SR1002/SR1004/SR1006), or an analyzer failure.</summary>
    public bool Fails => Severity == DiagnosticSeverity.Error || RuleId is DiagnosticIds.RestrictedVendor or DiagnosticIds.RestrictedMaterial or DiagnosticIds.RestrictedAssembly or DiagnosticIds.RestrictedPackage || RuleId.StartsWith("AD", System.StringComparison.Ordinal);

    public string Where => Path is null ? "(project)" : $"{Path}:{Line}:{Column}";

    public static Finding From(Diagnostic diagnostic, System.Func<string, string> display)
    {
        string? fullPath = null;
        int line = 0, column = 0, endLine = 0, endColumn = 0;
        if (diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile)
        {
            var span = diagnostic.Location.GetLineSpan();
            fullPath = span.Path;
            line = span.StartLinePosition.Line + 1;
            column = span.StartLinePosition.Character + 1;
            endLine = span.EndLinePosition.Line + 1;
            endColumn = span.EndLinePosition.Character + 1;
        }

        return new Finding(
            diagnostic.Id,
            diagnostic.Severity,
            diagnostic.GetMessage(CultureInfo.InvariantCulture),
            fullPath,
            fullPath is null ? null : display(fullPath),
            line,
            column,
            endLine,
            endColumn,
            diagnostic.Properties);
    }
}
