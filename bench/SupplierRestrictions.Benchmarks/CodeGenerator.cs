using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SupplierRestrictions.Benchmarks;

/// <summary>One generated source file.</summary>
internal sealed record SourceFile(string Path, string Text, int Lines);

/// <summary>
/// Writes a deterministic code base of ordinary business C#: namespaces, interfaces, enums, classes with fields,
/// properties, XML-documented methods, loops, LINQ, async methods, switch expressions, string literals of every
/// kind, interpolations and comments, with calls across files. It compiles without errors. The plants are added
/// evenly over the files; nothing else in it refers to a listed name or code.
/// </summary>
internal sealed class CodeGenerator
{
    private readonly Rng _rng;
    private readonly HashSet<string> _classNames = new(StringComparer.Ordinal);
    private readonly List<string> _qualifiedClasses = new();

    private CodeGenerator(ulong seed) => _rng = new Rng(seed);

    /// <summary>About <paramref name="targetLines"/> lines of code, plus the plants.</summary>
    public static IReadOnlyList<SourceFile> Generate(int targetLines, IReadOnlyList<Plant> plants, ulong seed = 20261128)
    {
        var generator = new CodeGenerator(seed);
        var models = new List<FileModel>();
        int lines = 0;
        while (lines < targetLines)
        {
            var model = generator.NextFile(models.Count);
            models.Add(model);
            lines += model.EstimatedLines;
        }

        if (models.Count < plants.Count)
        {
            throw new InvalidOperationException($"{targetLines} lines make {models.Count} files, too few to hold {plants.Count} plants one per file");
        }

        for (int i = 0; i < plants.Count; i++)
        {
            int fileIndex = (int)((long)(i + 1) * models.Count / (plants.Count + 1));
            models[fileIndex].Members.Insert(models[fileIndex].Members.Count / 2, plants[i].Member);
        }

        return models.Select(Render).ToList();
    }

    private FileModel NextFile(int index)
    {
        string area = Vocabulary.Areas[(index / 24) % Vocabulary.Areas.Length];
        string module = Vocabulary.Nouns[(index / 24 / Vocabulary.Areas.Length + index / 24) % Vocabulary.Nouns.Length];
        string ns = $"Contoso.{area}.{module}s";
        if (index >= 24 * Vocabulary.Areas.Length)
        {
            ns += (index / (24 * Vocabulary.Areas.Length)).ToString(CultureInfo.InvariantCulture);
        }

        string className = UniqueClassName();
        var model = new FileModel(ns, className)
        {
            HasInterface = _rng.Chance(30),
            HasEnum = _rng.Chance(30),
        };

        // Members every class has: generated names must not repeat them.
        var names = new HashSet<string>(StringComparer.Ordinal) { "Describe", "Name", "Weight", "DefaultRegion", "MaxAttempts", "KnownKeys", className };
        model.Members.Add(Fields(className));
        model.Members.Add(Constructor(className));
        model.Members.Add(Properties(names));
        model.Members.Add(Describe());
        if (model.HasEnum)
        {
            model.Members.Add(EnumSwitch(className, names));
        }

        int methods = _rng.Next(8, 22);
        for (int i = 0; i < methods; i++)
        {
            model.Members.Add(Method(names));
        }

        if (_rng.Chance(25))
        {
            model.Members.Add(NestedRecord(names));
        }

        model.EstimatedLines = 20 + model.Members.Sum(m => m.Count(c => c == '\n') + 2) + (model.HasEnum ? 10 : 0) + (model.HasInterface ? 10 : 0);
        _qualifiedClasses.Add($"{ns}.{className}");
        return model;
    }

