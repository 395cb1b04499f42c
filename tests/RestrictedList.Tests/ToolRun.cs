using System;
using System.IO;
using SupplierRestrictions.Analyzers.Lists;
using SupplierRestrictions.RestrictedList.Output;

namespace SupplierRestrictions.RestrictedList.Tests;

/// <summary>What one in-process run of the tool printed and returned.</summary>
public sealed record RunResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// A scratch folder and the tool's entry point, called in-process with captured output and a fixed "today"
/// (2026-11-28), so tests are fast, parallel and independent of the clock and of the process's current folder.
/// </summary>
public sealed class ToolRun : IDisposable
{
    public static readonly Day Today = ParseDay("2026-11-28");

    public ToolRun()
    {
        Folder = Path.Combine(Path.GetTempPath(), "restricted-list-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static Day ParseDay(string text) => Day.TryParse(text, out var day) ? day : throw new ArgumentException(text);

    /// <summary>Writes a file under the scratch folder and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        string path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies a file of Samples/ into the scratch folder.</summary>
    public string CopySample(string sample, string? relativePath = null)
    {
        string path = Path.Combine(Folder, relativePath ?? Path.GetFileName(sample));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Path.Combine(SamplesFolder, sample), path, overwrite: true);
        return path;
    }

    /// <summary>The repository's real list, as ./restricted-list.json of the scratch folder.</summary>
    public string CopyRootList(string relativePath = "restricted-list.json") => CopySample(Path.Combine("root", "restricted-list.json"), relativePath);

    public RunResult Run(params string[] args) => RunIn(rich: false, args);

    /// <summary>As on a terminal: Spectre tables and colour.</summary>
    public RunResult RunRich(params string[] args) => RunIn(rich: true, args);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Folder, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private RunResult RunIn(bool rich, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, Folder, Today, rich: rich, errorIsTerminal: false, width: 200);
        int exitCode = Cli.RunAsync(args, console).GetAwaiter().GetResult();
        return new RunResult(exitCode, output.ToString(), error.ToString());
    }
}
