using System.Globalization;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A written number: <c>3,255,288</c>, <c>2.8</c>, <c>3 194</c>. <see cref="SignificantDigits"/> counts the digits
    /// the writer vouched for (leading and trailing zeros of the integer part are not counted).
    /// </summary>
    internal readonly struct Digits
    {
        private static readonly Regex Number = new(@"^(?<int>\d{1,3}(?:[,\u00A0\u202F ]\d{3})+|\d+)(?:\.(?<frac>\d+))?$", RegexOptions.CultureInvariant);

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

        public static bool TryParse(string text, out Digits digits)
        {
            digits = default;
            var match = Number.Match(text.Trim());
            if (!match.Success) return false;
            var whole = match.Groups["int"].Value.Replace(",", "").Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
            var fraction = match.Groups["frac"].Success ? match.Groups["frac"].Value : "";
            if (!double.TryParse(fraction.Length == 0 ? whole : whole + "." + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
            var all = (whole + fraction).TrimStart('0');
            var significant = fraction.Length > 0 ? all.Length : all.TrimEnd('0').Length;
            var trailing = fraction.Length > 0 ? 0 : whole.Length - whole.TrimEnd('0').Length;
            digits = new Digits(value, significant < 1 ? 1 : significant, whole.TrimStart('0').Length == 0 ? 0 : trailing, fraction.Length > 0);
            return true;
        }
    }
}
