using System.Globalization;
using System.Text;
using CsCheck;
using SupplierRestrictions.Analyzers.Tests.Infrastructure;

namespace SupplierRestrictions.Analyzers.Tests.Reliability;

/// <summary>
/// Generators of list files: structured lists whose every field may be valid, wrong-typed, out of range or
/// misspelt; random JSON; raw junk; and mutations of the repository's real list (and of generated lists):
/// truncation, deleted and duplicated spans, swapped values, invalid dates, huge numbers, odd Unicode including
/// lone surrogates, BOMs, deep nesting, duplicate keys, other line endings, comments and trailing commas.
/// </summary>
internal static class ListGenerators
{
    public static readonly string[] OddText =
    {
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFEFF", "\u0000", "\u0001", "\u001F", "\u007F", "\u200B", "\u200D", "\u202E", "\uFFFF", "\uFFFE",
        "\u2028", "\u2029", "\u0085", "\u00A0", "e\u0301", "\u0130", "\u00DF", "\u01C5", "\uFB01", "\U0001D40A", "\U0001F600", "\u4E2D\u6587",
        "\u0627\u0644", "\u0416", "&", "\\", "\"", "/", "*", "//", "/*", "*/", "\r", "\n", "\r\n", "\t", "{", "}", "[", "]", ",", ":",
    };

    public static readonly string[] Dates =
    {
        "2025-04-04", "2026-11-09", "2026-11-10", "2026-11-28", "2027-01-31", "0001-01-01", "9999-12-31", "9999-12-30", "2024-02-29",
        "2025-02-29", "2025-02-30", "2025-13-01", "2025-00-10", "2025-01-00", "0000-01-01", "10000-01-01", "2025-1-1", "20250101",
        "2025/01/01", "2025-01-01T00:00:00Z", " 2025-01-01", "2025-01-01 ", "", "\uFF12\uFF10\uFF12\uFF15-01-01", "2025-\uD800-01", "yesterday",
    };

    public static readonly string[] Numbers =
    {
        "1", "0", "-0", "2", "-1", "1.0", "1e0", "1E+0", "10e-1", "1e999999", "-1e-999999", "123456789012345678901234567890",
        "9223372036854775808", "0.1", "3.14159", "1e-7",
    };

    public static readonly string[] EntryFields =
    {
        "id", "kind", "name", "aliases", "codes", "symbols", "assemblies", "list", "authority", "reference", "url", "reason",
        "listed", "removed", "suspensions", "match",
    };

    public static readonly string[] Typos = { "suspention", "Suspensions", "nmae", "ID", "aliasses", "listed ", "untill", "form", "$schema", "" };

    public static readonly string[] Names =
    {
        "Kratos Unmanned Aerial Systems, Inc.", "Shield AI", "S3 AeroDefense", "TCOM, Limited Partnership", "Cubic Corporation", "HavocAI",
        "Dysprosium", "Y", "Hudson Technologies Co.", "Huntington Ingalls Industries, Inc.", "AT&T", "Müller GmbH", "Ünïcödé Corp",
        "Inc", "Limited", "Co Ltd", "a", "42", "\u4E2D\u6587\u516C\u53F8", "Kratos\uD800UAS", "\U0001D40A\U0001D42B", "...", " ", "",
        "Name With  Many   Spaces", "ÉCOLE", "e\u0301cole", "x\u200By", "ǅemal", "İstanbul Makina",
    };

    public static readonly string[] Globs =
    {
        "src/**/*.cs", "**/*.cs", "*.cs", "Legacy/**", "src/Legacy/*.cs", "../src/*.cs", "./**/*", "**", "a/**/b/**/c/*.cs",
        "[abc].cs", "{a,b}.cs", "/abs/*.cs", "C:/x/*.cs", "src/a**b/*.cs", "***", "?", "*?*?*?*", "src\\**\\*.cs", "",
    };

