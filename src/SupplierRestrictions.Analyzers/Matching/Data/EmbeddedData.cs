using System.Collections.Generic;
using System.IO;
using System.Text;

namespace SupplierRestrictions.Analyzers.Matching;

/// <summary>The matcher's generated data files, embedded in the analyzer (never read from disk).</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("SupplierRestrictions.Analyzers.Matching.Data." + name)
            ?? throw new InvalidDataException($"The analyzer is missing its embedded data file {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            yield return line;
        }
    }

    /// <summary>Sorted words, each line the length of the prefix it shares with the previous word (one digit), then the rest.</summary>
    public static IEnumerable<string> FrontCodedWords(string name)
    {
        string previous = string.Empty;
        foreach (string line in Lines(name))
        {
            string word = previous.Substring(0, line[0] - '0') + line.Substring(1);
            yield return word;
            previous = word;
        }
    }
}
