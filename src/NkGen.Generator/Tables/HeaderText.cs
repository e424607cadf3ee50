using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Header and key text as the recognizers compare it. <see cref="Core"/> is the words that say what the column holds:
    /// markup and footnote marks ("[1]", "*", "¹") removed, diacritics folded, lower case, apostrophes dropped and other
    /// punctuation as spaces, without its unit ("(km²)", "in km²", "/km²"), years and dates ("2008", "2008-10-01") and
    /// census or estimate words ("census", "Zensus", "est."). So "Chosŏn'gŭl", "CHOSONGUL" and "chosongul" are one header,
    /// and "Population[1] 2008 census", "Einwohner Zensus 2008" and "Population (Census 2008-10-01)" name a population.
    /// </summary>
    internal sealed class HeaderText
    {
        private static readonly HashSet<string> DatingWords = new()
        {
            "census", "censuses", "estimate", "estimates", "estimated", "est", "zensus", "volkszahlung", "schatzung", "geschatzt", "stand",
            // Spanish and Portuguese, French, Italian: "Población (censo 2008)", "Population recensement 2008".
            "censo", "recensement", "censimento",
        };

        // Matched right to left: a unit ends a header ("Fläche in km²", "Einwohner/km²", "Area sq mi").
        private static readonly Regex TrailingUnit = new(
            @"(?:\s+in)?(?:\s*(?<per>/)\s*|\s+(?<per>je|pro|per)\s+|\s*)\b(?<unit>km²|km2|km\^2|sq\.?\s?km|sq\.?\s?mi|mi²|mi2|qkm|ha)\.?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

        private static readonly Regex YearInText = new(@"(?<!\d)" + YearText.Pattern + @"(?!\d)", RegexOptions.CultureInvariant);

        private static readonly Regex DatingInUnit = new(
            @"(?<!\d)" + YearText.Pattern + @"(?:-\d{1,2}){0,2}(?!\d)|\b(?:census|zensus|volkszählung|estimated?|est\.|est\b|schätzung|stand|as of|censo|recensement|censimento)",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private HeaderText(string core, string unit, int? year, bool perArea, string? wordsCore = null)
        {
            Core = core;
            WordsCore = wordsCore;
            Unit = unit;
            Year = year;
            PerArea = perArea;
        }

        /// <summary>No column header: a figure from a guide block or a summary field, in its default unit, undated by its header.</summary>
        public static HeaderText Unlabelled { get; } = new("", "", null, false);

        public string Core { get; }

        /// <summary>
        /// The core with camelCase and PascalCase words taken apart ("stateName" is "state name"), when the header joins
        /// words so, as database exports write their column names; null when it does not. Tried after <see cref="Core"/>:
        /// "McCune" stays one word where the vocabulary has it.
        /// </summary>
        public string? WordsCore { get; }

        /// <summary>The unit the header gives: the text in parentheses without dates and census words, or a trailing "in km²".</summary>
        public string Unit { get; }

        /// <summary>A plausible year anywhere in the header ("Population (2008 census)"): it dates the column's figures.</summary>
        public int? Year { get; }

        /// <summary>The unit is per area ("/km²", "je km²"): "Einwohner/km²" is a density, not a population.</summary>
        public bool PerArea { get; }

        public static HeaderText Of(string written)
        {
            var plain = Footnotes.Strip(Markup.Plain(written));
            var open = plain.IndexOf('(');
            var close = open < 0 ? -1 : plain.IndexOf(')', open);
            var core = open < 0 ? plain : plain.Substring(0, open) + (close < 0 ? "" : " " + plain.Substring(close + 1));
            var inParentheses = open < 0 ? "" : plain.Substring(open + 1, (close < 0 ? plain.Length : close) - open - 1);

            // Most headers are a plain word or two: the regexes run only where a year or a unit could be.
            var yearMatch = HasDigit(plain) ? YearInText.Match(plain) : Match.Empty;
            int? year = yearMatch.Success ? int.Parse(yearMatch.Value, CultureInfo.InvariantCulture) : null;

            var unit = inParentheses.Length == 0 ? "" : DatingInUnit.Replace(inParentheses, " ").Trim(' ', ',', ';', '.');
            var trailing = MayEndInUnit(core) ? TrailingUnit.Match(core.TrimEnd()) : Match.Empty;
            if (trailing.Success)
            {
                core = core.TrimEnd().Substring(0, trailing.Index);
                if (unit.Length == 0) unit = (trailing.Groups["per"].Success ? "/" : "") + trailing.Groups["unit"].Value;
            }

            var key = Key(core);
            var apart = ApartWords(core);
            var words = ReferenceEquals(apart, core) ? null : Key(apart);
            return new HeaderText(key, unit, year, unit.StartsWith("/", System.StringComparison.Ordinal), words == key ? null : words);
        }

        // The text with a space wherever a lower-case letter meets an upper-case one ("stateName", "WikiDataId"); the text
        // itself when nothing joins words so.
        private static string ApartWords(string text)
        {
            StringBuilder? apart = null;
            for (var i = 0; i < text.Length; i++)
            {
                if (i > 0 && char.IsLower(text[i - 1]) && char.IsUpper(text[i])) (apart ??= new StringBuilder(text.Length + 4).Append(text, 0, i)).Append(' ');
                apart?.Append(text[i]);
            }

            return apart?.ToString() ?? text;
        }

        /// <summary>
        /// The normalized words without years, dates and census words; a header that is nothing but a date ("2008") keeps
        /// it, so that it stays an unknown column rather than an ignored one.
        /// </summary>
        private static string Key(string core)
        {
            var normalized = Normalize(core);
            var kept = new StringBuilder(normalized.Length);
            var afterYear = false;
            foreach (var word in normalized.Split(' '))
            {
                var isYear = YearText.IsPlausibleYear(word);
                var isDatePart = afterYear && word.Length <= 2 && word.Length > 0 && char.IsDigit(word[0]);
                afterYear = isYear || isDatePart;
                if (isYear || isDatePart || DatingWords.Contains(word) || word.Length == 0) continue;
                if (kept.Length > 0) kept.Append(' ');
                kept.Append(word);
            }

            var key = kept.ToString();
            if (key.EndsWith(" as of", System.StringComparison.Ordinal)) key = key.Substring(0, key.Length - " as of".Length);
            return key.Length == 0 ? normalized : key;
        }

        /// <summary>Longest text whose normal form <see cref="LastNormalized"/> keeps: a hostile cell must not stay with the thread.</summary>
        private const int RememberedLength = 256;

        // A name is normalized several times in a row as it is checked (a country total? a known province? a province's
        // form?), once per check. Strings are immutable, so the last answer is kept by reference: the repeats cost a
        // comparison instead of a builder and a string. One per thread: generators run in parallel.
        [System.ThreadStatic]
        private static string[]? LastNormalized;

        /// <summary>Where <see cref="NormalizeAnew"/> writes a normal form of up to <see cref="RememberedLength"/> characters.</summary>
        [System.ThreadStatic]
        private static char[]? NormalBuffer;

        public static string Normalize(string text)
        {
            var last = LastNormalized ??= new string[2];
            if (ReferenceEquals(last[0], text)) return last[1];
            var normalized = NormalizeAnew(text);
            if (text.Length <= RememberedLength)
            {
                last[0] = text;
                last[1] = normalized;
            }

            return normalized;
        }

        private static string NormalizeAnew(string text)
        {
            var plain = Markup.Plain(text);
            var decomposed = IsAscii(plain) ? plain : Common.Utf16.Normalize(plain, NormalizationForm.FormD);
            // Each character gives at most one, so the normal form fits a buffer of the text's length: one string made,
            // no builder. The result holds letters, digits and single spaces and never starts with a space, so trimming
            // it is dropping a final space.
            var buffer = decomposed.Length <= RememberedLength ? NormalBuffer ??= new char[RememberedLength] : new char[decomposed.Length];
            var length = 0;
            foreach (var c in decomposed)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`') continue;
                if (char.IsLetterOrDigit(c)) buffer[length++] = char.ToLowerInvariant(c);
                else if (length > 0 && buffer[length - 1] != ' ') buffer[length++] = ' ';
            }

            if (length > 0 && buffer[length - 1] == ' ') length--;
            return new string(buffer, 0, length);
        }

        private static bool HasDigit(string text)
        {
            foreach (var c in text)
            {
                if (c >= '0' && c <= '9') return true;
            }

            return false;
        }

        private static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c > '\u007F') return false;
            }

            return true;
        }

        private static bool MayEndInUnit(string core) =>
            core.IndexOf("km", System.StringComparison.OrdinalIgnoreCase) >= 0 || core.IndexOf("mi", System.StringComparison.OrdinalIgnoreCase) >= 0
            || core.IndexOf("ha", System.StringComparison.OrdinalIgnoreCase) >= 0;

        public override string ToString() => Unit.Length == 0 ? Core : $"{Core} ({Unit})";
    }
}
