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

/// <summary>A parsed code base: generated code with plants plus the repository's src/**/*.cs, or a user's sources.</summary>
internal sealed class Codebase
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false,
        deterministic: true);

    private Codebase(string name, int generatedLines, int repoLines, int files, ImmutableArray<SyntaxTree> trees, ImmutableArray<SyntaxTree> measured, ImmutableArray<MetadataReference> references, CSharpCompilationOptions options)
    {
        Name = name;
        GeneratedLines = generatedLines;
        RepoLines = repoLines;
        Files = files;
        Trees = trees;
        References = references;
        Options = options;
        MeasuredTrees = measured;
        Measures = CodeMeasures.Of(measured);
    }

    public string Name { get; }

    /// <summary>Lines of generated code, or of the user's sources (<c>--sources</c>).</summary>
    public int GeneratedLines { get; }

    public int RepoLines { get; }

    public int Files { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<SyntaxTree> MeasuredTrees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public CSharpCompilationOptions Options { get; }

    /// <summary>The measures of the generated code (without the repository's sources), or of the user's sources.</summary>
    public CodeMeasures Measures { get; }

    /// <summary>Generated code of <paramref name="profile"/> with plants, plus the repository's own src/**/*.cs (real code the analyzer must not trip on).</summary>
    public static Codebase Create(string name, CodeProfile profile, FrameworkVocabulary words, ListFilter filter, int targetLines, string repoRoot, IReadOnlyList<Plant> plants, ImmutableArray<MetadataReference> references, string? dumpFolder)
    {
        var generated = CodeGenerator.Generate(profile, words, filter, targetLines, plants);
        var repoFiles = SourceFiles(Path.Combine(repoRoot, "src"));
        var all = repoFiles.Concat(generated).ToList();
        if (dumpFolder is not null)
        {
            foreach (var file in generated)
            {
                string target = Path.Combine(dumpFolder, name.Replace(' ', '-'), file.Path.TrimStart('/'));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, file.Text);
            }
        }

        var trees = Parse(all, ParseOptions);
        return new Codebase(name, generated.Sum(f => f.Lines), repoFiles.Sum(f => f.Lines), all.Count, trees, trees.Skip(repoFiles.Count).ToImmutableArray(), references, CompilationOptions);
    }

    /// <summary>A user's code base: every *.cs under <paramref name="folder"/> (not bin/ or obj/), parsed with <paramref name="defines"/>.</summary>
    public static Codebase FromSources(string folder, IReadOnlyList<string> defines, ImmutableArray<MetadataReference> references)
    {
        var files = SourceFiles(folder);
        if (files.Count == 0)
        {
            throw new ArgumentException($"no *.cs files under {folder}");
        }

        var trees = Parse(files, ParseOptions.WithPreprocessorSymbols(defines));
        var options = CompilationOptions.WithAllowUnsafe(true);
        return new Codebase(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), files.Sum(f => f.Lines), 0, files.Count, trees, trees, references, options);
    }

    private static List<SourceFile> SourceFiles(string folder) => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
        .Where(p => !Path.GetRelativePath(folder, p).Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
        .OrderBy(p => p, StringComparer.Ordinal)
        .Select(p =>
        {
            string text = File.ReadAllText(p);
            return new SourceFile(p, text, SourceText.From(text).Lines.Count);
        })
        .ToList();

    private static ImmutableArray<SyntaxTree> Parse(List<SourceFile> files, CSharpParseOptions options)
    {
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, i => trees[i] = CSharpSyntaxTree.ParseText(SourceText.From(files[i].Text), options, files[i].Path));

        // Realize every red node once, as the compiler's binding does before analyzers see a tree in a real build,
        // so that whichever analyzer walks a tree first does not pay for the others.
        foreach (var tree in trees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                _ = token.RawKind;
            }
        }

        return trees.ToImmutableArray();
    }

    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Bench" + new string(Name.Where(char.IsLetterOrDigit).ToArray()), Trees, References, Options);

    /// <summary>Identifier and string literal texts of the whole code base, every occurrence, in source order.</summary>
    public (string[] Identifiers, string[] Literals) TokenTexts(bool measuredOnly = false)
    {
        var identifiers = new List<string>();
        var literals = new List<string>();
        foreach (var tree in measuredOnly ? MeasuredTrees : Trees)
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
