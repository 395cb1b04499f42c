using System;
using System.IO;
using Spectre.Console;
using SupplierRestrictions.Analyzers.Lists;

namespace SupplierRestrictions.RestrictedList.Output;

/// <summary>
/// Where a command writes and what it knows of its surroundings. The real console in <see cref="Program"/>,
/// string writers in tests, so every command runs in-process and fast.
/// </summary>
public sealed class CliConsole
{
    private IAnsiConsole? _ansiOut;
    private IAnsiConsole? _ansiError;

    public CliConsole(TextWriter output, TextWriter error, string currentDirectory, Day today, bool rich = false, bool errorIsTerminal = false, int? width = null)
    {
        Out = output;
        Error = error;
        CurrentDirectory = Path.GetFullPath(currentDirectory);
        Today = today;
        Rich = rich;
        ErrorIsTerminal = errorIsTerminal;
        Width = width;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Relative paths of the command line are resolved against this folder, and shown relative to it.</summary>
    public string CurrentDirectory { get; }

    /// <summary>The default evaluation date: today's UTC date.</summary>
    public Day Today { get; }

    /// <summary>True when standard output is a terminal: colour and bordered tables. False when piped or redirected: plain aligned text.</summary>
    public bool Rich { get; }

    /// <summary>True when standard error is a terminal: progress lines are shown there.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Width for rich output; null: the terminal's.</summary>
    public int? Width { get; }

    public IAnsiConsole AnsiOut => _ansiOut ??= CreateAnsi(Out, Rich);

    public IAnsiConsole AnsiError => _ansiError ??= CreateAnsi(Error, ErrorIsTerminal);

    public static CliConsole FromSystemConsole()
    {
        bool outTerminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        bool errorTerminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        return new CliConsole(Console.Out, Console.Error, Environment.CurrentDirectory, Day.FromDateTime(DateTime.UtcNow), outTerminal, errorTerminal);
    }

    public string Resolve(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>A path as users read it: relative to the current folder when inside it, with '/' separators.</summary>
    public string Display(string fullPath)
    {
        string relative = Path.GetRelativePath(CurrentDirectory, fullPath);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    public void WriteLine(string text = "") => Out.WriteLine(text);

    /// <summary>A line on standard output, coloured when rich.</summary>
    public void WriteLine(string text, Tone tone)
    {
        if (Rich && tone != Tone.Normal)
        {
            AnsiOut.Write(new Text(text, Tones.Style(tone)));
            AnsiOut.WriteLine();
        }
        else
        {
            Out.WriteLine(text);
        }
    }

    /// <summary>"error: …" on standard error.</summary>
    public void WriteError(string message) => WritePrefixed("error", Tone.Bad, message);

    public void WriteWarning(string message) => WritePrefixed("warning", Tone.Warn, message);

    /// <summary>A note on standard error (summaries that must not mix with data written to standard output).</summary>
    public void WriteNote(string message) => Error.WriteLine(message);

    private void WritePrefixed(string prefix, Tone tone, string message)
    {
        if (ErrorIsTerminal)
        {
            AnsiError.Write(new Text(prefix + ":", Tones.Style(tone)));
            AnsiError.Write(new Text(" " + message));
            AnsiError.WriteLine();
        }
        else
        {
            Error.WriteLine($"{prefix}: {message}");
        }
    }

    private IAnsiConsole CreateAnsi(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (Width is { } width)
        {
            console.Profile.Width = width;
        }

        return console;
    }
}
