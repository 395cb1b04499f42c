using System;
using System.IO;
using System.Linq;

namespace SupplierRestrictions.Hosting;

/// <summary>
/// The running SDK's targeting packs (<c>&lt;dotnet root&gt;/packs/&lt;pack&gt;/&lt;version&gt;/ref/&lt;tfm&gt;</c>): reference
/// assemblies that are always on the machine, so compiling C# in memory needs no download.
/// </summary>
public static class ReferencePacks
{
    public const string NetCore = "Microsoft.NETCore.App.Ref";

    /// <summary>The folder that holds the installed packs of the running .NET (<c>&lt;dotnet root&gt;/packs</c>).</summary>
    public static string PacksFolder()
    {
        string runtimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeFolder, "..", "..", ".."));
        return Path.Combine(dotnetRoot, "packs");
    }

    /// <summary>
    /// The ref folder of the newest installed version of <paramref name="pack"/>; with <paramref name="major"/>,
    /// the newest version of that major whose <c>ref/net{major}.0</c> exists.
    /// </summary>
    public static string RefFolder(string pack = NetCore, int? major = null)
    {
        string packFolder = Path.Combine(PacksFolder(), pack);
        var versions = Directory.GetDirectories(packFolder)
            .Select(dir => (Dir: dir, Version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : new Version(0, 0)))
            .OrderByDescending(x => x.Version);
        if (major is { } wanted)
        {
            return versions
                .Where(x => x.Version.Major == wanted)
                .Select(x => Path.Combine(x.Dir, "ref", $"net{wanted}.0"))
                .First(Directory.Exists);
        }

        string newest = versions.First().Dir;
        return Directory.GetDirectories(Path.Combine(newest, "ref")).OrderBy(d => d, StringComparer.Ordinal).Last();
    }
}