    private static readonly System.Text.RegularExpressions.Regex DatePattern = new("\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly Lazy<string> RootListText = new(() => RepoFiles.RootList);

    public static string RootList => RootListText.Value;

    /// <summary>Any kind of list text, weighted towards the realistic ones.</summary>
    public static Gen<string> AnyList { get; } = Fuzz.Create(pcg => pcg.Int(100) switch
    {
        < 30 => MutateText(pcg, RootList),
        < 50 => Structured(pcg),
        < 60 => MutateText(pcg, Structured(pcg)),
        < 72 => Clean(pcg),
        < 84 => MutateText(pcg, Clean(pcg)),
        < 94 => RandomJsonDocument(pcg),
        _ => Junk(pcg),
    });

    private static readonly string[] ValidNames = Names.Where(n => n.Any(char.IsLetterOrDigit)).ToArray();

    private static readonly string[] ValidDates = Dates.Where(d => global::SupplierRestrictions.Analyzers.Lists.Day.TryParse(d, out _)).ToArray();

    /// <summary>
    /// A list with no error at all, in any layout (one entry per line, comments, trailing commas, CR line breaks):
    /// the texts on which a silently dropped entry would show, since any error makes the property hold.
    /// </summary>
    public static string Clean(PCG pcg)
    {
        var w = new JsonWriter(pcg);
        w.BeginObject();
        w.Property("schemaVersion", () => w.Value("1"));
        w.Property("entries", () =>
        {
            int count = pcg.Skewed(30);
            w.BeginArray();
            for (int i = 0; i < count; i++)
            {
                w.Item(() =>
                {
                    bool wasCompact = w.Compact;
                    w.Compact = wasCompact || pcg.Chance(40);
                    w.BeginObject();
                    w.Property("id", () => w.Value(Str($"ID-{i}")));
                    w.Property("kind", () => w.Value(Str(pcg.Chance(50) ? "vendor" : "material")));
                    w.Property("name", () => w.Value(Str(pcg.Pick(ValidNames))));
                    if (pcg.Chance(30))
                    {
                        w.Property("aliases", () => w.Value("[" + Str(pcg.Pick(ValidNames)) + "]"));
                    }

                    if (pcg.Chance(30))
                    {
                        w.Property("codes", () => w.Value("[\"7429-91-6\", \"Dy\"]"));
                    }

                    if (pcg.Chance(50))
                    {
                        w.Property("listed", () => w.Value(Str("2025-04-04")));
                    }

                    if (pcg.Chance(30))
                    {
                        w.Property("suspensions", () =>
                        {
                            string from = pcg.Pick(ValidDates), until = pcg.Pick(ValidDates);
                            if (string.CompareOrdinal(from, until) > 0)
                            {
                                (from, until) = (until, from);
                            }

                            w.Value($"[ {{ \"from\": {Str(from)}, \"until\": {Str(until)} }} ]");
                        });
                    }

                    w.EndObject();
                    w.Compact = wasCompact;
                });
            }

            w.EndArray();
        });
        w.EndObject();
        return w.ToString();
    }

    /// <summary>Smaller texts for the runs through the whole analyzer.</summary>
    public static Gen<string> AnalyzerList { get; } = Fuzz.Create(pcg => pcg.Int(100) switch
    {
        < 40 => Structured(pcg),
        < 55 => Clean(pcg),
        < 70 => MutateText(pcg, Structured(pcg)),
        < 88 => MutateText(pcg, RootList),
        _ => RandomJsonDocument(pcg),
    });

    public static string Structured(PCG pcg)
    {
        var w = new JsonWriter(pcg);
        if (pcg.Chance(5))
        {
            w.Raw("\uFEFF");
        }

        w.BeginObject();
        if (pcg.Chance(40))
        {
            w.Property("$schema", () => w.Value(pcg.Chance(90) ? "\"./restricted-list.schema.json\"" : RandomScalar(pcg)));
        }

        if (pcg.Chance(92))
        {
            w.Property("schemaVersion", () => w.Value(pcg.Chance(85) ? "1" : pcg.Chance(70) ? pcg.Pick(Numbers) : RandomScalar(pcg)));
        }

        bool hasEntries = pcg.Chance(90);
        if (hasEntries)
        {
            w.Property("entries", () =>
            {
                if (pcg.Chance(4))
                {
                    w.Value(RandomScalar(pcg));
                    return;
                }

                int count = pcg.Skewed(30);
                w.BeginArray();
                for (int i = 0; i < count; i++)
                {
                    w.Item(() => Entry(pcg, w, i));
                }

                w.EndArray();
            });
        }

        if (pcg.Chance(30) || !hasEntries)
        {
            w.Property("exemptions", () =>
            {
                int count = pcg.Skewed(5);
                w.BeginArray();
                for (int i = 0; i < count; i++)
                {
                    w.Item(() => Exemption(pcg, w));
                }

                w.EndArray();
            });
        }

        if (pcg.Chance(5))
        {
            w.Property(pcg.Pick(new[] { "entries", "schemaVersion", "extra", "Entries" }), () => w.Value(RandomJson(pcg, 3)));
        }

        w.EndObject();
        return w.ToString();
    }

    private static void Entry(PCG pcg, JsonWriter w, int index)
    {
        if (pcg.Chance(3))
        {
            w.Value(RandomJson(pcg, 2));
            return;
        }

        bool wasCompact = w.Compact;
        w.Compact = wasCompact || pcg.Chance(25); // one entry per line, as many lists are written
        w.BeginObject();
        var fields = new List<string>();
        foreach (string field in EntryFields)
        {
            int keep = field is "id" or "kind" or "name" ? 93 : 35;
            if (pcg.Chance(keep))
            {
                fields.Add(field);
            }
        }

        if (pcg.Chance(6))
        {
            fields.Add(pcg.Pick(Typos));
        }

        if (pcg.Chance(4) && fields.Count > 0)
        {
            fields.Add(pcg.Pick(fields));
        }

        foreach (string field in pcg.Chance(20) ? fields.OrderBy(_ => pcg.Next()).ToList() : fields)
        {
            w.Property(field, () => w.Value(EntryValue(pcg, field, index)));
        }

        w.EndObject();
        w.Compact = wasCompact;
    }

    private static string EntryValue(PCG pcg, string field, int index)
    {
        if (pcg.Chance(6))
        {
            return RandomScalar(pcg);
        }

        return field switch
        {
            "id" => Str(pcg.Chance(90) ? $"ID-{index}" : pcg.Chance(50) ? $"ID-{pcg.Int(3)}" : RandomText(pcg, 6)),
            "kind" => Str(pcg.Chance(90) ? pcg.Pick(new[] { "vendor", "material" }) : pcg.Pick(new[] { "Vendor", "supplier", "", "material " })),
            "name" => Str(pcg.Chance(80) ? pcg.Pick(Names) : RandomText(pcg, 30)),
            "aliases" or "symbols" or "assemblies" => StringArray(pcg, () => pcg.Chance(70) ? pcg.Pick(Names) : RandomText(pcg, 12)),
            "codes" => StringArray(pcg, () => pcg.Pick(new[] { "7429-91-6", "Dy", "Y", "HS 2805.30", "CAGE 1ABC2", "-x-", " ", "a", "\uD800", "7440-27-9" })),
            "listed" or "removed" => pcg.Chance(10) && field == "removed" ? "null" : Str(pcg.Pick(Dates)),
            "suspensions" => Suspensions(pcg),
            "match" => Str(pcg.Pick(new[] { "words", "strict", "exact", "" })),
            _ => Str(RandomText(pcg, 20)),
        };
    }

    private static string Suspensions(PCG pcg)
    {
        var builder = new StringBuilder("[");
        int count = pcg.Skewed(4);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            if (pcg.Chance(5))
            {
                builder.Append(RandomScalar(pcg));
                continue;
            }

            var parts = new List<string>();
            if (pcg.Chance(90))
            {
                parts.Add($"\"from\": {DateValue(pcg)}");
            }

            if (pcg.Chance(90))
            {
                parts.Add($"\"until\": {DateValue(pcg)}");
            }

            if (pcg.Chance(30))
            {
                parts.Add($"\"{pcg.Pick(new[] { "reference", "note", "untill", "reason" })}\": {Str(RandomText(pcg, 10))}");
            }

            builder.Append('{').Append(string.Join(", ", parts)).Append('}');
        }

        return builder.Append(']').ToString();
    }

