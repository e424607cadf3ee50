using System.Globalization;
using System.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Header and key text as the recognizers compare it: markup removed, diacritics folded, lower case, apostrophes
    /// dropped and other punctuation as spaces, so "Chosŏn'gŭl", "CHOSONGUL" and "chosongul" are one header.
    /// <see cref="Core"/> is the text before a parenthesis, <see cref="Unit"/> the text inside it.
    /// </summary>
    internal sealed class HeaderText
    {
        private HeaderText(string core, string unit)
        {
            Core = core;
            Unit = unit;
        }

        /// <summary>No column header: a figure from a guide block or a summary field, in its default unit, undated by its header.</summary>
        public static HeaderText Unlabelled { get; } = new("", "");

        public string Core { get; }

        public string Unit { get; }

        public static HeaderText Of(string written)
        {
            var plain = Markup.Plain(written);
            var open = plain.IndexOf('(');
            var close = open < 0 ? -1 : plain.IndexOf(')', open);
            var core = open < 0 ? plain : plain.Substring(0, open) + (close < 0 ? "" : " " + plain.Substring(close + 1));
            var unit = open < 0 ? "" : plain.Substring(open + 1, (close < 0 ? plain.Length : close) - open - 1);
            return new HeaderText(Normalize(core), unit.Trim());
        }

        public static string Normalize(string text)
        {
            var decomposed = Common.Utf16.Normalize(Markup.Plain(text), NormalizationForm.FormD);
            var result = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`') continue;
                if (char.IsLetterOrDigit(c)) result.Append(char.ToLowerInvariant(c));
                else if (result.Length > 0 && result[result.Length - 1] != ' ') result.Append(' ');
            }

            return result.ToString().Trim();
        }

        public override string ToString() => Unit.Length == 0 ? Core : $"{Core} ({Unit})";
    }
}
