using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SupplierRestrictions.Hosting;

/// <summary>Analyzer config options read from a dictionary, with the dictionary's own key comparison.</summary>
public sealed class DictionaryOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _values;

    public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

    public override IEnumerable<string> Keys => _values.Keys;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}
