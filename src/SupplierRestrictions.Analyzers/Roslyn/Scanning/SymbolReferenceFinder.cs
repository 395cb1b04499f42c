using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using SupplierRestrictions.Analyzers.Matching;
using SupplierRestrictions.Analyzers.Restrictions;

namespace SupplierRestrictions.Analyzers.Roslyn.Scanning;

/// <summary>
/// Which entries a bound symbol belongs to through <c>symbols</c> (docs/contract.md §5): a namespace or type that is a
/// listed name or lies under one, or a member of such a type (including members it overrides and extension
/// methods it declares). The answer is cached per namespace and type of the compilation, so a use costs a
/// dictionary hit and never builds a string.
/// </summary>
internal sealed class SymbolReferenceFinder
{
    private static readonly int[] None = new int[0];

    private static readonly SymbolDisplayFormat FullNameFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    private readonly QualifiedNameIndex _index;
    private readonly ConcurrentDictionary<ISymbol, int[]> _containers = new(SymbolEqualityComparer.Default);

    private SymbolReferenceFinder(QualifiedNameIndex index) => _index = index;

    /// <summary>
    /// A finder for the compilation, or null when no listed namespace or type exists in it: then no name needs
    /// binding at all (BannedApiAnalyzers' lesson: resolve the list against the compilation first, lazily).
    /// </summary>
    public static SymbolReferenceFinder? Create(Compilation compilation, CompiledRestrictions restrictions)
    {
        if (restrictions.Symbols.IsEmpty)
        {
            return null;
        }

        bool anyResolves = restrictions.List.Entries
            .SelectMany(e => e.Symbols)
            .Any(name => Resolves(compilation, name.Trim()));
        return anyResolves ? new SymbolReferenceFinder(restrictions.Symbols) : null;
    }

    /// <summary>The entries a use of <paramref name="symbol"/> refers to.</summary>
    public int[] EntriesOf(ISymbol symbol)
    {
        switch (symbol)
        {
            case IAliasSymbol alias:
                return EntriesOf(alias.Target);
            case INamespaceSymbol ns:
                return ForContainer(ns);
            case IArrayTypeSymbol array:
                return EntriesOf(array.ElementType);
            case IPointerTypeSymbol pointer:
                return EntriesOf(pointer.PointedAtType);
            case ITypeParameterSymbol:
                return None;
            case INamedTypeSymbol type:
                return ForContainer(type.OriginalDefinition);
            case IMethodSymbol method:
                var declared = (method.ReducedFrom ?? method).OriginalDefinition;
                return Union(ForMember(declared), declared.OverriddenMethod is { } overridden ? EntriesOf(overridden) : None);
            case IPropertySymbol property:
                return Union(ForMember(property.OriginalDefinition), property.OverriddenProperty is { } p ? EntriesOf(p) : None);
            case IEventSymbol @event:
                return Union(ForMember(@event.OriginalDefinition), @event.OverriddenEvent is { } e ? EntriesOf(e) : None);
            case IFieldSymbol field:
                return ForMember(field.OriginalDefinition);
            default:
                return None;
        }
    }

    private int[] ForMember(ISymbol member) => member.ContainingType is { } type ? ForContainer(type) : None;

    private int[] ForContainer(INamespaceOrTypeSymbol symbol)
    {
        if (symbol is INamespaceSymbol { IsGlobalNamespace: true })
        {
            return None;
        }

        if (_containers.TryGetValue(symbol, out int[]? cached))
        {
            return cached;
        }

        INamespaceOrTypeSymbol? container = symbol.ContainingType ?? (INamespaceOrTypeSymbol?)symbol.ContainingNamespace;
        int[] result = Union(_index.Lookup(symbol.ToDisplayString(FullNameFormat)), container is null ? None : ForContainer(container));
        _containers.TryAdd(symbol, result);
        return result;
    }

    private static int[] Union(int[] a, int[] b) =>
        a.Length == 0 ? b : b.Length == 0 ? a : a.Union(b).ToArray();

    private static bool Resolves(Compilation compilation, string fullName)
    {
        if (fullName.StartsWith("global::", System.StringComparison.Ordinal))
        {
            fullName = fullName.Substring("global::".Length);
        }

        INamespaceOrTypeSymbol current = compilation.GlobalNamespace;
        foreach (string part in fullName.Split('.'))
        {
            var next = current.GetMembers(part).OfType<INamespaceOrTypeSymbol>().FirstOrDefault();
            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return true;
    }
}
