using System.Text;
using CsCheck;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>
/// Generators of C# sources: token soup (keywords, punctuation, every literal form, directives, comments, odd
/// Unicode), unterminated literals and comments, huge identifiers, deeply nested interpolations, and mutations of
/// well-formed sources. Each plants references whose tokens the run can check.
/// </summary>
internal static class SourceGenerators
{
    /// <summary>The list the sources are checked against; every entry is in force on <see cref="Date"/>.</summary>
    public static readonly string List = Infrastructure.TestLists.With(
        Infrastructure.TestLists.Kratos(),
        Infrastructure.TestLists.Vendor("V-SHIELD", "Shield AI"),
        Infrastructure.TestLists.Material("M-DY", "Dysprosium", "\"codes\": [\"7429-91-6\", \"Dy\"]"),
        Infrastructure.TestLists.Vendor("V-CUBIC", "Cubic Corporation", "\"match\": \"strict\""));

    public const string Date = "2026-11-28";

    /// <summary>Identifiers that name an entry: wherever Roslyn makes one of these an identifier token, it is reported.</summary>
    public static readonly string[] PlantedIdentifiers =
    {
        "KratosUasClient", "kratos_unmanned_aerial_systems", "ShieldAi", "DysprosiumStock", "HTTPKratosUAS", "CubicCorporation", "Cubic",
    };

    /// <summary>Literal contents that name an entry or hold a code: reported wherever they are a whole literal token.</summary>
    public static readonly string[] PlantedTexts = { "Kratos UAS", "Shield AI", "7429-91-6", "Dysprosium", "Dy", "Cubic Corp", "order from Kratos UAS today" };

    private static readonly string[] Keywords =
    {
        "class", "struct", "record", "interface", "enum", "namespace", "using", "static", "public", "private", "partial", "void", "int",
        "string", "var", "new", "return", "if", "else", "while", "for", "foreach", "in", "out", "ref", "params", "async", "await",
        "nameof", "typeof", "default", "delegate", "unsafe", "fixed", "stackalloc", "checked", "operator", "implicit", "this", "base",
        "where", "get", "set", "init", "value", "global", "extern", "alias", "goto", "case", "switch", "when", "is", "not", "and",
        "or", "with", "required", "file", "scoped", "__arglist", "__makeref", "dynamic", "lock", "yield", "throw", "try", "catch",
    };

    private static readonly string[] Punctuation =
    {
        "{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "::", "=>", "=", "==", "?", "??", "?.", "<", ">", "<<", ">>=", ">>>",
        "!", "~", "@", "$", "#", "+", "-", "*", "/", "%", "&", "|", "^", "..", "...", "'", "\"", "`", "\\",
    };

    private static readonly string[] Literals =
    {
        "0", "1", "0x7FFFFFFF", "0b1010_1010", "123456789012345678901234567890", "1e999", "1.5e-999m", "3.14f", "10UL", "'a'", "'\\u0041'",
        "'\\U0001F600'", "'ab'", "''", "null", "true", "@\"verbatim \"\" quote\"", "\"\\u004Bratos UAS\"", "\"\\x4Bratos UAS\"",
        "\"Kratos\\tUAS\"", "\"\"", "\"\"\"\"\"\"", "\"\"\"\n  raw\n  \"\"\"", "\"a\"u8", "\"Kratos UAS\"U8", "$\"{1}\"", "$\"{{}}\"",
    };

    private static readonly string[] Unterminated =
    {
        "\"Kratos UAS", "@\"Kratos\n UAS", "\"\"\"Kratos UAS", "\"\"\"\nKratos UAS\n", "$\"Kratos {", "$\"{KratosUasClient", "$@\"{\"",
        "$$\"\"\"{{", "/* Kratos UAS", "'", "'K", "\"\\", "\"\\u12", "#if", "#region Kratos UAS", "/// <summary>Kratos UAS", "<#", "\"\"\"\"\"",
    };

    private static readonly string[] Trivia =
    {
        " ", "\n", "\r\n", "\t", "// Kratos UAS comment\n", "/* Shield AI */", "/// <summary>Dysprosium <see cref=\"KratosUasClient\"/></summary>\n",
        "\n#if DEBUG\n", "\n#endif\n", "\n#region KratosUasClient\n", "\n#endregion\n", "\n#pragma warning disable SR1001\n",
        "\n#nullable enable\n", "\n#line 1 \"Kratos UAS.cs\"\n", "\n#error Kratos UAS\n", "\n#define X\n", "\u00A0", "\u000B", "\u000C", "\u2028",
        "\uFEFF", "\u200B",
    };

    private static readonly string[] Odd =
    {
        "\uD800", "\uDC00", "\U0001F600", "\U0001D40A", "\u0000", "\u202E", "\u0301", "\u00AD", "\u200D", "\uFFFF", "K\u0301ratos",
        "\u041A\u0440\u0430\u0442\u043E\u0441", "\u4E2D\u6587", "\\u004Bratos", "\\U0000004B", "@class", "@KratosUasClient", "\u2160",
    };