    private static void Exemption(PCG pcg, JsonWriter w)
    {
        w.BeginObject();
        if (pcg.Chance(90))
        {
            w.Property("entries", () => w.Value(StringArray(pcg, () => pcg.Chance(80) ? $"ID-{pcg.Int(5)}" : "CN-UEL-2025-07-06")));
        }

        if (pcg.Chance(50))
        {
            w.Property("paths", () => w.Value(StringArray(pcg, () => pcg.Pick(Globs))));
        }

        if (pcg.Chance(85))
        {
            w.Property("reason", () => w.Value(Str(RandomText(pcg, 15))));
        }

        if (pcg.Chance(40))
        {
            w.Property("reference", () => w.Value(Str("Licence " + RandomText(pcg, 6))));
        }

        if (pcg.Chance(40))
        {
            w.Property("from", () => w.Value(DateValue(pcg)));
        }

        if (pcg.Chance(85))
        {
            w.Property("until", () => w.Value(DateValue(pcg)));
        }

        if (pcg.Chance(5))
        {
            w.Property(pcg.Pick(Typos), () => w.Value(RandomScalar(pcg)));
        }

        w.EndObject();
    }

    private static string DateValue(PCG pcg) => pcg.Chance(95) ? Str(pcg.Pick(Dates)) : RandomScalar(pcg);

