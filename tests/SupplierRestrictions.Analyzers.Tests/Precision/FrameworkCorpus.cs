using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using SupplierRestrictions.Hosting;

namespace SupplierRestrictions.Analyzers.Tests.Precision;

/// <summary>
/// A large body of real identifiers and prose that nobody here wrote: every public type and member name of the
/// .NET shared framework's reference assemblies (and ASP.NET Core's, when its targeting pack is installed), read
/// from metadata, and the text of their XML documentation.
/// </summary>
internal static class FrameworkCorpus
{
    public const string NetCorePack = "Microsoft.NETCore.App.Ref";

    public const string AspNetCorePack = "Microsoft.AspNetCore.App.Ref";

    private static readonly string[] Packs = { NetCorePack, AspNetCorePack };

    private static readonly Dictionary<string, Lazy<IReadOnlyList<string>>> PackIdentifiers =
        Packs.ToDictionary(p => p, p => new Lazy<IReadOnlyList<string>>(() => ReadIdentifiers(Files(new[] { p }, "*.dll"))));
    private static readonly Dictionary<string, Lazy<IReadOnlyList<string>>> PackDocTexts =
        Packs.ToDictionary(p => p, p => new Lazy<IReadOnlyList<string>>(() => ReadDocTexts(Files(new[] { p }, "*.xml"))));

    private static readonly Lazy<IReadOnlyList<string>> LazyIdentifiers = new(() =>
        Packs.SelectMany(IdentifiersOf).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray());

    private static readonly Lazy<IReadOnlyList<string>> LazyDocTexts = new(() => Packs.SelectMany(DocTextsOf).ToArray());

    /// <summary>Every distinct public identifier of both packs.</summary>
    public static IReadOnlyList<string> Identifiers => LazyIdentifiers.Value;

    /// <summary>One text per documented member (its summary, remarks, parameters, as one literal would hold them).</summary>
    public static IReadOnlyList<string> DocTexts => LazyDocTexts.Value;

    /// <summary>Whether a targeting pack is installed beside the running SDK (ASP.NET Core's may be missing).</summary>
    public static bool HasPack(string pack) => Files(new[] { pack }, "*.dll").Any();

    /// <summary>The distinct public identifiers of one pack.</summary>
    public static IReadOnlyList<string> IdentifiersOf(string pack) => PackIdentifiers[pack].Value;

    /// <summary>The documentation texts of one pack.</summary>
    public static IReadOnlyList<string> DocTextsOf(string pack) => PackDocTexts[pack].Value;

    private static IReadOnlyList<string> ReadIdentifiers(IEnumerable<string> files)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                continue;
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                var visibility = type.Attributes & System.Reflection.TypeAttributes.VisibilityMask;
                if (visibility != System.Reflection.TypeAttributes.Public && visibility != System.Reflection.TypeAttributes.NestedPublic)
                {
                    continue;
                }

                foreach (string part in reader.GetString(type.Namespace).Split('.', StringSplitOptions.RemoveEmptyEntries))
                {
                    names.Add(part);
                }

                names.Add(StripArity(reader.GetString(type.Name)));
                foreach (var method in type.GetMethods().Select(reader.GetMethodDefinition))
                {
                    var access = method.Attributes & System.Reflection.MethodAttributes.MemberAccessMask;
                    if (access is System.Reflection.MethodAttributes.Public or System.Reflection.MethodAttributes.Family or System.Reflection.MethodAttributes.FamORAssem)
                    {
                        names.Add(reader.GetString(method.Name));
                        foreach (var parameter in method.GetParameters().Select(reader.GetParameter))
                        {
                            names.Add(reader.GetString(parameter.Name));
                        }
                    }
                }

                foreach (var field in type.GetFields().Select(reader.GetFieldDefinition))
                {
                    if ((field.Attributes & System.Reflection.FieldAttributes.FieldAccessMask) == System.Reflection.FieldAttributes.Public)
                    {
                        names.Add(reader.GetString(field.Name));
                    }
                }

                foreach (var property in type.GetProperties().Select(reader.GetPropertyDefinition))
                {
                    names.Add(reader.GetString(property.Name));
                }

                foreach (var @event in type.GetEvents().Select(reader.GetEventDefinition))
                {
                    names.Add(reader.GetString(@event.Name));
                }
            }
        }

        names.Remove(string.Empty);
        return names.OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    private static IReadOnlyList<string> ReadDocTexts(IEnumerable<string> files)
    {
        var texts = new List<string>();
        foreach (string file in files)
        {
            var document = XDocument.Load(file);
            foreach (var member in document.Descendants("member"))
            {
                texts.Add(string.Join(" ", member.DescendantNodes().OfType<XText>().Select(t => t.Value.Trim())));
            }
        }

        return texts;
    }

    private static IEnumerable<string> Files(IEnumerable<string> packs, string pattern) =>
        packs.Where(pack => Directory.Exists(Path.Combine(Path.GetDirectoryName(ReferencePacks.RefFolder())!, "..", "..", "..", pack)))
            .SelectMany(pack => Directory.GetFiles(ReferencePacks.RefFolder(pack), pattern))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string StripArity(string name)
    {
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