    private static readonly string[] Templates =
    {
        """"
        namespace KratosUas.Integration
        {
            using KRATOS_UAS = System.String;
            using static System.Math;

            [System.Obsolete("Kratos UAS")]
            public sealed class KratosUasClient : System.IDisposable
            {
                private int kratos_unmanned_aerial_systems;
                public string Code => "7429-91-6";
                public void Dispose() { }
                void Send(int kratosUas, string note = "Shield AI")
                {
                    var ShieldAi = 1;
                    string a = @"Kratos UAS", b = """Dysprosium""", c = $"vendor={"Kratos UAS"} {a,10:X}";
                    var d = "Dy"u8;
                    string e = nameof(ShieldAi);
                    HTTPKratosUAS: System.Console.WriteLine(this.kratos_unmanned_aerial_systems + e + c);
                }
            }
        }
        """",
        """"
        using System;
        using System.Collections.Generic;
        record DysprosiumStock(string Name = "Dysprosium", int Count = 0);
        file class Cubic { }
        static class Program
        {
            static IEnumerable<string> Orders() { yield return $$"""{{"Cubic Corp"}} and {{nameof(Cubic)}}"""; }
            static void Main() => Console.WriteLine(string.Join(",", Orders()) + "order from Kratos UAS today");
        }
        """",
        """"
        /// <summary>Talks to <see cref="KratosUasClient"/> about Dysprosium.</summary>
        interface IGateway<TKratosUas> where TKratosUas : class
        {
            // Shield AI
            event System.Action<string> ShieldAi;
            string this[int i] { get; }
            TKratosUas? Find(string code = "7429-91-6") => default;
        }
        """",
    };

    public static Gen<string> AnySource { get; } = Fuzz.Create(pcg => pcg.Int(100) switch
    {
        < 40 => TokenSoup(pcg),
        < 70 => Mutate(pcg, pcg.Pick(Templates)),
        < 85 => NestedInterpolation(pcg),
        _ => Mutate(pcg, TokenSoup(pcg)),
    });

    public static string TokenSoup(PCG pcg)
    {
        int count = pcg.Skewed(300);
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(pcg.Int(100) switch
            {
                < 25 => pcg.Pick(Keywords),
                < 45 => pcg.Pick(Punctuation),
                < 55 => pcg.Pick(PlantedIdentifiers),
                < 62 => "\"" + pcg.Pick(PlantedTexts) + "\"",
                < 70 => pcg.Pick(Literals),
                < 75 => pcg.Pick(Unterminated),
                < 80 => pcg.Pick(Odd),
                < 82 => HugeIdentifier(pcg),
                < 84 => NestedInterpolation(pcg),
                _ => Identifier(pcg),
            });
            builder.Append(pcg.Chance(70) ? " " : pcg.Chance(50) ? pcg.Pick(Trivia) : string.Empty);
        }

        return builder.ToString();
    }

    public static string HugeIdentifier(PCG pcg)
    {
        int length = pcg.Chance(80) ? pcg.Int(100, 2000) : pcg.Int(2000, 20_000);
        var builder = new StringBuilder(length + 20);
        while (builder.Length < length)
        {
            builder.Append(pcg.Int(6) switch
            {
                0 => "Kratos",
                1 => "Uas",
                2 => "_",
                3 => ((char)pcg.Int('a', 'z')).ToString(),
                4 => ((char)pcg.Int('A', 'Z')).ToString(),
                _ => ((char)pcg.Int('0', '9')).ToString(),
            });
        }

        return (char.IsDigit(builder[0]) ? "x" : string.Empty) + builder + (pcg.Chance(50) ? "KratosUasClient" : string.Empty);
    }

    private static string Identifier(PCG pcg)
    {
        int length = pcg.Int(1, 12);
        var builder = new StringBuilder();
        builder.Append((char)pcg.Int('a', 'z'));
        for (int i = 1; i < length; i++)
        {
            builder.Append(pcg.Chance(20) ? (char)pcg.Int('A', 'Z') : (char)pcg.Int('a', 'z'));
        }

        return builder.ToString();
    }

    /// <summary>Interpolations inside interpolations, of every kind, sometimes cut off before the end.</summary>
    public static string NestedInterpolation(PCG pcg)
    {
        int depth = pcg.Chance(85) ? pcg.Int(1, 40) : pcg.Int(40, 400);
        string inner = pcg.Chance(50) ? "KratosUasClient" : "\"Kratos UAS\"";
        for (int i = 0; i < depth; i++)
        {
            string text = pcg.Chance(20) ? "Shield AI " : "t";
            inner = pcg.Int(7) switch
            {
                0 => $"$\"{text}{{{inner}}}\"",
                1 => $"$@\"{text}{{{inner}}}\"",
                2 => $"@$\"{text}{{ {inner} ,5:N}}\"",
                3 => $"$\"\"\"{text}{{{inner}}}\"\"\"",
                4 => $"$$\"\"\"{{{text}{{{{{inner}}}}}\"\"\"",
                5 => $"$\"\"\"\n{text}{{{inner}}}\n\"\"\"",
                _ => $"$\"{{({inner}).ToString()}}{text}\"",
            };
        }

        string source = $"class Deep {{ object KratosUasClient; string M() => {inner}; }}";
        return pcg.Chance(20) ? source.Substring(0, pcg.Int(source.Length + 1)) : source;
    }

    private static string Mutate(PCG pcg, string text)
    {
        int edits = pcg.Int(1, 5);
        for (int e = 0; e < edits; e++)
        {
            int at = pcg.Int(text.Length + 1);
            text = pcg.Int(6) switch
            {
                0 => text.Substring(0, at),
                1 => text.Remove(at, pcg.Int(Math.Min(80, text.Length - at) + 1)),
                2 => text.Insert(at, pcg.Pick(Unterminated)),
                3 => text.Insert(at, pcg.Pick(Odd)),
                4 => text.Insert(pcg.Int(text.Length + 1), text.Substring(at, pcg.Int(Math.Min(200, text.Length - at) + 1))),
                _ => text.Insert(at, pcg.Pick(Trivia) + pcg.Pick(Punctuation)),
            };
        }

        return text;
    }
}
