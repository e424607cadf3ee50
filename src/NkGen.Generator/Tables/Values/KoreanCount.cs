using System.Globalization;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A count in Korean notation, by myriads: <c>9만</c> (90,000), <c>7만 2천</c> (72,000), <c>12만5천</c> (125,000),
    /// <c>1.5만</c> (15,000), <c>3백</c>, <c>1억 2천만</c>; after <c>약</c> (about) it is approximate. The persons' counter
    /// <c>명</c> after a count is read through by <see cref="PopulationParser"/>.
    /// </summary>
    internal static class KoreanCount
    {
        // Groups from the largest unit down, each a number and its unit; the last may be a plain number of ones.
        private static readonly Regex Count = new(
            @"^(?<about>약\s*)?(?:(?<eok>\d+(?:\.\d+)?)\s*억\s*)?(?:(?<man>\d+(?:\.\d+)?|(?:\d\s*천\s*)?(?:\d\s*백\s*)?(?:\d+\s*)?)\s*만\s*)?(?:(?<cheon>\d+(?:\.\d+)?)\s*천\s*)?(?:(?<baek>\d+)\s*백\s*)?(?<ones>\d+)?$",
            RegexOptions.CultureInvariant);

        private const int MaxLength = 64;

        /// <summary>
        /// The count, when <paramref name="plain"/> is one written with at least one unit. It is <paramref name="rounded"/>
        /// unless its ones are written (76만 8551 is exact; 7만 2천 and 약 76만 8551 are not).
        /// </summary>
        public static bool TryParse(string plain, out long value, out int significantDigits, out bool rounded)
        {
            value = 0;
            significantDigits = 0;
            rounded = false;
            // A count is a few characters: a longer cell is none, and the pattern never meets a hostile megabyte.
            if (plain.Length > MaxLength) return false;
            if (plain.IndexOf('만') < 0 && plain.IndexOf('천') < 0 && plain.IndexOf('백') < 0 && plain.IndexOf('억') < 0) return false;
            var match = Count.Match(plain.Trim());
            if (!match.Success) return false;
            double total = 0;
            var anyUnit = false;
            foreach (var (group, unit) in new[] { ("eok", 100_000_000d), ("man", 10_000d), ("cheon", 1_000d), ("baek", 100d), ("ones", 1d) })
            {
                var written = match.Groups[group].Value;
                if (written.Trim().Length == 0) continue;
                if (group == "man" && !double.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                {
                    // "1천2백만" (12,000,000): thousands and hundreds of myriads.
                    if (!TryParse(written.Trim(), out var myriads, out _, out _)) return false;
                    total += myriads * unit;
                }
                else
                {
                    if (!double.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return false;
                    total += number * unit;
                }

                anyUnit |= unit > 1;
            }

            if (!anyUnit || total <= 0 || total > long.MaxValue / 2) return false;
            value = (long)System.Math.Round(total);
            var digits = value.ToString(CultureInfo.InvariantCulture).TrimEnd('0');
            significantDigits = System.Math.Max(1, digits.Length);
            rounded = match.Groups["about"].Success || !match.Groups["ones"].Success;
            return true;
        }
    }
}
