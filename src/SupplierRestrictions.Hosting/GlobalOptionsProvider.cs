using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SupplierRestrictions.Hosting;

/// <summary>
/// Global options only, as a build passes its <c>CompilerVisibleProperty</c> values (<c>build_property.*</c>);
/// no per-file options, since nothing here reads an .editorconfig.
/// </summary>
public sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
{
    public GlobalOptionsProvider(IReadOnlyDictionary<string, string> globals) => GlobalOptions = new DictionaryOptions(globals);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;
}