    private static SourceFile Render(FileModel model)
    {
        var w = new CodeWriter();
        w.Line($"// <copyright file=\"{model.ClassName}.cs\" company=\"Contoso\">");
        w.Line("// Copyright (c) Contoso. All rights reserved.");
        w.Line("// </copyright>");
        w.Line();
        foreach (string ns in new[] { "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks" })
        {
            w.Line($"using {ns};");
        }

        w.Line();
        w.Open($"namespace {model.Namespace}");
        if (model.HasEnum)
        {
            w.Line($"/// <summary>The states a {Words(model.ClassName)} goes through.</summary>");
            w.Open($"public enum {model.ClassName}Status");
            w.Line("Unknown = 0,");
            w.Line("Pending = 1,");
            w.Line("Active = 2,");
            w.Line("Suspended = 3,");
            w.Line("Closed = 4,");
            w.Close();
            w.Line();
        }

        if (model.HasInterface)
        {
            w.Line($"/// <summary>The public surface of <see cref=\"{model.ClassName}\"/>.</summary>");
            w.Open($"public interface I{model.ClassName}");
            w.Line("string Name { get; }");
            w.Line();
            w.Line("int Weight { get; }");
            w.Line();
            w.Line("string Describe();");
            w.Close();
            w.Line();
        }

        w.Line("/// <summary>");
        w.Line($"/// Handles {Words(model.ClassName)} work for the {model.Namespace.Split('.')[1].ToLowerInvariant()} module.");
        w.Line("/// </summary>");
        w.Open($"public sealed class {model.ClassName}{(model.HasInterface ? " : I" + model.ClassName : string.Empty)}");
        for (int i = 0; i < model.Members.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            w.Block(model.Members[i]);
        }

        w.Close();
        w.Close();
        string path = $"/bench/code/{model.Namespace.Replace('.', '/')}/{model.ClassName}.cs";
        return new SourceFile(path, w.ToString(), w.Lines);
    }

    private string UniqueClassName()
    {
        while (true)
        {
            string name = _rng.Chance(40)
                ? _rng.Pick(Vocabulary.Adjectives) + _rng.Pick(Vocabulary.Nouns) + _rng.Pick(Vocabulary.Suffixes)
                : _rng.Pick(Vocabulary.Nouns) + _rng.Pick(Vocabulary.Nouns) + _rng.Pick(Vocabulary.Suffixes);
            if (_classNames.Count > 20000)
            {
                name += _classNames.Count.ToString(CultureInfo.InvariantCulture);
            }

            if (_classNames.Add(name))
            {
                return name;
            }
        }
    }

