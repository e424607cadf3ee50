using System.Globalization;
using System.Text;
using System.Threading;

namespace NkGen.Generator.Text
{
    internal enum JsonTokenKind
    {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Colon,
        Comma,
        String,
        Number,
        True,
        False,
        Null,
        End,
        Invalid,
    }

    /// <summary>
    /// One JSON token: its kind, where it is written, and its text (a string unescaped; a number as written; for
    /// <see cref="JsonTokenKind.Invalid"/>, what is wrong).
    /// </summary>
    internal readonly struct JsonToken
    {
        public JsonToken(JsonTokenKind kind, int start, int length, string text)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Text = text;
        }

        public JsonTokenKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        public string Text { get; }

        public bool IsScalar => Kind is JsonTokenKind.String or JsonTokenKind.Number or JsonTokenKind.True or JsonTokenKind.False or JsonTokenKind.Null;
    }

    /// <summary>
    /// Splits JSON text (RFC 8259) into tokens, one at a time and without recursion, so that nesting costs nothing here;
    /// the reader decides how deep it follows.
    /// </summary>
    internal sealed class JsonTokenizer
    {
        private const int CancellationCheckInterval = 4096;

        private readonly string _text;
        private readonly CancellationToken _cancellationToken;
        private readonly StringBuilder _string = new();
        private int _position;
        private int _tokens;

        public JsonTokenizer(string text, CancellationToken cancellationToken)
        {
            _text = text;
            _cancellationToken = cancellationToken;
            _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        }

        public JsonToken Next()
        {
            if (_tokens++ % CancellationCheckInterval == 0) _cancellationToken.ThrowIfCancellationRequested();
            while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n') _position++;
            var start = _position;
            if (start >= _text.Length) return new JsonToken(JsonTokenKind.End, start, 0, "");
            var c = _text[start];
            switch (c)
            {
                case '{': return Single(JsonTokenKind.BeginObject);
                case '}': return Single(JsonTokenKind.EndObject);
                case '[': return Single(JsonTokenKind.BeginArray);
                case ']': return Single(JsonTokenKind.EndArray);
                case ':': return Single(JsonTokenKind.Colon);
                case ',': return Single(JsonTokenKind.Comma);
                case '"': return ReadString(start);
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                while (_position < _text.Length && "0123456789+-.eE".IndexOf(_text[_position]) >= 0) _position++;
                var number = _text.Substring(start, _position - start);
                return IsNumber(number)
                    ? new JsonToken(JsonTokenKind.Number, start, number.Length, number)
                    : new JsonToken(JsonTokenKind.Invalid, start, number.Length, $"'{number}' is not a JSON number");
            }

            if (char.IsLetter(c))
            {
                while (_position < _text.Length && char.IsLetterOrDigit(_text[_position]) && _position - start < 64) _position++;
                var word = _text.Substring(start, _position - start);
                return word switch
                {
                    "true" => new JsonToken(JsonTokenKind.True, start, 4, "true"),
                    "false" => new JsonToken(JsonTokenKind.False, start, 5, "false"),
                    "null" => new JsonToken(JsonTokenKind.Null, start, 4, ""),
                    _ => new JsonToken(JsonTokenKind.Invalid, start, word.Length, $"'{word}' is not a JSON value (strings are in double quotes)"),
                };
            }

            _position++;
            return new JsonToken(JsonTokenKind.Invalid, start, 1, $"'{c}' cannot start a JSON value");
        }

        private JsonToken Single(JsonTokenKind kind) => new(kind, _position++, 1, "");

        private JsonToken ReadString(int start)
        {
            _string.Clear();
            var i = start + 1;
            while (i < _text.Length)
            {
                var c = _text[i];
                if (c == '"')
                {
                    _position = i + 1;
                    return new JsonToken(JsonTokenKind.String, start, i + 1 - start, _string.ToString());
                }

                if (c == '\n' || c == '\r') break;
                if (c != '\\')
                {
                    _string.Append(c);
                    i++;
                    continue;
                }

                if (i + 1 >= _text.Length) break;
                var escaped = _text[i + 1];
                switch (escaped)
                {
                    case '"': case '\\': case '/': _string.Append(escaped); break;
                    case 'b': _string.Append('\b'); break;
                    case 'f': _string.Append('\f'); break;
                    case 'n': _string.Append('\n'); break;
                    case 'r': _string.Append('\r'); break;
                    case 't': _string.Append('\t'); break;
                    case 'u' when i + 5 < _text.Length && int.TryParse(_text.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                        _string.Append((char)code);
                        i += 4;
                        break;
                    default:
                        _position = i + 2;
                        return new JsonToken(JsonTokenKind.Invalid, i, 2, $"'\\{escaped}' is not a JSON escape");
                }

                i += 2;
            }

            // A string must close on its own line: one missing quote is then one problem here, not the rest of the file.
            _position = i;
            return new JsonToken(JsonTokenKind.Invalid, start, 1, "the string opened here is not closed on its line");
        }

        private static bool IsNumber(string s)
        {
            var i = s.Length > 0 && s[0] == '-' ? 1 : 0;
            var digits = i;
            while (i < s.Length && char.IsDigit(s[i])) i++;
            // JSON has no leading zeros: "01" would be read as a different number by another reader.
            if (i == digits || (s[digits] == '0' && i - digits > 1)) return false;
            if (i < s.Length && s[i] == '.')
            {
                var fraction = ++i;
                while (i < s.Length && char.IsDigit(s[i])) i++;
                if (i == fraction) return false;
            }

            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
                var exponent = i;
                while (i < s.Length && char.IsDigit(s[i])) i++;
                if (i == exponent) return false;
            }

            return i == s.Length;
        }
    }
}