    private static string StringArray(PCG pcg, Func<string> item)
    {
        int count = pcg.Skewed(4);
        var items = new List<string>();
        for (int i = 0; i < count; i++)
        {
            items.Add(pcg.Chance(95) ? Str(item()) : RandomScalar(pcg));
        }

        return "[" + string.Join(", ", items) + (pcg.Chance(10) && items.Count > 0 ? ",]" : "]");
    }

    /// <summary>A JSON string literal for <paramref name="value"/>, with random (valid) escaping.</summary>
    public static string Str(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string RandomText(PCG pcg, int maxLength)
    {
        int length = pcg.Skewed(maxLength);
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(pcg.Int(10) switch
            {
                < 6 => ((char)pcg.Int('a', 'z')).ToString(),
                < 7 => ((char)pcg.Int('A', 'Z')).ToString(),
                < 8 => " ",
                < 9 => ((char)pcg.Int('0', '9')).ToString(),
                _ => pcg.Pick(OddText),
            });
        }

        return builder.ToString();
    }

    public static string RandomScalar(PCG pcg) => pcg.Int(8) switch
    {
        0 => "null",
        1 => "true",
        2 => "false",
        3 => pcg.Pick(Numbers),
        4 => "[]",
        5 => "{}",
        6 => Str(RandomText(pcg, 10)),
        _ => Str(pcg.Pick(Dates)),
    };

    public static string RandomJson(PCG pcg, int depth)
    {
        if (depth <= 0 || pcg.Chance(40))
        {
            return RandomScalar(pcg);
        }

        int count = pcg.Skewed(5);
        var items = new List<string>();
        bool isObject = pcg.Chance(50);
        for (int i = 0; i < count; i++)
        {
            string value = RandomJson(pcg, depth - 1);
            items.Add(isObject ? $"{Str(pcg.Chance(50) ? pcg.Pick(EntryFields) : RandomText(pcg, 6))}: {value}" : value);
        }

        string body = string.Join(pcg.Chance(50) ? "," : ",\n", items);
        return isObject ? "{" + body + "}" : "[" + body + "]";
    }

