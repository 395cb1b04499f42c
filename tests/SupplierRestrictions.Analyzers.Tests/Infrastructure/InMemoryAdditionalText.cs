using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SupplierRestrictions.Analyzers.Tests.Infrastructure;

/// <summary>An AdditionalFile whose SourceText instance stays the same across runs, as the IDE keeps an unchanged file's text.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
