using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>What one analyzer run produced, and the checks every run must pass.</summary>
internal sealed class AnalyzerRunResult
{
    public AnalyzerRunResult(ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<string> exceptions)
    {
        Diagnostics = diagnostics;
        Exceptions = exceptions;
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Everything the host's onAnalyzerException callback saw.</summary>
    public IReadOnlyList<string> Exceptions { get; }

    public IEnumerable<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);

    public bool HasError => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// No exception reached the host, no AD0001 (or any other non-SR diagnostic), and every message can be
    /// formatted (a message argument that throws in ToString leaves users the bare format string).
    /// </summary>
    public AnalyzerRunResult AssertHealthy()
    {
        if (Exceptions.Count > 0)
        {
            throw new XunitException("the analyzer threw:\n" + string.Join("\n---\n", Exceptions));
        }

        foreach (var diagnostic in Diagnostics)
        {
            if (!diagnostic.Id.StartsWith("SR", StringComparison.Ordinal))
            {
                throw new XunitException($"unexpected diagnostic {diagnostic.Id}: {SafeMessage(diagnostic)}");
            }

            // Roslyn swallows an argument that throws while formatting and shows the bare format ("'{0}' refers
            // to…"), so an unformatted message is the symptom to look for.
            string format = diagnostic.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (format.Contains("{0}", StringComparison.Ordinal) && message == format)
            {
                throw new XunitException($"the message of {diagnostic.Id} could not be formatted: {message}");
            }
        }

        return this;
    }

    /// <summary>ID, span, message and properties of every diagnostic, in a stable order: what "the same answer" means.</summary>
    public IReadOnlyList<string> Canonical() => Diagnostics
        .Select(Describe)
        .OrderBy(d => d, StringComparer.Ordinal)
        .ToArray();

    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string properties = string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        string additional = string.Join(";", d.AdditionalLocations.Select(l => $"{l.GetLineSpan().Path}{l.SourceSpan}"));
        return $"{span.Path}|{d.Location.SourceSpan.Start:D9}|{d.Location.SourceSpan.End:D9}|{d.Id}|{d.Severity}|{d.GetMessage(CultureInfo.InvariantCulture)}|{properties}|{additional}";
    }

    public override string ToString() => string.Join("\n", Diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {SafeMessage(d)}"));

    private static string SafeMessage(Diagnostic diagnostic)
    {
        try
        {
            return diagnostic.GetMessage(CultureInfo.InvariantCulture);
        }
        catch (Exception e)
        {
            return $"<message throws {e.GetType().Name}>";
        }
    }
}