    /// <summary>Random JSON, sometimes shaped like a list, sometimes nested past the parser's depth limit.</summary>
    public static string RandomJsonDocument(PCG pcg)
    {
        string value = RandomJson(pcg, pcg.Int(1, 6));
        if (pcg.Chance(40))
        {
            value = $"{{\"schemaVersion\": 1, \"entries\": [{value}]}}";
        }

        if (pcg.Chance(15))
        {
            int depth = pcg.Chance(50) ? pcg.Int(55, 75) : pcg.Int(1, 2000);
            value = Nest(pcg, value, depth);
        }

        return value;
    }

    public static string Nest(PCG pcg, string inner, int depth)
    {
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            if (pcg.Chance(50))
            {
                open.Append("{\"a\":");
                close.Insert(0, '}');
            }
            else
            {
                open.Append('[');
                close.Insert(0, ']');
            }
        }

        return open + inner + close;
    }

    public static string Junk(PCG pcg)
    {
        int length = pcg.Skewed(400);
        var builder = new StringBuilder();
        const string json = "{}[]:,\"\\/ \n\r\t0123456789-+.eEtruefalsnul*";
        for (int i = 0; i < length; i++)
        {
            builder.Append(pcg.Chance(85) ? json[pcg.Int(json.Length)].ToString() : pcg.Pick(OddText));
        }

        return builder.ToString();
    }

    /// <summary>One to six edits of <paramref name="text"/>.</summary>
    public static string MutateText(PCG pcg, string text)
    {
        int edits = pcg.Int(1, 6);
        for (int i = 0; i < edits; i++)
        {
            text = Mutate(pcg, text);
        }

        return text;
    }

    private static string Mutate(PCG pcg, string text)
    {
        int at = pcg.Int(text.Length + 1);
        switch (pcg.Int(15))
        {
            case 0:
                return text.Substring(0, at); // truncated file
            case 1:
                return text.Remove(at, pcg.Int(Math.Min(200, text.Length - at) + 1));
            case 2:
                return text.Insert(at, pcg.Pick(OddText));
            case 3:
            {
                int length = pcg.Int(Math.Min(300, text.Length - at) + 1);
                return text.Insert(pcg.Int(text.Length + 1), text.Substring(at, length)); // duplicated span: duplicate keys, entries
            }

            case 4:
            {
                var dates = DatePattern.Matches(text);
                if (dates.Count == 0)
                {
                    return text;
                }

                var date = dates[pcg.Int(dates.Count)];
                return text.Substring(0, date.Index) + Str(pcg.Pick(Dates)) + text.Substring(date.Index + date.Length); // invalid or extreme date
            }

            case 5:
                return ReplaceValue(pcg, text, RandomScalar(pcg)); // wrong type
            case 6:
                return text.Replace("\"schemaVersion\": 1", "\"schemaVersion\": " + pcg.Pick(Numbers), StringComparison.Ordinal);
            case 7:
                return pcg.Chance(50) ? "\uFEFF" + text : text.Insert(at, "\uFEFF");
            case 8:
                return ReplaceNth(pcg, text, "\"", _ => "\"" + pcg.Pick(OddText)); // odd Unicode inside (or right before) strings
            case 9:
                return ReplaceNth(pcg, text, "\"suspensions\"", _ => "\"" + pcg.Pick(Typos) + "\"");
            case 10:
                return ReplaceNth(pcg, text, "{", _ => "{\"" + pcg.Pick(EntryFields) + "\": " + RandomScalar(pcg) + ", "); // duplicate or extra key
            case 11:
                return pcg.Int(3) switch
                {
                    0 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r", StringComparison.Ordinal),
                    1 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
                    _ => text.Replace("\n", "\u2028", StringComparison.Ordinal),
                };
            case 12:
                return text.Insert(at, pcg.Pick(new[] { "// comment\n", "/* comment */", "/* unterminated", "//", ",", ",,", "\n// note\r", "/**/" }));
            case 13:
                return ReplaceNth(pcg, text, ":", _ => ": " + Nest(pcg, string.Empty, pcg.Int(1, 100)).Replace("{\"a\":}", "{}", StringComparison.Ordinal) + ","); // nesting
            default:
                return ReplaceNth(pcg, text, ",", _ => pcg.Pick(new[] { string.Empty, ",,", ", // x\n", ",]", ",}", " " }));
        }
    }

    private static string ReplaceNth(PCG pcg, string text, string find, Func<string, string> replacement)
    {
        int count = 0;
        for (int i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        if (count == 0)
        {
            return text;
        }

        int target = pcg.Int(count);
        int index = -1;
        for (int n = 0; n <= target; n++)
        {
            index = text.IndexOf(find, index + 1, StringComparison.Ordinal);
        }

        return text.Substring(0, index) + replacement(find) + text.Substring(index + find.Length);
    }

    /// <summary>Replaces the value after a random ':' (up to the next ',' or line end) with <paramref name="value"/>.</summary>
    private static string ReplaceValue(PCG pcg, string text, string value)
    {
        int colon = -1;
        for (int tries = 0; tries < 4 && colon < 0; tries++)
        {
            colon = text.IndexOf(':', pcg.Int(text.Length + 1));
        }

        if (colon < 0)
        {
            return text;
        }

        int end = colon + 1;
        while (end < text.Length && text[end] != ',' && text[end] != '\n' && text[end] != '}')
        {
            end++;
        }

        return text.Substring(0, colon + 1) + " " + value + text.Substring(end);
    }

    /// <summary>Writes JSON with random whitespace, comments and trailing commas (all of them allowed).</summary>
    private sealed class JsonWriter
    {
        private readonly PCG _pcg;
        private readonly StringBuilder _text = new();
        private readonly Stack<int> _counts = new();

        public JsonWriter(PCG pcg) => _pcg = pcg;

        /// <summary>No line breaks or comments between tokens.</summary>
        public bool Compact { get; set; }

        public void Raw(string text) => _text.Append(text);

        public void BeginObject()
        {
            _text.Append('{');
            _counts.Push(0);
        }

        public void EndObject()
        {
            End();
            _text.Append('}');
        }

        public void BeginArray()
        {
            _text.Append('[');
            _counts.Push(0);
        }

        public void EndArray()
        {
            End();
            _text.Append(']');
        }

        public void Property(string name, Action value)
        {
            Separator();
            _text.Append(Str(name)).Append(_pcg.Chance(80) ? ": " : ":");
            value();
        }

        public void Item(Action value)
        {
            Separator();
            value();
        }

        public void Value(string json) => _text.Append(json);

        public override string ToString() => _text.ToString();

        private void Separator()
        {
            int count = _counts.Pop();
            if (count > 0)
            {
                _text.Append(',');
            }

            _counts.Push(count + 1);
            Trivia();
        }

        private void End()
        {
            int count = _counts.Pop();
            if (count > 0 && _pcg.Chance(15))
            {
                _text.Append(',');
            }

            Trivia();
        }

        private void Trivia()
        {
            if (Compact)
            {
                _text.Append(_pcg.Chance(50) ? " " : string.Empty);
                return;
            }

            _text.Append(_pcg.Int(21) switch
            {
                < 12 => "\n  ",
                < 15 => " ",
                < 16 => "\r\n",
                < 17 => " // note\n",
                < 18 => " // note\r", // old Mac line ending after a comment
                < 19 => " /* note */ ",
                < 20 => "\t",
                _ => string.Empty,
            });
        }
    }
}
