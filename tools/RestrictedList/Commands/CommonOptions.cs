using System.CommandLine;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.RestrictedList.Commands;

/// <summary>Options and arguments shared by several commands, and reading their values.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> ListFiles() => new("FILE")
    {
        Description = "List files to read and merge (a folder stands for the restricted-list.json and *.restricted-list.json in it). Default: ./restricted-list.json",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<string?> Date(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
    };

    /// <summary>A calendar day from an option: YYYY-MM-DD, or "today"; today's UTC date when absent.</summary>
    /// <exception cref="UsageException">Not a calendar day written YYYY-MM-DD.</exception>
    public static Day ParseDay(string? text, string optionName, Output.CliConsole console)
    {
        if (text is null || text.Trim().Equals("today", System.StringComparison.OrdinalIgnoreCase))
        {
            return console.Today;
        }

        if (!Day.TryParse(text.Trim(), out var day))
        {
            throw new UsageException($"{optionName} '{text}' is not a calendar day written YYYY-MM-DD");
        }

        return day;
    }
}
