using System;
using System.Collections.Generic;

namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// What real code looks like, per 1,000 lines, measured with Roslyn the way <see cref="CodeMeasures"/> does (the
/// figures of the project's performance issue):
/// <code>
/// code base        tokens  identifiers (mean len, % '_')  literals + interpolated (mean len)  comments  doc chars  words 1/2/3/4/5+
/// Newtonsoft.Json  3,484     997 ( 9.0, 5.1%)              13.7 + 0.0 (34.8)                  76.5      2,438     60/26/11/2/1
/// NodaTime         6,070   1,713 ( 8.5, 0.1%)              12.4 + 4.5 (32.2)                  56.9     13,836     65/18/12/4/1
/// EF Core          5,330   1,557 (10.6, 2.3%)              11.1 + 1.8 (18.4)                  18.7     14,961     57/23/14/4/1
/// SimplCommerce    4,983   1,528 ( 9.0, 2.8%)             220.8 + 3.7 (14.6)                  10.7        287     54/30/12/2/1
/// </code>
/// The library target is the mean of the three libraries; the application target is SimplCommerce.
/// </summary>
internal sealed record ProfileTargets(string Source, double[] Values)
{
    /// <summary>The measures, in the order of <see cref="CodeMeasures.Values"/>.</summary>
    public static readonly string[] Names =
    {
        "tokens / 1k lines",
        "identifiers / 1k lines",
        "identifier mean length",
        "identifiers with '_' (%)",
        "string literals / 1k lines",
        "interpolated text parts / 1k lines",
        "literal + part mean length",
        "comments / 1k lines",
        "XML-doc text chars / 1k lines",
        "identifiers of 1 word (%)",
        "identifiers of 2 words (%)",
        "identifiers of 3 words (%)",
        "identifiers of 4 words (%)",
        "identifiers of 5+ words (%)",
    };

    /// <summary>How far a generated measure may be from its target.</summary>
    public const double Tolerance = 0.15;

    private static readonly double[] Newtonsoft = { 3484, 997, 9.0, 5.1, 13.7, 0.0, 34.8, 76.5, 2438, 60, 26, 11, 2, 1 };
    private static readonly double[] NodaTime = { 6070, 1713, 8.5, 0.1, 12.4, 4.5, 32.2, 56.9, 13836, 65, 18, 12, 4, 1 };
    private static readonly double[] EfCore = { 5330, 1557, 10.6, 2.3, 11.1, 1.8, 18.4, 18.7, 14961, 57, 23, 14, 4, 1 };
    private static readonly double[] SimplCommerce = { 4983, 1528, 9.0, 2.8, 220.8, 3.7, 14.6, 10.7, 287, 54, 30, 12, 2, 1 };

    public static ProfileTargets Library { get; } = new("mean of Newtonsoft.Json 13.0.4, NodaTime and EF Core 10.0.11", Mean(Newtonsoft, NodaTime, EfCore));

    public static ProfileTargets Application { get; } = new("SimplCommerce (ASP.NET Core web shop)", SimplCommerce);

    /// <summary>Whether <paramref name="measured"/> is within <see cref="Tolerance"/> of the target at <paramref name="index"/>.</summary>
    public bool Within(int index, double measured) => Math.Abs(measured - Values[index]) <= Tolerance * Values[index];

    private static double[] Mean(params double[][] rows)
    {
        var mean = new double[rows[0].Length];
        for (int i = 0; i < mean.Length; i++)
        {
            double sum = 0;
            foreach (var row in rows)
            {
                sum += row[i];
            }

            mean[i] = Math.Round(sum / rows.Length, 2);
        }

        return mean;
    }
}

/// <summary>The knobs of <see cref="CodeGenerator"/> for one kind of code, and the measures it must come within 15% of.</summary>
internal sealed record CodeProfile
{
    public required string Name { get; init; }

    public required ProfileTargets Targets { get; init; }

    /// <summary>Relative weights of 1, 2, 3, 4 and 5 words in invented names (locals, parameters, members, types).</summary>
    public required int[] NameWords { get; init; }

    /// <summary>Percent of members with a documentation comment, and how many words its summary has.</summary>
    public required int DocPercent { get; init; }

    public required (int Min, int Max) DocWords { get; init; }

    /// <summary>Per mille of statements preceded by a line comment.</summary>
    public required int CommentPerMille { get; init; }

    /// <summary>Relative weights of statement shapes: declarations, calls, control flow, data (a literal key and value), interpolation.</summary>
    public required IReadOnlyDictionary<string, int> Statements { get; init; }

    /// <summary>Percent of literal texts that are sentences (long) rather than keys, names or paths (short).</summary>
    public required int SentencePercent { get; init; }

    /// <summary>Percent of short literal keys written as <c>Area_Name</c> (database names and the like).</summary>
    public required int UnderscoreKeyPercent { get; init; }

    /// <summary>Percent of fields named <c>_camelCase</c> (rather than PascalCase properties).</summary>
    public required int UnderscoreFieldPercent { get; init; }

    public required (int Min, int Max) StatementsPerMethod { get; init; }

    /// <summary>Percent of statements followed by a blank line.</summary>
    public required int BlankLinePercent { get; init; }

    /// <summary>Percent of string expressions that are literals when no variable is at hand (else <c>string.Empty</c>).</summary>
    public required int LiteralPercent { get; init; }

    public static CodeProfile Library { get; } = new()
    {
        Name = "library",
        Targets = ProfileTargets.Library,
        NameWords = new[] { 90, 56, 46, 10, 4 },
        DocPercent = 95,
        DocWords = (16, 75),
        CommentPerMille = 160,
        BlankLinePercent = 0,
        Statements = new Dictionary<string, int> { ["declare"] = 300, ["call"] = 300, ["control"] = 200, ["data"] = 10, ["interpolate"] = 4, ["return"] = 100 },
        LiteralPercent = 8,
        SentencePercent = 58,
        UnderscoreKeyPercent = 5,
        UnderscoreFieldPercent = 13,
        StatementsPerMethod = (2, 9),
    };

    public static CodeProfile Application { get; } = new()
    {
        Name = "application",
        Targets = ProfileTargets.Application,
        NameWords = new[] { 60, 92, 40, 4, 4 },
        DocPercent = 5,
        DocWords = (4, 12),
        CommentPerMille = 26,
        BlankLinePercent = 22,
        Statements = new Dictionary<string, int> { ["declare"] = 250, ["call"] = 250, ["control"] = 120, ["data"] = 450, ["interpolate"] = 6, ["return"] = 80 },
        LiteralPercent = 60,
        SentencePercent = 7,
        UnderscoreKeyPercent = 15,
        UnderscoreFieldPercent = 15,
        StatementsPerMethod = (3, 14),
    };

    public static IReadOnlyList<CodeProfile> All { get; } = new[] { Library, Application };
}
