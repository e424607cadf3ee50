using System.Globalization;
using System.Text;

namespace NkGen
{
    /// <summary>
    /// The text form of generated rows: one row per line, fields separated by <c>|</c>, list items by <c>;</c>, the parts
    /// of an item by <c>,</c>. A value escapes those, the backslash and every character that could break a line or a
    /// string literal with a backslash (<c>\|</c>, <c>\n</c>, <c>\u0085</c>), so a raw separator is always a separator.
    /// </summary>
    /// <remarks>
    /// One file shared by the runtime (which reads rows) and the generator (which writes them, linked into
    /// NkGen.Generator), so that both sides follow one set of rules. A compiler binds one long string literal far faster
    /// than the object creations it replaces, and the runtime reads a row only when its entity is first used.
    /// </remarks>
    internal static class RowText
    {
        /// <summary>
        /// The layout version: a generated table and the runtime that reads it must agree. Format 2 writes other names that
        /// repeat the row's Chosŏn'gŭl or Hancha name as markers (<see cref="SameNameMarker"/>) and puts a city's sources
        /// before its optional facts, so that a row of the usual few facts ends early.
        /// </summary>
        public const int Format = 2;

        /// <summary>Rows per string literal: a row is found by scanning its chunk only.</summary>
        public const int RowsPerChunk = 128;

        public const char Row = '\n';
        public const char Field = '|';
        public const char Item = ';';
        public const char Part = ',';
        public const char Escape = '\\';

        /// <summary>
        /// The marker that stands for an other name repeating the row's Chosŏn'gŭl (<c>\k</c>) or Hancha (<c>\h</c>) name,
        /// or either without its last character (<c>\K</c>, <c>\H</c>: 함흥 for 함흥시); null when it repeats neither.
        /// Such names are most of a row's other names and three bytes a character in the compiler's UTF-8; a marker is
        /// never an escape, as <see cref="Escaped"/> escapes no letter.
        /// </summary>
        public static string? SameNameMarker(string name, string? korean, string? hancha)
        {
            if (name.Length == 0) return null;
            if (name == korean) return "\\k";
            if (name == hancha) return "\\h";
            if (IsShortened(name, korean)) return "\\K";
            if (IsShortened(name, hancha)) return "\\H";
            return null;
        }

        /// <summary>The item between <paramref name="start"/> and <paramref name="end"/>: a name, or the name its <see cref="SameNameMarker"/> stands for.</summary>
        public static string Name(string text, int start, int end, string? korean, string? hancha)
        {
            if (end - start == 2 && text[start] == Escape)
            {
                switch (text[start + 1])
                {
                    case 'k' when korean is not null: return korean;
                    case 'h' when hancha is not null: return hancha;
                    case 'K' when korean is { Length: > 1 }: return korean.Substring(0, korean.Length - 1);
                    case 'H' when hancha is { Length: > 1 }: return hancha.Substring(0, hancha.Length - 1);
                }
            }

            return Unescaped(text, start, end);
        }

        private static bool IsShortened(string name, string? full) =>
            full is not null && full.Length == name.Length + 1 && full.StartsWith(name, System.StringComparison.Ordinal);

        /// <summary><paramref name="value"/> with every separator, backslash and line-breaking character escaped.</summary>
        public static string Escaped(string value)
        {
            StringBuilder? text = null;
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                var escape = EscapeOf(value, i);
                if (escape is null)
                {
                    text?.Append(c);
                    continue;
                }

                text ??= new StringBuilder(value, 0, i, value.Length + 8);
                text.Append(escape);
            }

            return text?.ToString() ?? value;
        }

        /// <summary>The text between <paramref name="start"/> and <paramref name="end"/> with its escapes resolved.</summary>
        public static string Unescaped(string text, int start, int end)
        {
            var slash = text.IndexOf(Escape, start, end - start);
            if (slash < 0) return text.Substring(start, end - start);
            var value = new StringBuilder(end - start);
            value.Append(text, start, slash - start);
            for (var i = slash; i < end; i++)
            {
                var c = text[i];
                if (c != Escape || i + 1 >= end)
                {
                    value.Append(c);
                    continue;
                }

                var next = text[++i];
                if (next == 'n') value.Append('\n');
                else if (next == 'r') value.Append('\r');
                else if (next == 'u' && i + 4 < end)
                {
                    value.Append((char)int.Parse(text.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 4;
                }
                else value.Append(next);
            }

            return value.ToString();
        }

        /// <summary>The items between <paramref name="start"/> and <paramref name="end"/> (not empty), split at unescaped <c>;</c> and unescaped.</summary>
        public static string[] Items(string text, int start, int end)
        {
            var items = new string[Count(text, Item, start, end)];
            for (int i = 0, item = start; i < items.Length; i++)
            {
                var itemEnd = NextSeparator(text, Item, item, end);
                items[i] = Unescaped(text, item, itemEnd);
                item = itemEnd + 1;
            }

            return items;
        }

        /// <summary>
        /// How many pieces the unescaped <paramref name="separator"/>s split the text between <paramref name="start"/> and
        /// <paramref name="end"/> into. Counting first lets a reader fill an array: a row's first read then loads no
        /// collection type (at tier 0, each generic instantiation and assembly load is paid on that first read).
        /// </summary>
        public static int Count(string text, char separator, int start, int end)
        {
            var count = 1;
            for (var at = NextSeparator(text, separator, start, end); at < end; at = NextSeparator(text, separator, at + 1, end)) count++;
            return count;
        }

        /// <summary>The first unescaped <paramref name="separator"/> at or after <paramref name="start"/> before <paramref name="end"/>, or <paramref name="end"/>.</summary>
        public static int NextSeparator(string text, char separator, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == separator) return i;
                if (c == Escape) i++;
            }

            return end;
        }

        private static string? EscapeOf(string value, int i)
        {
            var c = value[i];
            if (c > Escape && c < '\u007F' && c != Field) return null; // printable ASCII after the backslash: never escaped
            switch (c)
            {
                case Escape:
                case Field:
                case Item:
                case Part:
                    return "\\" + c;
                case '\n':
                    return "\\n";
                case '\r':
                    return "\\r";
            }

            return MustNotAppearRaw(value, i) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : null;
        }

        /// <summary>
        /// Characters that must not appear raw in generated source: controls, C# line terminators, format characters
        /// (bidi overrides and isolates, zero-width marks), unassigned and private-use characters, and unpaired
        /// surrogates (which no file encoding keeps). Letters of any script stay as written.
        /// </summary>
        public static bool MustNotAppearRaw(string text, int index)
        {
            var c = text[index];
            if (c >= ' ' && c < '\u007F') return false;
            if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
            if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
            if (c == '\u2028' || c == '\u2029' || c == '\u0085') return true;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
        }
    }
}
