using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Roslyn;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>Expected diagnostics with their default severity, so tests state only the id and the place.</summary>
internal static class Expect
{
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, Descriptors.All.Single(d => d.Id == id).DefaultSeverity);
}
