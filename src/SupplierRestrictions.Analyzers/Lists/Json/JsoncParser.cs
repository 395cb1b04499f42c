using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SupplierRestrictions.Analyzers.Lists.Json;

/// <summary>
/// Reads JSON with comments and trailing commas (the tsconfig/launchSettings dialect) into nodes that keep
/// their positions. Written here rather than taken from a package because an analyzer must not ship
/// dependencies that can clash with the compiler host's own copies.
/// </summary>
internal sealed class JsoncParser
{
    /// <summary>Deeper nesting is rejected, so hostile input cannot overflow the compiler's stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _pos;

    private JsoncParser(string text)
    {
        _text = text;
        _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <exception cref="JsonSyntaxException">The text is not JSON (with comments and trailing commas).</exception>
    public static JsonNode Parse(string text)
    {
        var parser = new JsoncParser(text);
        parser.SkipTrivia();
        if (parser._pos >= text.Length)
        {
            throw new JsonSyntaxException("the file is empty; expected a JSON object", parser._pos);
        }

        var root = parser.ParseValue(0);
        parser.SkipTrivia();
        if (parser._pos < text.Length)
        {
            throw new JsonSyntaxException("unexpected text after the end of the JSON value", parser._pos);
        }

        return root;
    }

    private JsonNode ParseValue(int depth)
    {
        if (_pos >= _text.Length)
        {
            throw new JsonSyntaxException("unexpected end of file; expected a value", _pos);
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                int start = _pos;
                string value = ParseString();
                return new JsonString(start, _pos, value);
            case 't':
                return ParseKeyword("true", p => new JsonBoolean(p, p + 4, true));
            case 'f':
                return ParseKeyword("false", p => new JsonBoolean(p, p + 5, false));
            case 'n':
                return ParseKeyword("null", p => new JsonNull(p, p + 4));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                throw new JsonSyntaxException($"unexpected character '{Printable(c)}'; expected a value", _pos);
        }
    }

    private JsonNode ParseKeyword(string keyword, System.Func<int, JsonNode> create)
    {
        if (string.CompareOrdinal(_text, _pos, keyword, 0, keyword.Length) != 0
            || (_pos + keyword.Length < _text.Length && IsIdentifierChar(_text[_pos + keyword.Length])))
        {
            throw new JsonSyntaxException($"unexpected token; expected a value (strings need double quotes)", _pos);
        }

        var node = create(_pos);
        _pos += keyword.Length;
        return node;
    }

    private JsonObject ParseObject(int depth)
    {
        CheckDepth(depth);
        int start = _pos;
        _pos++; // {
        var properties = new List<JsonProperty>();
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException("unexpected end of file; expected '}'", _pos);
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                return new JsonObject(start, _pos, properties);
            }

            if (_text[_pos] != '"')
            {
                throw new JsonSyntaxException($"unexpected character '{Printable(_text[_pos])}'; expected a property name in double quotes", _pos);
            }

            int nameStart = _pos;
            string name = ParseString();
            int nameEnd = _pos;
            SkipTrivia();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                throw new JsonSyntaxException($"expected ':' after property name \"{name}\"", _pos);
            }

            _pos++;
            SkipTrivia();
            var value = ParseValue(depth);
            properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException("unexpected end of file; expected ',' or '}'", _pos);
            }

            if (_text[_pos] == ',')
            {
                _pos++;
            }
            else if (_text[_pos] != '}')
            {
                throw new JsonSyntaxException($"unexpected character '{Printable(_text[_pos])}'; expected ',' or '}}'", _pos);
            }
        }
    }

    private JsonArray ParseArray(int depth)
    {
        CheckDepth(depth);
        int start = _pos;
        _pos++; // [
        var items = new List<JsonNode>();
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException("unexpected end of file; expected ']'", _pos);
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                return new JsonArray(start, _pos, items);
            }

            items.Add(ParseValue(depth));
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException("unexpected end of file; expected ',' or ']'", _pos);
            }

            if (_text[_pos] == ',')
            {
                _pos++;
            }
            else if (_text[_pos] != ']')
            {
                throw new JsonSyntaxException($"unexpected character '{Printable(_text[_pos])}'; expected ',' or ']'", _pos);
            }
        }
    }

    private string ParseString()
    {
        int open = _pos;
        _pos++; // "
        StringBuilder? builder = null;
        int runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new JsonSyntaxException("unterminated string", open);
            }

            char c = _text[_pos];
            if (c == '"')
            {
                string value = builder is null
                    ? _text.Substring(runStart, _pos - runStart)
                    : builder.Append(_text, runStart, _pos - runStart).ToString();
                _pos++;
                return value;
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException(c == '\n' || c == '\r' ? "unterminated string (line break inside a string)" : "control character inside a string; escape it", _pos);
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _pos - runStart);
            if (_pos + 1 >= _text.Length)
            {
                throw new JsonSyntaxException("unterminated string", open);
            }

            char e = _text[_pos + 1];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_pos + 6 > _text.Length
                        || !int.TryParse(_text.Substring(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                    {
                        throw new JsonSyntaxException("invalid \\u escape; expected four hex digits", _pos);
                    }

                    builder.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw new JsonSyntaxException($"invalid escape '\\{Printable(e)}'", _pos);
            }

            _pos += 2;
            runStart = _pos;
        }
    }

    private JsonNumber ParseNumber()
    {
        int start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        if (_pos >= _text.Length || !IsDigit(_text[_pos]))
        {
            throw new JsonSyntaxException("invalid number", start);
        }

        if (_text[_pos] == '0')
        {
            _pos++;
        }
        else
        {
            SkipDigits();
        }

        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
            if (_pos >= _text.Length || !IsDigit(_text[_pos]))
            {
                throw new JsonSyntaxException("invalid number: expected a digit after '.'", _pos);
            }

            SkipDigits();
        }

        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            _pos++;
            if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-'))
            {
                _pos++;
            }

            if (_pos >= _text.Length || !IsDigit(_text[_pos]))
            {
                throw new JsonSyntaxException("invalid number: expected a digit in the exponent", _pos);
            }

            SkipDigits();
        }

        if (_pos < _text.Length && IsIdentifierChar(_text[_pos]))
        {
            throw new JsonSyntaxException("invalid number", start);
        }

        return new JsonNumber(start, _pos, _text.Substring(start, _pos - start));
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && IsDigit(_text[_pos]))
        {
            _pos++;
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                // A line comment ends at any line break, as in JavaScript: with CR-only line endings, running on
                // to the next LF would swallow the entries on the following lines without an error.
                while (_pos < _text.Length && !IsLineBreak(_text[_pos]))
                {
                    _pos++;
                }
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                int end = _text.IndexOf("*/", _pos + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new JsonSyntaxException("unterminated /* comment", _pos);
                }

                _pos = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonSyntaxException($"nesting deeper than {MaxDepth} levels", _pos);
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString();
}
