using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SupplierRestrictions.Benchmarks;

/// <summary>A parsed code base: the repository's src/**/*.cs plus generated code with plants.</summary>
internal sealed class Codebase
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false,
        deterministic: true);

    private Codebase(string name, int generatedLines, int repoLines, int files, ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        Name = name;
        GeneratedLines = generatedLines;
        RepoLines = repoLines;
        Files = files;
        Trees = trees;
        References = references;
    }

    public string Name { get; }

    public int GeneratedLines { get; }

    public int RepoLines { get; }

    public int Files { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public static Codebase Create(string name, int targetLines, string repoRoot, IReadOnlyList<Plant> plants, ImmutableArray<MetadataReference> references, string? dumpFolder)
    {
        var generated = CodeGenerator.Generate(targetLines, plants);
        var repoFiles = Directory.GetFiles(Path.Combine(repoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceFile(p, File.ReadAllText(p), File.ReadAllLines(p).Length))
            .ToList();
        var all = repoFiles.Concat(generated).ToList();
        if (dumpFolder is not null)
        {
            foreach (var file in generated)
            {
                string target = Path.Combine(dumpFolder, name, file.Path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, file.Text);
            }
        }

        var trees = new SyntaxTree[all.Count];
        Parallel.For(0, all.Count, i => trees[i] = CSharpSyntaxTree.ParseText(SourceText.From(all[i].Text), ParseOptions, all[i].Path));

        // Realize every red node once, as the compiler's binding does before analyzers see a tree in a real build,
        // so that whichever analyzer walks a tree first does not pay for the others.
        foreach (var tree in trees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                _ = token.RawKind;
            }
        }

        return new Codebase(name, generated.Sum(f => f.Lines), repoFiles.Sum(f => f.Lines), all.Count, trees.ToImmutableArray(), references);
    }

    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Bench" + Name.Replace(" ", string.Empty), Trees, References, CompilationOptions);

    /// <summary>Identifier and string literal texts of the whole code base, every occurrence, in source order.</summary>
    public (string[] Identifiers, string[] Literals) TokenTexts()
    {
        var identifiers = new List<string>();
        var literals = new List<string>();
        foreach (var tree in Trees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                switch (token.Kind())
                {
                    case SyntaxKind.IdentifierToken:
                        identifiers.Add(token.ValueText);
                        break;
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.InterpolatedStringTextToken:
                    case SyntaxKind.SingleLineRawStringLiteralToken:
                    case SyntaxKind.MultiLineRawStringLiteralToken:
                    case SyntaxKind.Utf8StringLiteralToken:
                        literals.Add(token.ValueText);
                        break;
                }
            }
        }

        return (identifiers.ToArray(), literals.ToArray());
    }
}
