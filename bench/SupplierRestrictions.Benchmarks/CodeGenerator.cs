using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SupplierRestrictions.Benchmarks;

/// <summary>One generated source file.</summary>
internal sealed record SourceFile(string Path, string Text, int Lines);

/// <summary>
/// Writes a deterministic code base that looks, to a token-reading analyzer, like the real code a
/// <see cref="CodeProfile"/> describes (token, identifier, literal, comment and documentation densities, identifier
/// lengths and word counts): classes with fields, properties and documented methods whose bodies declare, call,
/// loop, branch, build strings and fill collections, calling each other within and across files. Every name and
/// literal is made of words of real .NET code (<see cref="FrameworkVocabulary"/>) and is checked against the lists
/// the run uses, so the planted references are the only matches. It compiles without errors.
/// </summary>
internal sealed partial class CodeGenerator
{
    private static readonly string[] Usings = { "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks" };

    /// <summary>Type and member names the generated code uses: an invented member or type of that name would hide them.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "System", "Math", "String", "List", "Dictionary", "StringBuilder", "StringComparison", "StringComparer", "Task", "CultureInfo",
        "Array", "Enumerable", "ArgumentNullException", "ArgumentException", "InvalidOperationException", "Environment", "Convert",
        "Object", "Exception", "Uri", "TimeSpan", "DateTime", "Guid", "Linq", "Text", "Collections", "Generic", "Globalization",
        "Threading", "Tasks", "Console", "Nullable", "Func", "Action", "Equals", "GetHashCode", "ToString", "GetType", "Finalize",
        "MemberwiseClone", "ReferenceEquals", "Contoso", "Thread", "Ordinal", "InvariantCulture", "Max", "Min", "Concat", "Join",
    };

    private static readonly string[] Glue = { "the", "a", "of", "to", "is", "for", "when", "if", "and", "or", "in", "this", "that", "an", "be", "not", "by", "with", "from", "as" };

    private readonly Rng _rng;
    private readonly CodeProfile _profile;
    private readonly FrameworkVocabulary _words;
    private readonly ListFilter _filter;
    private readonly HashSet<string> _classNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _memberNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved;
    private readonly List<(string Namespace, string Class, MethodSignature Method)> _publicMethods = new();
    private readonly int[] _nameWordsCumulative;
    private readonly (string Shape, int Cumulative)[] _statementShapes;

    private CodeGenerator(CodeProfile profile, FrameworkVocabulary words, ListFilter filter, IEnumerable<string> reserved, ulong seed)
    {
        _profile = profile;
        _words = words;
        _filter = filter;
        _rng = new Rng(seed ^ Rng.Seed(profile.Name));
        _reserved = new HashSet<string>(Reserved.Concat(reserved), StringComparer.Ordinal);
        _nameWordsCumulative = Cumulative(profile.NameWords);
        int total = 0;
        _statementShapes = profile.Statements.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, total += s.Value)).ToArray();
    }

    /// <summary>About <paramref name="targetLines"/> lines of <paramref name="profile"/> code, plus the plants, one per file spread evenly.</summary>
    public static IReadOnlyList<SourceFile> Generate(CodeProfile profile, FrameworkVocabulary words, ListFilter filter, int targetLines, IReadOnlyList<Plant> plants, ulong seed = 20261128)
    {
        var reserved = plants.SelectMany(p => PascalWord().Matches(p.Member).Select(m => m.Value));
        var generator = new CodeGenerator(profile, words, filter, reserved, seed);
        var classes = new List<ClassModel>();
        int lines = 0;
        while (lines < targetLines)
        {
            var model = generator.NextClass(classes.Count);
            classes.Add(model);
            lines += model.Lines;
        }

        if (classes.Count < plants.Count)
        {
            throw new InvalidOperationException($"{targetLines} lines make {classes.Count} files, too few to hold {plants.Count} plants one per file");
        }

        for (int i = 0; i < plants.Count; i++)
        {
            int index = (int)((long)(i + 1) * classes.Count / (plants.Count + 1));
            classes[index].Members.Insert(classes[index].Members.Count / 2, plants[i].Member);
        }

        return classes.Select(generator.Render).ToList();
    }

    [GeneratedRegex("[A-Z][A-Za-z0-9]*")]
    private static partial Regex PascalWord();

    private static int[] Cumulative(int[] weights)
    {
        var cumulative = new int[weights.Length];
        int total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative[i] = total += weights[i];
        }

        return cumulative;
    }

    private ClassModel NextClass(int index)
    {
        string area = Vocabulary.Areas[(index / 24) % Vocabulary.Areas.Length];
        string module = Vocabulary.Nouns[(index / 24 / Vocabulary.Areas.Length + index / 24) % Vocabulary.Nouns.Length];
        string ns = $"Contoso.{area}.{module}s";
        if (index >= 24 * Vocabulary.Areas.Length)
        {
            ns += (index / (24 * Vocabulary.Areas.Length)).ToString(CultureInfo.InvariantCulture);
        }

        var model = new ClassModel(ns, ClassName());
        var memberNames = new HashSet<string>(StringComparer.Ordinal) { model.Name };
        string Member() => UniqueName(memberNames, pascal: true, member: true);

        // State: a list and a map every class has (so collection statements always have a target), and a few more.
        model.State.Add(new Variable(_rng.Chance(_profile.UnderscoreFieldPercent) ? Field(memberNames) : Member(), VarType.ListOfString));
        model.State.Add(new Variable(_rng.Chance(_profile.UnderscoreFieldPercent) ? Field(memberNames) : Member(), VarType.MapOfInt));
        int more = _rng.Next(1, 5);
        for (int i = 0; i < more; i++)
        {
            var type = _rng.Pick(new[] { VarType.String, VarType.String, VarType.Int, VarType.Bool, VarType.ListOfString, VarType.MapOfInt });
            model.State.Add(new Variable(_rng.Chance(_profile.UnderscoreFieldPercent) ? Field(memberNames) : Member(), type));
        }

        // Signatures first, so that bodies can call any of them.
        int methods = _rng.Next(4, 14);
        for (int i = 0; i < methods; i++)
        {
            var parameters = new List<Variable>();
            var parameterNames = new HashSet<string>(StringComparer.Ordinal);
            int count = _rng.Next(0, 4);
            for (int p = 0; p < count; p++)
            {
                parameters.Add(new Variable(UniqueName(parameterNames, pascal: false, member: false), _rng.Pick(new[] { VarType.String, VarType.String, VarType.Int, VarType.Bool, VarType.ListOfString })));
            }

            var returns = _rng.Pick(new[] { VarType.Void, VarType.Void, VarType.String, VarType.Int, VarType.Bool });
            var method = new MethodSignature(Member(), returns, parameters, IsPublic: _rng.Chance(60));
            model.Methods.Add(method);
        }

        var w = new CodeWriter();
        foreach (var state in model.State)
        {
            w.Line();
            Doc(w, $"Gets or sets the {Sentence(2, 6, capital: false)}", Array.Empty<Variable>(), returns: false);
            string initializer = state.Type switch
            {
                VarType.ListOfString => " = new List<string>();",
                VarType.MapOfInt => " = new Dictionary<string, int>(StringComparer.Ordinal);",
                VarType.String => $" = {Literal()};",
                _ => string.Empty,
            };
            bool field = state.Name.StartsWith('_');
            string declaration = field
                ? $"private {(state.Type is VarType.ListOfString or VarType.MapOfInt ? "readonly " : string.Empty)}{TypeName(state.Type)} {state.Name}{(initializer.Length > 0 ? initializer : ";")}"
                : $"public {TypeName(state.Type)} {state.Name} {{ get; set; }}{initializer}";
            w.Line(declaration);
        }

        model.Members.Add(w.ToString().TrimStart('\n'));
        model.Lines += w.Lines;
        foreach (var method in model.Methods)
        {
            var body = new CodeWriter();
            MethodBody(body, model, method);
            model.Members.Add(body.ToString());
            model.Lines += body.Lines + 1;
            if (method.IsPublic)
            {
                _publicMethods.Add((ns, model.Name, method));
            }
        }

        model.Lines += 14;
        return model;
    }

    private SourceFile Render(ClassModel model)
    {
        var w = new CodeWriter();
        if (_profile.CommentPerMille >= 50)
        {
            w.Line($"// <copyright file=\"{model.Name}.cs\" company=\"Contoso\">");
            w.Line("// Copyright (c) Contoso. All rights reserved.");
            w.Line("// </copyright>");
            w.Line();
        }

        foreach (string ns in Usings.Concat(model.Imports.Where(i => i != model.Namespace).OrderBy(i => i, StringComparer.Ordinal)))
        {
            w.Line($"using {ns};");
        }

        w.Line();
        w.Open($"namespace {model.Namespace}");
        Doc(w, Sentence(_profile.DocWords.Min, _profile.DocWords.Max, capital: true), Array.Empty<Variable>(), returns: false);
        w.Open($"public sealed class {model.Name}");
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
        string path = $"/bench/code/{_profile.Name}/{model.Namespace.Replace('.', '/')}/{model.Name}.cs";
        return new SourceFile(path, w.ToString(), w.Lines);
    }

    private void MethodBody(CodeWriter w, ClassModel model, MethodSignature method)
    {
        Doc(w, Sentence(_profile.DocWords.Min, _profile.DocWords.Max, capital: true), method.Parameters, method.Returns != VarType.Void);
        w.Open($"{(method.IsPublic ? "public" : "private")} {TypeName(method.Returns)} {method.Name}({string.Join(", ", method.Parameters.Select(p => $"{TypeName(p.Type)} {p.Name}"))})");
        var scope = new Scope(model, method);
        int statements = _rng.Next(_profile.StatementsPerMethod.Min, _profile.StatementsPerMethod.Max + 1);
        for (int i = 0; i < statements; i++)
        {
            Statement(w, scope, depth: 0);
        }

        if (method.Returns != VarType.Void)
        {
            w.Line($"return {Expression(scope, method.Returns, 0)};");
        }

        w.Close();
    }

    private void Statement(CodeWriter w, Scope scope, int depth)
    {
        if (_rng.Next(1000) < _profile.CommentPerMille)
        {
            w.Line("// " + Sentence(4, 12, capital: true));
        }

        int pick = _rng.Next(_statementShapes[^1].Cumulative);
        string shape = _statementShapes.First(s => pick < s.Cumulative).Shape;
        if (shape == "control" && depth >= 2)
        {
            shape = "call";
        }

        switch (shape)
        {
            case "declare":
                Declare(w, scope);
                break;
            case "call":
                Call(w, scope);
                break;
            case "control":
                Control(w, scope, depth);
                break;
            case "data":
                Data(w, scope);
                break;
            case "interpolate":
                var assignable = scope.Assignable(_rng, VarType.String);
                string target = assignable?.Name ?? Declared(w, scope, VarType.String);
                w.Line($"{target} = {Interpolated(scope)};");
                break;
            case "return":
                if (scope.Method.Returns == VarType.Void)
                {
                    w.Open($"if ({Expression(scope, VarType.Bool, 1)})");
                    w.Line("return;");
                    w.Close();
                }
                else
                {
                    w.Open($"if ({Expression(scope, VarType.Bool, 1)})");
                    w.Line($"return {Expression(scope, scope.Method.Returns, 1)};");
                    w.Close();
                }

                break;
        }

        if (_rng.Chance(_profile.BlankLinePercent))
        {
            w.Line();
        }
    }

    private void Declare(CodeWriter w, Scope scope)
    {
        var type = _rng.Pick(new[] { VarType.String, VarType.String, VarType.Int, VarType.Int, VarType.Bool, VarType.ListOfString });
        string name = scope.NewLocal(this);
        string value = type == VarType.ListOfString && _rng.Chance(50)
            ? $"{Expression(scope, VarType.ListOfString, 1)}.Where({Lambda(scope, out string p)} => {p}.Length > {_rng.Next(0, 9)}).Select({Lambda(scope, out string q)} => {q}.Trim()).ToList()"
            : Expression(scope, type, 0);
        w.Line(_rng.Chance(70) ? $"var {name} = {value};" : $"{TypeName(type)} {name} = {value};");
        scope.Add(new Variable(name, type));
    }

    private string Lambda(Scope scope, out string name)
    {
        name = scope.NewLocal(this);
        return name;
    }

    private string Declared(CodeWriter w, Scope scope, VarType type)
    {
        string name = scope.NewLocal(this);
        w.Line($"var {name} = {Expression(scope, type, 1)};");
        scope.Add(new Variable(name, type));
        return name;
    }

    private void Call(CodeWriter w, Scope scope)
    {
        switch (_rng.Next(6))
        {
            case 0:
                w.Line($"{scope.Find(VarType.ListOfString, _rng)!.Name}.Add({Expression(scope, VarType.String, 1)});");
                break;
            case 1:
                var map = scope.Find(VarType.MapOfInt, _rng)!.Name;
                w.Line($"{map}[{Expression(scope, VarType.String, 1)}] = {Expression(scope, VarType.Int, 1)};");
                break;
            case 2:
                var callee = _rng.Pick(scope.Model.Methods);
                w.Line($"{callee.Name}({Arguments(scope, callee)});");
                break;
            case 3 when _publicMethods.Count > 0:
                var (ns, type, method) = _publicMethods[_rng.Next(Math.Max(0, _publicMethods.Count - 400), _publicMethods.Count)];
                scope.Model.Imports.Add(ns);
                w.Line($"new {type}().{method.Name}({Arguments(scope, method)});");
                break;
            default:
                var assignable = scope.Assignable(_rng);
                if (assignable is null)
                {
                    Declare(w, scope);
                }
                else
                {
                    w.Line($"{assignable.Name} = {Expression(scope, assignable.Type, 0)};");
                }

                break;
        }
    }

    private void Control(CodeWriter w, Scope scope, int depth)
    {
        int inner = _rng.Next(1, 4);
        switch (_rng.Next(5))
        {
            case 0:
                var list = scope.Find(VarType.ListOfString, _rng)!.Name;
                string item = scope.NewLocal(this);
                w.Open($"foreach (var {item} in {list})");
                scope.Push();
                scope.Add(new Variable(item, VarType.String, ReadOnly: true));
                Block(w, scope, depth, inner);
                scope.Pop();
                w.Close();
                break;
            case 1:
                string index = scope.NewLocal(this);
                w.Open($"for (int {index} = 0; {index} < {Expression(scope, VarType.Int, 1)}; {index}++)");
                scope.Push();
                scope.Add(new Variable(index, VarType.Int, ReadOnly: true));
                Block(w, scope, depth, inner);
                scope.Pop();
                w.Close();
                break;
            case 2:
                var guarded = scope.Method.Parameters.FirstOrDefault(p => p.Type is VarType.String or VarType.ListOfString);
                if (guarded is not null && depth == 0)
                {
                    w.Open($"if ({guarded.Name} is null)");
                    w.Line($"throw new ArgumentNullException(nameof({guarded.Name}));");
                    w.Close();
                    break;
                }

                goto default;
            default:
                w.Open($"if ({Expression(scope, VarType.Bool, 0)})");
                scope.Push();
                Block(w, scope, depth, inner);
                scope.Pop();
                w.Close();
                if (_rng.Chance(35))
                {
                    w.Open("else");
                    scope.Push();
                    Block(w, scope, depth, _rng.Next(1, 3));
                    scope.Pop();
                    w.Close();
                }

                break;
        }

        w.Line();
    }

    private void Block(CodeWriter w, Scope scope, int depth, int statements)
    {
        for (int i = 0; i < statements; i++)
        {
            Statement(w, scope, depth + 1);
        }
    }

    /// <summary>Literal-heavy code: keys and values, as in configuration, mapping and migration code.</summary>
    private void Data(CodeWriter w, Scope scope)
    {
        switch (_rng.Next(4))
        {
            case 0:
                w.Line($"{scope.Find(VarType.MapOfInt, _rng)!.Name}[{Literal()}] = {_rng.Next(0, 1000)};");
                break;
            case 1:
                w.Line($"{scope.Find(VarType.ListOfString, _rng)!.Name}.Add({Literal()});");
                break;
            case 2:
                var callee = scope.Model.Methods.FirstOrDefault(m => m.Parameters.Count > 0 && m.Parameters.All(p => p.Type is VarType.String or VarType.Int));
                if (callee is not null)
                {
                    w.Line($"{callee.Name}({string.Join(", ", callee.Parameters.Select(p => p.Type == VarType.String ? Literal() : _rng.Next(0, 500).ToString(CultureInfo.InvariantCulture)))});");
                    break;
                }

                goto case 0;
            default:
                string name = scope.NewLocal(this);
                w.Line($"var {name} = {Literal()};");
                scope.Add(new Variable(name, VarType.String));
                break;
        }
    }

    private string Arguments(Scope scope, MethodSignature method) =>
        string.Join(", ", method.Parameters.Select(p => Expression(scope, p.Type, 1)));

    private string Expression(Scope scope, VarType type, int depth)
    {
        var variable = scope.Find(type, _rng);
        bool deep = depth >= 2;
        switch (type)
        {
            case VarType.String:
                switch (_rng.Next(deep ? 3 : 10))
                {
                    case 0:
                    case 1:
                        return variable?.Name ?? (_rng.Chance(_profile.LiteralPercent) ? Literal() : "string.Empty");
                    case 2:
                        return _rng.Chance(_profile.LiteralPercent) ? Literal() : variable is null ? "string.Empty" : $"nameof({variable.Name})";
                    case 3:
                        return $"{Expression(scope, VarType.String, depth + 1)}.Trim()";
                    case 4:
                        return $"string.Concat({Expression(scope, VarType.String, depth + 1)}, {Expression(scope, VarType.String, depth + 1)})";
                    case 5:
                        return $"{Expression(scope, VarType.Int, depth + 1)}.ToString(CultureInfo.InvariantCulture)";
                    case 6:
                        return $"string.Join(',', {scope.Find(VarType.ListOfString, _rng)!.Name})";
                    case 7:
                        var callee = scope.Model.Methods.Where(m => m.Returns == VarType.String).ToList();
                        return callee.Count > 0 ? Invoke(scope, _rng.Pick(callee), depth) : $"{Expression(scope, VarType.String, depth + 1)}.ToUpperInvariant()";
                    case 8:
                        return $"{Expression(scope, VarType.String, depth + 1)}.Replace({Expression(scope, VarType.String, depth + 1)}, string.Empty)";
                    default:
                        return variable?.Name ?? "string.Empty";
                }

            case VarType.Int:
                switch (_rng.Next(deep ? 3 : 8))
                {
                    case 0:
                        return _rng.Next(0, 100).ToString(CultureInfo.InvariantCulture);
                    case 1:
                        return variable?.Name ?? "0";
                    case 2:
                        return $"{scope.Find(VarType.ListOfString, _rng)!.Name}.Count";
                    case 3:
                        return $"{Expression(scope, VarType.String, depth + 1)}.Length";
                    case 4:
                        return $"Math.Max({Expression(scope, VarType.Int, depth + 1)}, {Expression(scope, VarType.Int, depth + 1)})";
                    case 5:
                        var callee = scope.Model.Methods.Where(m => m.Returns == VarType.Int).ToList();
                        return callee.Count > 0 ? Invoke(scope, _rng.Pick(callee), depth) : "0";
                    case 6:
                        return $"{Expression(scope, VarType.Int, depth + 1)} + {Expression(scope, VarType.Int, depth + 1)}";
                    default:
                        return $"{scope.Find(VarType.MapOfInt, _rng)!.Name}.Count";
                }

            case VarType.Bool:
                switch (_rng.Next(deep ? 2 : 8))
                {
                    case 0:
                        return variable?.Name ?? "true";
                    case 1:
                        return $"{Expression(scope, VarType.Int, depth + 1)} > {_rng.Next(0, 50)}";
                    case 2:
                        return $"string.IsNullOrEmpty({Expression(scope, VarType.String, depth + 1)})";
                    case 3:
                        return $"{scope.Find(VarType.ListOfString, _rng)!.Name}.Contains({Expression(scope, VarType.String, depth + 1)})";
                    case 4:
                        return $"{scope.Find(VarType.MapOfInt, _rng)!.Name}.ContainsKey({Expression(scope, VarType.String, depth + 1)})";
                    case 5:
                        return $"{Expression(scope, VarType.String, depth + 1)}.StartsWith({Expression(scope, VarType.String, depth + 1)}, StringComparison.Ordinal)";
                    case 6:
                        var callee = scope.Model.Methods.Where(m => m.Returns == VarType.Bool).ToList();
                        return callee.Count > 0 ? Invoke(scope, _rng.Pick(callee), depth) : "false";
                    default:
                        return $"{Expression(scope, VarType.Bool, depth + 1)} && {Expression(scope, VarType.Bool, depth + 1)}";
                }

            case VarType.ListOfString:
                return variable?.Name ?? "new List<string>()";
            default:
                return variable?.Name ?? "new Dictionary<string, int>()";
        }
    }

    private string Invoke(Scope scope, MethodSignature method, int depth) =>
        $"{method.Name}({string.Join(", ", method.Parameters.Select(p => Expression(scope, p.Type, Math.Max(depth + 1, 2))))})";

    private string Interpolated(Scope scope)
    {
        var holes = new List<string>();
        int count = _rng.Next(1, 3);
        for (int i = 0; i < count; i++)
        {
            var variable = scope.Find(_rng.Chance(50) ? VarType.String : VarType.Int, _rng);
            holes.Add(variable?.Name ?? $"{scope.Find(VarType.ListOfString, _rng)!.Name}.Count");
        }

        var text = new System.Text.StringBuilder("$\"");
        foreach (string hole in holes)
        {
            text.Append(Checked(() => Sentence(1, 4, capital: text.Length == 2) + " ", literal: true)).Append('{').Append(hole).Append('}');
        }

        if (_rng.Chance(50))
        {
            text.Append(Checked(() => " " + Sentence(1, 3, capital: false), literal: true));
        }

        return text.Append('"').ToString();
    }

    /// <summary>A string literal (with quotes): a key, a name, a path or a sentence, made of real words, never a listed name.</summary>
    private string Literal()
    {
        string text = Checked(
            () =>
            {
                if (_rng.Chance(_profile.SentencePercent))
                {
                    return Sentence(4, 12, capital: true);
                }

                return _rng.Next(10) switch
                {
                    < 4 => _rng.Chance(_profile.UnderscoreKeyPercent * 3)
                        ? $"{Rng.Pascal(_rng.Pick(Vocabulary.Areas))}_{Rng.Pascal(_words.Word(_rng))}"
                        : Rng.Pascal(_words.Word(_rng)) + (_rng.Chance(40) ? Rng.Pascal(_words.Word(_rng)) : string.Empty),
                    < 6 => $"{_words.Word(_rng)}.{_words.Word(_rng)}",
                    < 8 => $"/api/{_words.Word(_rng)}/{_words.Word(_rng)}",
                    _ => $"{_words.Word(_rng)}({_rng.Next(1, 500)})",
                };
            },
            literal: true);
        return "\"" + text + "\"";
    }

    private string Sentence(int min, int max, bool capital)
    {
        int words = _rng.Next(min, max + 1);
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < words; i++)
        {
            string word = i > 0 && _rng.Chance(40) ? _rng.Pick(Glue) : _words.Word(_rng);
            text.Append(i > 0 ? " " : string.Empty).Append(i == 0 && capital ? Rng.Pascal(word) : word);
        }

        return text.ToString();
    }

    private void Doc(CodeWriter w, string summary, IReadOnlyList<Variable> parameters, bool returns)
    {
        if (!_rng.Chance(_profile.DocPercent))
        {
            return;
        }

        var words = summary.Split(' ');
        if (words.Length <= 10)
        {
            w.Line($"/// <summary>{summary}.</summary>");
        }
        else
        {
            w.Line("/// <summary>");
            for (int i = 0; i < words.Length; i += 16)
            {
                w.Line("/// " + string.Join(" ", words.Skip(i).Take(16)) + (i + 16 >= words.Length ? "." : string.Empty));
            }

            w.Line("/// </summary>");
        }

        foreach (var parameter in parameters)
        {
            w.Line($"/// <param name=\"{parameter.Name}\">The {Sentence(2, 8, capital: false)}.</param>");
        }

        if (returns)
        {
            w.Line($"/// <returns>The {Sentence(2, 8, capital: false)}.</returns>");
        }
    }

    private string ClassName()
    {
        while (true)
        {
            string name = Name(_rng.Next(2, 4), pascal: true);
            if (!_reserved.Contains(name) && !_memberNames.Contains(name) && _classNames.Add(name))
            {
                return name;
            }
        }
    }

    private string Field(HashSet<string> memberNames)
    {
        while (true)
        {
            string name = "_" + Name(DrawWordCount(), pascal: false);
            if (memberNames.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>A new name: PascalCase for members (never a type name or a reserved name), camelCase for locals and parameters.</summary>
    private string UniqueName(HashSet<string> taken, bool pascal, bool member)
    {
        while (true)
        {
            string name = Name(DrawWordCount(), pascal);
            if (member && (_reserved.Contains(name) || _classNames.Contains(name)))
            {
                continue;
            }

            if (taken.Add(name))
            {
                if (member)
                {
                    _memberNames.Add(name);
                }

                return name;
            }
        }
    }

    private int DrawWordCount()
    {
        int pick = _rng.Next(_nameWordsCumulative[^1]);
        int bucket = 0;
        while (pick >= _nameWordsCumulative[bucket])
        {
            bucket++;
        }

        return bucket == 4 ? _rng.Next(5, 7) : bucket + 1;
    }

    private string Name(int words, bool pascal)
    {
        return Checked(
            () =>
            {
                var text = new System.Text.StringBuilder();
                for (int i = 0; i < words; i++)
                {
                    string word = _words.Word(_rng, minLength: words == 1 ? 3 : 2);
                    text.Append(i == 0 && !pascal ? word : Rng.Pascal(word));
                }

                string name = text.ToString();
                return Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? name : name + "Value";
            },
            literal: false);
    }

    private string Checked(Func<string> make, bool literal)
    {
        while (true)
        {
            string text = make();
            if (!(literal ? _filter.MatchesText(text) : _filter.MatchesIdentifier(text)))
            {
                return text;
            }
        }
    }

    private static string TypeName(VarType type) => type switch
    {
        VarType.Void => "void",
        VarType.String => "string",
        VarType.Int => "int",
        VarType.Bool => "bool",
        VarType.ListOfString => "List<string>",
        _ => "Dictionary<string, int>",
    };

    private enum VarType
    {
        Void,
        String,
        Int,
        Bool,
        ListOfString,
        MapOfInt,
    }

    private sealed record Variable(string Name, VarType Type, bool ReadOnly = false);

    private sealed record MethodSignature(string Name, VarType Returns, IReadOnlyList<Variable> Parameters, bool IsPublic);

    private sealed class ClassModel
    {
        public ClassModel(string ns, string name)
        {
            Namespace = ns;
            Name = name;
        }

        public string Namespace { get; }

        public string Name { get; }

        public List<Variable> State { get; } = new();

        public List<MethodSignature> Methods { get; } = new();

        public List<string> Members { get; } = new();

        public HashSet<string> Imports { get; } = new(StringComparer.Ordinal);

        public int Lines { get; set; }
    }

    /// <summary>What a statement can use: the class's state, the method's parameters, and the locals of enclosing blocks.</summary>
    private sealed class Scope
    {
        private readonly List<List<Variable>> _blocks = new() { new List<Variable>() };
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        public Scope(ClassModel model, MethodSignature method)
        {
            Model = model;
            Method = method;
            foreach (var parameter in method.Parameters)
            {
                _names.Add(parameter.Name);
            }
        }

        public ClassModel Model { get; }

        public MethodSignature Method { get; }

        public void Push() => _blocks.Add(new List<Variable>());

        public void Pop() => _blocks.RemoveAt(_blocks.Count - 1);

        public void Add(Variable variable) => _blocks[^1].Add(variable);

        /// <summary>A new local name, unique in the method (C# forbids a local hiding another of an enclosing block).</summary>
        public string NewLocal(CodeGenerator generator) => generator.UniqueName(_names, pascal: false, member: false);

        public Variable? Find(VarType type, Rng rng)
        {
            var candidates = Visible().Where(v => v.Type == type).ToList();
            return candidates.Count == 0 ? null : candidates[rng.Next(candidates.Count)];
        }

        public Variable? Assignable(Rng rng, VarType? type = null)
        {
            var candidates = Visible().Where(v => !v.ReadOnly && v.Type is VarType.String or VarType.Int or VarType.Bool && (type is null || v.Type == type)).ToList();
            return candidates.Count == 0 ? null : candidates[rng.Next(candidates.Count)];
        }

        private IEnumerable<Variable> Visible() => Model.State.Concat(Method.Parameters).Concat(_blocks.SelectMany(b => b));
    }
}
