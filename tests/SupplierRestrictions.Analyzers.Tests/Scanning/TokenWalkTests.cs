using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SupplierRestrictions.Analyzers.Roslyn.Scanning;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SupplierRestrictions.Analyzers.Tests.Scanning;

/// <summary>
/// The scanner's own token walk yields exactly the tokens of <c>DescendantTokens()</c>, in the same order, also for
/// trees deeper than any recursion would survive, and leaves structured trivia (doc comments, directives) to the
/// scanner.
/// </summary>
public sealed class TokenWalkTests
{
    [Fact]
    public void Yields_the_tokens_of_DescendantTokens_in_order()
    {
        const string Source = """
            #define KRATOS
            using System;

            namespace Vendor.Client;

            /// <summary>Calls <see cref="Kratos.Uas"/> with "text".</summary>
            public sealed class Kratos<T> where T : class
            {
                // a comment
                private readonly string _name = $"Kratos {DateTime.Now:yyyy} \"x\"" + @"verbatim" + u8"bytes".Length;

            #if KRATOS
                public int Uas(int a, params T[] rest) => a switch { 1 => 2, _ => rest.Length };
            #endif
                private object M() => this.ToString() ?? (true ? 'c' : default(char)).ToString() + 1.5 + null + default + false;
                private object Broken() => ( + ;
            }

            """;
        AssertSameTokens(CSharpSyntaxTree.ParseText(Source).GetRoot());
    }

    [Fact]
    public void Yields_the_tokens_of_DescendantTokens_for_every_source_file_of_the_repository()
    {
        // Real code of every shape: one-token nodes (names, literals, predefined types, this) are read from their
        // property and every other node through its children, and both must give the same tokens.
        var files = new[] { "src", "tests", "bench", "tools" }
            .Select(folder => Path.Combine(RepoFiles.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files found under {RepoFiles.Root}");
        foreach (string path in files)
        {
            AssertSameTokens(CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetRoot());
        }
    }

    [Fact]
    public void Walks_a_deeply_nested_expression_without_recursing()
    {
        // 20,000 nested binary expressions: a recursive walk of the red tree would need a frame per level.
        var source = new StringBuilder("class C { string S = \"a\"");
        for (int i = 0; i < 20_000; i++)
        {
            source.Append(" + \"b").Append(i).Append('"');
        }

        source.Append("; }");
        AssertSameTokens(CSharpSyntaxTree.ParseText(source.ToString()).GetRoot());
    }

    [Fact]
    public void An_empty_tree_has_only_its_end_of_file_token()
    {
        AssertSameTokens(CSharpSyntaxTree.ParseText(string.Empty).GetRoot());
    }

    [Fact]
    public void A_walk_cut_short_does_not_disturb_the_next_one()
    {
        var root = CSharpSyntaxTree.ParseText("class A { void M() { int x = 1; } }").GetRoot();
        var partial = new TokenWalk(root);
        Assert.True(partial.MoveNext(out _));

        // Abandoned without Dispose (as when cancelled): the next walk on the thread starts afresh.
        AssertSameTokens(CSharpSyntaxTree.ParseText("class B { int y = 2; }").GetRoot());
    }

    private static void AssertSameTokens(SyntaxNode root)
    {
        var expected = root.DescendantTokens().ToList();
        var walk = new TokenWalk(root);
        int index = 0;
        while (walk.MoveNext(out var token))
        {
            Assert.True(index < expected.Count, $"more tokens than DescendantTokens: {token}");
            Assert.Equal(expected[index], token);
            index++;
        }

        walk.Dispose();
        Assert.Equal(expected.Count, index);
    }
}
