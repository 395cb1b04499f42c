using Spectre.Console;

namespace SupplierRestrictions.RestrictedList.Output;

/// <summary>What a piece of output means, so the terminal can colour it; plain output ignores it.</summary>
public enum Tone
{
    Normal,
    Strong,
    Muted,
    Good,
    Warn,
    Bad,
    Info,
}

internal static class Tones
{
    public static Style Style(Tone tone) => tone switch
    {
        Tone.Strong => new Style(decoration: Decoration.Bold),
        Tone.Muted => new Style(Color.Grey),
        Tone.Good => new Style(Color.Green),
        Tone.Warn => new Style(Color.Yellow),
        Tone.Bad => new Style(Color.Red, decoration: Decoration.Bold),
        Tone.Info => new Style(Color.Aqua),
        _ => Spectre.Console.Style.Plain,
    };
}
