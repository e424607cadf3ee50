using System.Globalization;
using System.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A written number: <c>3,255,288</c>, <c>2.8</c>, <c>3 194</c>, <c>240.117</c>, <c>1'234'567</c>.
    /// <see cref="SignificantDigits"/> counts the digits the writer vouched for (leading and trailing zeros of the integer
    /// part are not counted).
    /// </summary>
    /// <remarks>
    /// Thousands separators are recognised by the number's shape alone, never guessed: a first group of one to three digits,
    /// then groups of exactly three digits, every group after the same separator (<c>,</c> <c>.</c> <c>'</c> U+2019, a space,
    /// a thin, narrow no-break or no-break space). A decimal mark is a <c>.</c> (or a <c>,</c> after <c>.</c>-grouped
    /// digits, "1.234,5") followed by at least one digit. One dot before exactly three digits ("1.234") has both shapes:
    /// it is a thousands separator only when the caller reads a whole count (<paramref name="wholeCount"/> of
    /// <see cref="TryParse(string, out Digits, bool)"/>), otherwise a decimal point. "12,34", "1,2345" and "1.5" as a
    /// whole count are no numbers. A column headed in German (<paramref name="decimalComma"/> of
    /// <see cref="TryParse(string, out Digits, bool, bool)"/>) writes numbers the German way: a <c>.</c> (or a space or
    /// apostrophe) groups thousands, always, and a <c>,</c> is the decimal mark ("16.613" is 16613, "746,5" is 746.5).
    /// </remarks>
    internal readonly struct Digits
    {
        private const string GroupSeparators = ",.'\u2019 \u00A0\u2009\u202F";

        [System.ThreadStatic]
        private static StringBuilder? Builder;

        private Digits(double value, int significantDigits, int trailingZeros, bool hasFraction)
        {
            Value = value;
            SignificantDigits = significantDigits;
            TrailingZeros = trailingZeros;
            HasFraction = hasFraction;
        }

        public double Value { get; }

        public int SignificantDigits { get; }

        /// <summary>Zeros at the end of a whole number (770,000 has four), a sign that it was rounded.</summary>
        public int TrailingZeros { get; }

        public bool HasFraction { get; }

        public static bool TryParse(string text, out Digits digits) => TryParse(text, out digits, wholeCount: false);

        public static bool TryParse(string text, out Digits digits, bool wholeCount, bool decimalComma = false)
        {
            digits = default;
            if (!TrySplit(text.Trim(), wholeCount, decimalComma, out var whole, out var fraction)) return false;
            if (!double.TryParse(fraction.Length == 0 ? whole : whole + "." + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
            // Counted, not trimmed: every population is read here, and each trim was a string (and, in netstandard2.0, an
            // array for its one character) per cell.
            var leading = ZerosAtStart(whole);
            var wholeIsZero = leading == whole.Length;
            var significant = fraction.Length > 0
                ? whole.Length - leading + (wholeIsZero ? fraction.Length - ZerosAtStart(fraction) : fraction.Length)
                : whole.Length - leading - (wholeIsZero ? 0 : ZerosAtEnd(whole));
            var trailing = fraction.Length > 0 || wholeIsZero ? 0 : ZerosAtEnd(whole);
            digits = new Digits(value, significant < 1 ? 1 : significant, trailing, fraction.Length > 0);
            return true;
        }

        private static int ZerosAtStart(string digits)
        {
            var n = 0;
            while (n < digits.Length && digits[n] == '0') n++;
            return n;
        }

        private static int ZerosAtEnd(string digits)
        {
            var n = 0;
            while (n < digits.Length && digits[digits.Length - 1 - n] == '0') n++;
            return n;
        }

        /// <summary>One pass over the text: digit groups, their one separator, then an optional fraction. No backtracking.</summary>
        private static bool TrySplit(string t, bool wholeCount, bool decimalComma, out string whole, out string fraction)
        {
            whole = fraction = "";
            // One builder per thread, reused: every population and area is split here.
            // A hostile cell of a million digits gets a builder of its own, so that none that size stays with the thread.
            var builder = t.Length <= 256 ? Builder ??= new StringBuilder(32) : new StringBuilder(t.Length);
            builder.Clear();
            var i = 0;
            var firstGroup = 0;
            while (i < t.Length && IsDigit(t[i])) builder.Append(t[i++]);
            firstGroup = builder.Length;
            if (firstGroup == 0) return false;

            char? separator = null;
            var groups = 0;
            while (i < t.Length && GroupSeparators.IndexOf(t[i]) >= 0 && !(decimalComma && t[i] == ',') && (separator is null || t[i] == separator) && ThreeDigitsAt(t, i + 1))
            {
                separator = t[i];
                builder.Append(t, i + 1, 3);
                i += 4;
                groups++;
            }

            if (groups > 0 && firstGroup > 3) return false;
            // "1.234" read as a decimal: one dot group where a fraction is allowed is the fraction.
            if (groups == 1 && separator == '.' && !wholeCount && !decimalComma && i == t.Length)
            {
                whole = builder.ToString(0, firstGroup);
                fraction = builder.ToString(firstGroup, 3);
                return true;
            }

            whole = builder.ToString();
            if (i == t.Length) return true;
            var decimalMark = decimalComma || separator == '.' ? ',' : '.';
            if (t[i] != decimalMark || i + 1 >= t.Length) return false;
            var start = ++i;
            while (i < t.Length && IsDigit(t[i])) i++;
            if (i != t.Length || i == start) return false;
            fraction = t.Substring(start);
            return true;
        }

        private static bool ThreeDigitsAt(string t, int i) =>
            i + 3 <= t.Length && IsDigit(t[i]) && IsDigit(t[i + 1]) && IsDigit(t[i + 2]) && (i + 3 == t.Length || !IsDigit(t[i + 3]));

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
