using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SupplierRestrictions.Benchmarks;

/// <summary>One generated restriction entry (a synthetic company or material).</summary>
internal sealed class GeneratedEntry
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>The name's words without its legal form, as written (for building identifiers in plants).</summary>
    public required IReadOnlyList<string> CoreWords { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required IReadOnlyList<string> Codes { get; init; }

    public required string Listed { get; init; }

    public string? Removed { get; init; }

    public IReadOnlyList<(string From, string Until)> Suspensions { get; init; } = Array.Empty<(string, string)>();
}

/// <summary>
/// Generates restriction lists of realistic entries: multi-word company names with legal forms, aliases,
/// CAGE and internal vendor codes, materials with CAS/HS/ECCN-like codes, listings, removals and suspensions.
/// The sequence is deterministic and prefix-stable: the list of 1,000 entries starts with the list of 100.
/// Every generated list starts with all entries of the repository's own list, so references planted for the
/// root list are found with every list.
/// </summary>
internal sealed class ListGenerator
{
    /// <summary>The first generated entries, which every generated list holds, have fixed shapes so plants can name them.</summary>
    public const int PlantableEntries = 5;

    private static readonly string[] Onsets = { "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "pr", "qu", "r", "s", "sc", "st", "t", "tr", "v", "w", "z", "x" };
    private static readonly string[] Vowels = { "a", "e", "i", "o", "u", "ae", "ei", "ia", "io", "ou", "y", "a", "e", "o" };
    private static readonly string[] Codas = { "", "", "", "n", "r", "s", "x", "l", "m", "k", "th", "nd", "rt", "sk", "v" };

    private static readonly string[] Sectors =
    {
        "Aerospace", "Defense", "Electronics", "Robotics", "Avionics", "Semiconductor", "Materials", "Metals", "Minerals",
        "Chemicals", "Optics", "Dynamics", "Instruments", "Microsystems", "Aviation", "Marine", "Energy", "Telecom",
        "Networks", "Security", "Machinery", "Precision", "Composites", "Sensors", "Navigation", "Satellite", "Trading",
        "Holdings", "Research", "Technology", "Industrial", "Magnetics", "Photonics", "Cybernetics", "Propulsion",
    };

    private static readonly string[] Commons =
    {
        "Global", "Advanced", "National", "United", "Pacific", "Northern", "General", "Standard", "Premier", "Central",
        "Eastern", "Western", "Royal", "Golden", "Apex", "Summit", "First", "Allied", "Integrated", "Strategic",
    };

    private static readonly string[] LegalForms =
    {
        "Inc.", "Ltd.", "LLC", "GmbH", "AG", "Corporation", "Corp.", "Co., Ltd.", "PLC", "Limited", "Pty Ltd", "S.A.",
        "N.V.", "B.V.", "Oy", "AB", "Company", "Incorporated", "LP", "S.p.A.",
    };

    private static readonly string[] TechSuffixes = { "tek", "tronix", "dyne", "com", "lux", "via", "tron", "nautics" };

    private static readonly (string List, string Authority)[] Authorities =
    {
        ("Synthetic Entity List", "Benchmark Bureau of Industry"),
        ("Synthetic Unreliable Entity List", "Benchmark Ministry of Commerce"),
        ("Synthetic Sanctions List", "Benchmark Office of Asset Control"),
        ("Synthetic Export Control List", "Benchmark Export Agency"),
    };

    private readonly Rng _rng = new(0x5EED_2026_1128UL);
    private readonly HashSet<string> _usedWords;
    private readonly HashSet<string> _usedCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<GeneratedEntry> _entries = new();

    public ListGenerator(RootList root)
    {
        RootList = root;
        _usedWords = new HashSet<string>(
            Vocabulary.Nouns.Concat(Vocabulary.Verbs).Concat(Vocabulary.Adjectives).Concat(Vocabulary.Suffixes).Concat(Vocabulary.Areas)
                .Concat(Sectors).Concat(Commons).Concat(root.Words),
            StringComparer.OrdinalIgnoreCase);
        foreach (string code in root.Codes)
        {
            _usedCodes.Add(code);
        }
    }

    public RootList RootList { get; }

    /// <summary>The first <paramref name="count"/> generated entries (generated on demand, deterministically).</summary>
    public IReadOnlyList<GeneratedEntry> Entries(int count)
    {
        while (_entries.Count < count)
        {
            _entries.Add(Next(_entries.Count));
        }

        return _entries.Take(count).ToList();
    }

    /// <summary>A list file of <paramref name="totalEntries"/> entries: the root list's entries, then generated ones.</summary>
    public string ListJson(int totalEntries)
    {
        int generated = totalEntries - RootList.EntryCount;
        if (generated < PlantableEntries)
        {
            throw new ArgumentOutOfRangeException(nameof(totalEntries), $"a generated list needs more than {RootList.EntryCount + PlantableEntries} entries");
        }

        var entries = Entries(generated);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "./restricted-list.schema.json");
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartArray("entries");
            foreach (var element in RootList.EntryElements)
            {
                element.WriteTo(json);
            }

            foreach (var entry in entries)
            {
                WriteEntry(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// A BannedSymbols.txt of <paramref name="count"/> lines for BannedApiAnalyzers: types, members, properties, fields
    /// and namespaces of vendor SDKs that the code does not use, plus one real API the code does use
    /// (<c>Thread.Sleep</c>, planted a known number of times).
    /// </summary>
    public static string BannedSymbols(int count)
    {
        var rng = new Rng(0xBA77_ED00UL);
        var text = new StringBuilder();
        text.Append("M:System.Threading.Thread.Sleep(System.Int32);Use Task.Delay: blocking threads is banned\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < count;)
        {
            int vendor = i / 4;
            string noun = rng.Pick(Vocabulary.Nouns);
            string type = $"Vendor{vendor}.Sdk.{noun}Client";
            int kind = rng.Next(100);
            string line = kind switch
            {
                < 40 => $"T:{type};Vendor {vendor} SDK is not approved",
                < 80 => $"M:{type}.{rng.Pick(Vocabulary.Verbs)}{noun}(System.String,System.Int32);Vendor {vendor} API is banned",
                < 90 => $"P:{type}.{rng.Pick(Vocabulary.Adjectives)}{noun}Count;Vendor {vendor} property is banned",
                < 95 => $"F:{type}.Default{noun};Vendor {vendor} field is banned",
                _ => $"N:Vendor{vendor}.Internal{noun};Vendor {vendor} internals are banned",
            };
            if (seen.Add(line.Split(';')[0]))
            {
                text.Append(line).Append('\n');
                i++;
            }
        }

        return text.ToString();
    }

    private static void WriteEntry(Utf8JsonWriter json, GeneratedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("kind", entry.Kind);
        json.WriteString("name", entry.Name);
        WriteArray(json, "aliases", entry.Aliases);
        WriteArray(json, "codes", entry.Codes);
        int authority = (int)(Rng.Seed(entry.Id) % (ulong)Authorities.Length);
        json.WriteString("list", Authorities[authority].List);
        json.WriteString("authority", Authorities[authority].Authority);
        json.WriteString("reference", $"Synthetic notice {entry.Id.Substring(entry.Id.Length - 4)} of {entry.Listed.Substring(0, 4)}");
        json.WriteString("reason", entry.Kind == "vendor" ? "synthetic entry: supplier of controlled items" : "synthetic entry: controlled material");
        json.WriteString("listed", entry.Listed);
        if (entry.Removed is not null)
        {
            json.WriteString("removed", entry.Removed);
        }

        if (entry.Suspensions.Count > 0)
        {
            json.WriteStartArray("suspensions");
            foreach (var (from, until) in entry.Suspensions)
            {
                json.WriteStartObject();
                json.WriteString("from", from);
                json.WriteString("until", until);
                json.WriteString("reference", "synthetic suspension notice");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private GeneratedEntry Next(int index)
    {
        string id = $"SYN-{index / 1000:D3}-{index % 1000:D3}";
        // The plantable entries have fixed shapes: 0 a plain company, 1 one with an alias, 2 a material with a CAS number,
        // 3 a company whose name starts with a common word, 4 a company with a CAGE code.
        int shape = index < PlantableEntries ? index : _rng.Next(100);
        bool material = index == 2 || (index >= PlantableEntries && shape < 10);
        string listed = Date(2019, 2025);
        string? removed = null;
        var suspensions = new List<(string, string)>();
        if (index >= PlantableEntries)
        {
            if (_rng.Chance(10))
            {
                removed = Date(2025, 2026);
                if (string.CompareOrdinal(removed, listed) <= 0)
                {
                    removed = null;
                }
            }
            else if (_rng.Chance(15))
            {
                suspensions.Add(("2025-05-14", "2025-08-11"));
                if (_rng.Chance(40))
                {
                    suspensions.Add(("2025-08-12", "2026-11-09"));
                }
            }
        }

        return material ? Material(id, listed, removed, suspensions, index) : Vendor(id, listed, removed, suspensions, index, shape);
    }

    private GeneratedEntry Vendor(string id, string listed, string? removed, List<(string, string)> suspensions, int index, int shape)
    {
        string p = Pseudo();
        var core = new List<string>();
        string legal = index < PlantableEntries ? (index % 2 == 0 ? "Inc." : "Ltd.") : _rng.Pick(LegalForms);
        if (index == 0 || index == 1 || index == 4 || (index >= PlantableEntries && shape < 45))
        {
            core.AddRange(new[] { p, _rng.Pick(Sectors) });
        }
        else if (index == 3 || shape < 60)
        {
            core.AddRange(new[] { _rng.Pick(Commons), p, _rng.Pick(Sectors) });
        }
        else if (shape < 75)
        {
            core.AddRange(new[] { p, _rng.Pick(Sectors), _rng.Pick(Sectors) });
        }
        else if (shape < 85)
        {
            core.Add(p + _rng.Pick(TechSuffixes));
        }
        else if (shape < 93)
        {
            core.AddRange(new[] { p, "&", Pseudo() });
        }
        else
        {
            legal = string.Empty;
            core.AddRange(new[] { p, _rng.Pick(Sectors) });
        }

        string name = legal.Length == 0 ? string.Join(" ", core) : string.Join(" ", core) + " " + legal;
        var aliases = new List<string>();
        int aliasKind = index == 1 ? 0 : index < PlantableEntries ? 99 : _rng.Next(100);
        if (aliasKind < 30)
        {
            aliases.Add(p);
        }
        else if (aliasKind < 45)
        {
            aliases.Add(p + " Group");
        }

        var codes = new List<string>();
        if (index == 4 || (index >= PlantableEntries && _rng.Chance(60)))
        {
            codes.Add(UniqueCode(() => "CAGE " + new string(new[] { _rng.Digit(), _rng.UpperOrDigit(), _rng.UpperOrDigit(), _rng.UpperOrDigit(), _rng.Digit() })));
        }

        if (index >= PlantableEntries && _rng.Chance(20))
        {
            codes.Add(UniqueCode(() => "VND-" + _rng.Next(100000, 999999)));
        }

        return new GeneratedEntry
        {
            Id = id, Kind = "vendor", Name = name, CoreWords = core.Where(w => w != "&").ToArray(), Aliases = aliases, Codes = codes,
            Listed = listed, Removed = removed, Suspensions = suspensions,
        };
    }

    private GeneratedEntry Material(string id, string listed, string? removed, List<(string, string)> suspensions, int index)
    {
        string p = Pseudo();
        string name = _rng.Chance(60) || index == 2 ? p + "ium" : p + "ite " + _rng.Pick(new[] { "Oxide", "Concentrate", "Alloy", "Powder" });
        var codes = new List<string>
        {
            UniqueCode(() => $"{_rng.Next(1000, 999999)}-{_rng.Next(10, 99)}-{_rng.Digit()}"),
        };
        if (_rng.Chance(50))
        {
            codes.Add(UniqueCode(() => $"28{_rng.Next(10, 99)}{_rng.Next(100000, 999999)}"));
        }

        if (_rng.Chance(30))
        {
            codes.Add(UniqueCode(() => $"{_rng.Digit()}{(char)('A' + _rng.Next(5))}{_rng.Next(100, 1000)}"));
        }

        return new GeneratedEntry
        {
            Id = id, Kind = "material", Name = name, CoreWords = name.Split(' '), Aliases = Array.Empty<string>(), Codes = codes,
            Listed = listed, Removed = removed, Suspensions = suspensions,
        };
    }

    private string UniqueCode(Func<string> make)
    {
        while (true)
        {
            string code = make();
            if (_usedCodes.Add(code))
            {
                return code;
            }
        }
    }

    /// <summary>A made-up, pronounceable word that is in no vocabulary and no other entry: the name's distinctive part.</summary>
    private string Pseudo()
    {
        while (true)
        {
            int syllables = _rng.Chance(55) ? 2 : 3;
            var word = new StringBuilder();
            for (int i = 0; i < syllables; i++)
            {
                word.Append(_rng.Pick(Onsets)).Append(_rng.Pick(Vowels)).Append(_rng.Pick(Codas));
            }

            string text = Rng.Pascal(word.ToString());
            if (text.Length >= 5 && _usedWords.Add(text))
            {
                return text;
            }
        }
    }

    private string Date(int fromYear, int toYear)
    {
        int year = _rng.Next(fromYear, toYear + 1);
        int month = _rng.Next(1, 13);
        if (year == 2026 && month > 10)
        {
            month = 10;
        }

        return $"{year:D4}-{month:D2}-{_rng.Next(1, 29):D2}";
    }
}

/// <summary>The repository's own list, read once: its entries as JSON (copied into generated lists), its words and codes.</summary>
internal sealed class RootList
{
    private RootList(string path, string text, IReadOnlyList<JsonElement> entryElements, IReadOnlyList<string> words, IReadOnlyList<string> codes)
    {
        Path = path;
        Text = text;
        EntryElements = entryElements;
        Words = words;
        Codes = codes;
    }

    public string Path { get; }

    public string Text { get; }

    public IReadOnlyList<JsonElement> EntryElements { get; }

    public int EntryCount => EntryElements.Count;

    /// <summary>Every word of every name and alias, so generated names never reuse one.</summary>
    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Codes { get; }

    public static RootList Load(string path)
    {
        string text = File.ReadAllText(path);
        var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var entries = document.RootElement.GetProperty("entries").EnumerateArray().ToArray();
        var words = new List<string>();
        var codes = new List<string>();
        foreach (var entry in entries)
        {
            var names = new List<string> { entry.GetProperty("name").GetString()! };
            if (entry.TryGetProperty("aliases", out var aliases))
            {
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
            }

            foreach (string name in names)
            {
                words.AddRange(name.Split(new[] { ' ', ',', '.', '&', '-' }, StringSplitOptions.RemoveEmptyEntries));
            }

            if (entry.TryGetProperty("codes", out var entryCodes))
            {
                codes.AddRange(entryCodes.EnumerateArray().Select(c => c.GetString()!));
            }
        }

        return new RootList(path, text, entries, words, codes);
    }
}