    private string Unique(HashSet<string> names, string name)
    {
        string candidate = name;
        for (int i = 2; !names.Add(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private string Fields(string className) => $$"""
        private const string DefaultRegion = "{{_rng.Pick(new[] { "eu-west", "us-east", "ap-south", "sa-east", "eu-central" })}}";
        private const int MaxAttempts = {{_rng.Next(2, 9)}};
        private static readonly string[] KnownKeys = { "{{Key()}}", "{{Key()}}", "{{Key()}}" };
        private readonly Dictionary<string, int> _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> _log = new List<string>();
        private int _version;
        """;

    private string Constructor(string className) => $$"""
        /// <summary>
        /// Initializes a new instance of the <see cref="{{className}}"/> class.
        /// </summary>
        public {{className}}()
        {
            Name = "{{Words(className)}}";
            Weight = {{_rng.Next(1, 500)}};
            _version = {{_rng.Next(1, 40)}};
        }
        """;

    private string Properties(HashSet<string> names)
    {
        var lines = new List<string>
        {
            "/// <summary>Gets the display name.</summary>",
            "public string Name { get; }",
            string.Empty,
            "/// <summary>Gets the relative weight used when ordering work.</summary>",
            "public int Weight { get; }",
        };
        int count = _rng.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            string type = _rng.Pick(new[] { "int", "string", "bool", "decimal", "DateTime", "TimeSpan", "List<string>" });
            string name = Unique(names, _rng.Pick(Vocabulary.Adjectives) + _rng.Pick(Vocabulary.Nouns));
            string initializer = type switch
            {
                "string" => $" = \"{Message()}\";",
                "List<string>" => " = new List<string>();",
                "TimeSpan" => $" = TimeSpan.FromSeconds({_rng.Next(1, 3600)});",
                _ => string.Empty,
            };
            lines.Add(string.Empty);
            lines.Add($"/// <summary>Gets or sets the {Words(name)}.</summary>");
            lines.Add($"public {type} {name} {{ get; set; }}{initializer}");
        }

        return string.Join("\n", lines);
    }

    private static string Describe() => """
        /// <summary>Describes this instance for logs.</summary>
        /// <returns>A short description.</returns>
        public string Describe() => $"{Name} v{_version} ({_counts.Count} counters, {_log.Count} log lines)";
        """;

    private string EnumSwitch(string className, HashSet<string> names)
    {
        string method = Unique(names, "Describe" + _rng.Pick(Vocabulary.Nouns) + "Status");
        return $$"""
            /// <summary>Describes a status for operators.</summary>
            /// <param name="status">The status.</param>
            /// <returns>The text shown on the dashboard.</returns>
            public string {{method}}({{className}}Status status) => status switch
            {
                {{className}}Status.Pending => "{{Message()}}",
                {{className}}Status.Active => "{{Message()}}",
                {{className}}Status.Suspended => "{{Message()}}",
                {{className}}Status.Closed => "{{Message()}}",
                _ => $"Unknown status {status} in {DefaultRegion}",
            };
            """;
    }

    private string NestedRecord(HashSet<string> names)
    {
        string noun = _rng.Pick(Vocabulary.Nouns);
        string record = Unique(names, noun + "Snapshot");
        string method = Unique(names, "Take" + record);
        return $$"""
            /// <summary>An immutable view of one {{noun.ToLowerInvariant()}}.</summary>
            public sealed record {{record}}(string Id, int Count, DateTime TakenAt);

            /// <summary>Takes a snapshot for auditing.</summary>
            public {{record}} {{method}}(string id)
            {
                int count = _counts.TryGetValue(id, out int value) ? value : 0;
                return new {{record}}(id, count, DateTime.UtcNow);
            }
            """;
    }

    private string Method(HashSet<string> names)
    {
        string noun = _rng.Pick(Vocabulary.Nouns);
        string noun2 = _rng.Pick(Vocabulary.Nouns);
        switch (_rng.Next(11))
        {
            case 0:
                return $$"""
                    /// <summary>Computes the {{Words(noun + noun2)}} checksum for the given key.</summary>
                    /// <param name="count">How many rounds to mix.</param>
                    /// <param name="key">The {{noun.ToLowerInvariant()}} key.</param>
                    /// <returns>The checksum.</returns>
                    public int {{Unique(names, "Compute" + noun + noun2)}}(int count, string key)
                    {
                        if (count < 0)
                        {
                            throw new ArgumentOutOfRangeException(nameof(count), "{{Message()}}");
                        }

                        int total = {{_rng.Next(1, 1000)}};
                        for (int i = 0; i < count; i++)
                        {
                            // Mix the key length into the running total.
                            total = unchecked((total * {{_rng.Next(3, 97)}}) + key.Length + i);
                        }

                        return total % {{_rng.Next(100, 10000)}};
                    }
                    """;
            case 1:
                return $$"""
                    /// <summary>Formats {{Words(noun)}} items for the {{Words(noun2)}} report.</summary>
                    public string {{Unique(names, "Format" + noun + noun2)}}(IReadOnlyList<string> items)
                    {
                        var builder = new StringBuilder();
                        builder.Append("{{Message()}}");
                        foreach (var item in items)
                        {
                            builder.Append($"{item}: {item.Length} chars; ");
                        }

                        builder.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0} items in {1}", items.Count, "{{Words(noun2)}}"));
                        return builder.ToString();
                    }
                    """;
            case 2:
                return $$"""
                    /// <summary>Returns the distinct {{Words(noun)}} keys that are long enough, normalized.</summary>
                    public List<string> {{Unique(names, "Filter" + noun + "Keys")}}(IEnumerable<string> source, int minLength)
                    {
                        return source
                            .Where(s => !string.IsNullOrWhiteSpace(s) && s.Length >= minLength)
                            .Select(s => s.Trim().ToUpperInvariant())
                            .Where(s => !s.StartsWith("{{Key()}}", StringComparison.Ordinal))
                            .OrderBy(s => s, StringComparer.Ordinal)
                            .Distinct()
                            .ToList();
                    }
                    """;
            case 3:
                return $$"""
                    /// <summary>Maps a numeric {{Words(noun)}} code to its label.</summary>
                    public string {{Unique(names, "Describe" + noun + "Code")}}(int code)
                    {
                        switch (code)
                        {
                            case 0:
                                return "{{Message()}}";
                            case 1:
                                return "{{Message()}}";
                            case 2:
                                return "{{Message()}}";
                            default:
                                return $"Unknown {{noun.ToLowerInvariant()}} code {code} ({DefaultRegion})";
                        }
                    }
                    """;
            case 4:
                return $$"""
                    /// <summary>Records an amount against a {{Words(noun)}} key.</summary>
                    public void {{Unique(names, "Record" + noun + noun2)}}(string key, int amount)
                    {
                        if (_counts.TryGetValue(key, out int existing))
                        {
                            _counts[key] = existing + amount;
                        }
                        else
                        {
                            _counts.Add(key, amount);
                        }

                        _version++;
                        _log.Add($"Recorded {amount} for {key} at {DateTime.UtcNow:O}");
                    }
                    """;
            case 5:
                return $$"""
                    /// <summary>Loads the {{Words(noun)}} score from the remote store.</summary>
                    public async Task<int> {{Unique(names, "Load" + noun + noun2 + "Async")}}(string id, CancellationToken cancellationToken)
                    {
                        await Task.Yield();
                        cancellationToken.ThrowIfCancellationRequested();
                        var url = "{{Url(noun)}}" + Uri.EscapeDataString(id);
                        var parts = id.Split(new[] { '-', '_', '/' }, StringSplitOptions.RemoveEmptyEntries);
                        int score = url.Length;
                        foreach (var part in parts)
                        {
                            score += part.Length * {{_rng.Next(2, 50)}};
                        }

                        return score;
                    }
                    """;
            case 6:
                return $$"""
                    /// <summary>Tries to parse a {{Words(noun)}} amount.</summary>
                    public bool {{Unique(names, "TryParse" + noun + noun2)}}(string text, out decimal value)
                    {
                        try
                        {
                            value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
                            return value >= {{_rng.Next(0, 100)}}m;
                        }
                        catch (FormatException ex)
                        {
                            _log.Add("{{Message()}} " + ex.Message);
                            value = 0m;
                            return false;
                        }
                    }
                    """;
            case 7:
                return $$"""
                    /// <summary>Finds the smallest and largest {{Words(noun)}} values.</summary>
                    public (int Min, int Max) {{Unique(names, "Range" + noun + noun2)}}(int[] values)
                    {
                        if (values.Length == 0)
                        {
                            return (0, 0);
                        }

                        int min = int.MaxValue;
                        int max = int.MinValue;
                        foreach (var v in values)
                        {
                            Update(v);
                        }

                        return (min, max);

                        void Update(int v)
                        {
                            if (v < min)
                            {
                                min = v;
                            }

                            if (v > max)
                            {
                                max = v;
                            }
                        }
                    }
                    """;
            case 8 when _qualifiedClasses.Count > 0:
                string dependency = _rng.Pick(_qualifiedClasses);
                return $$"""
                    /// <summary>Combines this {{Words(noun)}} with a dependency's description.</summary>
                    public string {{Unique(names, "Combine" + noun + noun2)}}()
                    {
                        var dependency = new global::{{dependency}}();
                        var text = dependency.Describe();
                        return text.Length > MaxAttempts ? text + "/" + Name : Name;
                    }
                    """;
            case 9:
                return $$"""
                    /// <summary>Builds the query that selects {{Words(noun)}} rows.</summary>
                    public string {{Unique(names, "Build" + noun + "Query")}}(int tenantId, bool includeArchived)
                    {
                        var sql = @"SELECT id, name, status, updated_at
                            FROM {{noun.ToLowerInvariant()}}s
                            WHERE tenant_id = @tenantId";
                        if (!includeArchived)
                        {
                            sql += " AND archived = 0";
                        }

                        /* The region is part of the cache key. */
                        return $"{sql} -- tenant {tenantId} in {DefaultRegion}";
                    }
                    """;
            default:
                return $$"""
                    /// <summary>Retries a {{Words(noun)}} operation a bounded number of times.</summary>
                    public bool {{Unique(names, "Retry" + noun + noun2)}}(Func<int, bool> attempt)
                    {
                        for (int i = 1; i <= MaxAttempts; i++)
                        {
                            if (attempt(i))
                            {
                                _log.Add($"Attempt {i} of {MaxAttempts} succeeded");
                                return true;
                            }

                            _log.Add(string.Concat("{{Message()}}", " (attempt ", i.ToString(CultureInfo.InvariantCulture), ")"));
                        }

                        return false;
                    }
                    """;
        }
    }

    private string Message() => $"{_rng.Pick(Vocabulary.Nouns)} {_rng.Pick(Vocabulary.Sentences)}.";

    private string Key() => $"{_rng.Pick(Vocabulary.Areas).ToLowerInvariant()}.{_rng.Pick(Vocabulary.Nouns).ToLowerInvariant()}.{_rng.Pick(Vocabulary.Adjectives).ToLowerInvariant()}";

    private string Url(string noun) => $"{_rng.Pick(Vocabulary.Hosts)}{noun.ToLowerInvariant()}s/";

    /// <summary>"OrderInvoiceService" → "order invoice service".</summary>
    private static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private sealed class FileModel
    {
        public FileModel(string ns, string className)
        {
            Namespace = ns;
            ClassName = className;
        }

        public string Namespace { get; }

        public string ClassName { get; }

        public bool HasInterface { get; init; }

        public bool HasEnum { get; init; }

        public List<string> Members { get; } = new();

        public int EstimatedLines { get; set; }
    }
}
