using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>A small "vendor SDK" compiled in memory, referenced as metadata the way a NuGet package would be.</summary>
internal static class VendorSdk
{
    public const string Source = """
        namespace Kratos.Uas.Sdk
        {
            public class FleetClient
            {
                public static FleetClient Create() => new FleetClient();
                public void Send(string message) { }
                public virtual void Connect() { }
                public int Altitude { get; set; }
                public event System.EventHandler? Landed;
                protected void OnLanded() => Landed?.Invoke(this, System.EventArgs.Empty);
            }

            public interface ITelemetry
            {
                void Report();
            }

            public static class FleetExtensions
            {
                public static void Arm(this string droneId) { }
            }

            public sealed class FleetAttribute : System.Attribute
            {
            }

            public class Mission<T>
            {
            }
        }

        namespace Kratos.UasX
        {
            public class Other
            {
            }
        }
        """;

    private static readonly Lazy<MetadataReference> Lazy = new(() => Compile("Kratos.Uas.Sdk", Source));

    public static MetadataReference Reference => Lazy.Value;

    public static MetadataReference Compile(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            NetReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
