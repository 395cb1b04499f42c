using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SupplierRestrictions.Analyzers.Roslyn;
using SupplierRestrictions.Analyzers.Settings;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>
/// The analyzer under the Roslyn testing library, configured the way the package configures a project:
/// a list file as AdditionalFile and the MSBuild properties as <c>build_property.*</c> global options.
/// </summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<SupplierRestrictionsAnalyzer, DefaultVerifier>
{
    public const string DefaultDate = "2026-11-28";

    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);

    public AnalyzerTest()
    {
        ReferenceAssemblies = NetReferences.None;
        TestState.AdditionalReferences.AddRange(NetReferences.All);
        Date = DefaultDate;
    }

    public string? Date
    {
        get => _properties.TryGetValue(BuildProperties.Date, out string? value) ? value : null;
        set => SetProperty(BuildProperties.Date, value);
    }

    public void SetProperty(string name, string? value)
    {
        if (value is null)
        {
            _properties.Remove(name);
        }
        else
        {
            _properties[name] = value;
        }
    }

    /// <summary>Runs with the given sources (markup allowed), lists and expectations.</summary>
    public static Task VerifyAsync(string source, string list, params DiagnosticResult[] expected) =>
        VerifyAsync(source, list, DefaultDate, expected);

    public static Task VerifyAsync(string source, string list, string date, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source, Date = date };
        test.TestState.AdditionalFiles.Add(("/src/restricted-list.json", list));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        string config = "is_global = true\n" + string.Concat(_properties.Select(p => $"build_property.{p.Key} = {p.Value}\n"));
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        return base.RunImplAsync(cancellationToken);
    }
}
