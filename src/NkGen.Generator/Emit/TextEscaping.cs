using System.Globalization;
using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Every piece of data text that reaches generated code passes through here: once as a C# string literal
    /// (exact round trip) and once as XML doc text (readable, never breaking out). Neither form ever holds a raw
    /// control, line-break, bidirectional or other invisible format character (Trojan Source, CVE-2021-42574).
    /// </summary>
    internal static class TextEscaping
    {
        /// <summary>A regular C# string literal, quotes included, that evaluates to exactly <paramref name="text"/>.</summary>
        public static string Literal(string? text)
        {
            if (text is null) return "null";
            if (IsPlain(text)) return "\"" + text + "\"";
            var literal = new StringBuilder(text.Length + 8).Append('"');
            AppendLiteralContent(literal, text);
            return literal.Append('"').ToString();
        }

        /// <summary>What goes between the quotes of <see cref="Literal"/>, appended to <paramref name="literal"/>.</summary>
        public static void AppendLiteralContent(StringBuilder literal, string text)
        {
            if (IsPlain(text))
            {
                literal.Append(text);
                return;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '"': literal.Append("\\\""); break;
                    case '\\': literal.Append("\\\\"); break;
                    default:
                        if (NeedsEscape(text, i)) literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else literal.Append(c);
                        break;
                }
            }
        }

        /// <summary>Text for an XML doc comment line: markup characters escaped, invisible characters shown as [U+XXXX].</summary>
        public static string Doc(string? text)
        {
            if (text is null) return "";
            if (IsPlain(text)) return text;
            var doc = new StringBuilder(text.Length + 8);
            AppendDoc(doc, text);
            return doc.ToString();
        }

        /// <summary><see cref="Doc"/> appended to <paramref name="doc"/>.</summary>
        public static void AppendDoc(StringBuilder doc, string? text)
        {
            if (text is null) return;
            if (IsPlain(text))
            {
                doc.Append(text);
                return;
            }

            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': doc.Append("&amp;"); break;
                    case '<': doc.Append("&lt;"); break;
                    case '>': doc.Append("&gt;"); break;
                    case '\r':
                    case '\n':
                    case '\t':
                        doc.Append(' ');
                        break;
                    default:
                        if (NeedsEscape(text, i)) doc.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                        else doc.Append(c);
                        break;
                }
            }
        }

        private static bool NeedsEscape(string text, int index) => RowText.MustNotAppearRaw(text, index);

        // True when neither form changes the text: no markup, quote or backslash, nothing that must not appear raw.
        // Most names and facts are like that, and a large table has hundreds of thousands of them.
        private static bool IsPlain(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '"' or '\\' or '&' or '<' or '>' || NeedsEscape(text, i)) return false;
            }

            return true;
        }
    }
}
