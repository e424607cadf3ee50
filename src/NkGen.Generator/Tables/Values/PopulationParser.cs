using System;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads a population as people write it: exact (<c>768,551</c>, <c>240.117</c>, <c>3 255 288</c>) or rounded
    /// (<c>770,000</c>, <c>2.8M</c>, <c>310K</c>, <c>1.2 million</c>, after <c>~</c>, <c>about</c>, <c>ca.</c>,
    /// <c>approx.</c> or <c>est.</c>). A whole number ending in three or more zeros, one with a suffix, and an estimate
    /// count as rounded. A year after the figure (<c>240,117 (2008)</c>, <c>[2008]</c>, <c>(2008 census)</c>,
    /// <c>in 2008</c>) dates it as a census note would; footnote marks (<c>[1]</c>, <c>*</c>, <c>¹</c>, <c>668,557a</c>)
    /// are read through. Korean counts are read too: <c>125,000명</c>, <c>약 9만</c>, <c>7만 2천</c> (<see cref="KoreanCount"/>).
    /// Thousands separators follow <see cref="Digits"/>: a population is a whole count, so a single
    /// dot before three digits groups thousands and "1.5" is no population.
    /// </summary>
    internal static class PopulationParser
    {
        private const int RoundedTrailingZeros = 3;
        private const string EstimateWords = @"est\.?|estimated?|geschätzt|schätzung";

        private static readonly Regex Figure = new(
            @"^(?<approx>~|≈|c\.|ca\.|circa|about|approx\.?|approximately|" + EstimateWords + @"|etwa|rund|ungefähr|약)?\s*(?<number>\d[\d.,'’\u00A0\u2009\u202F ]*?)\s*(?<suffix>m|mn|million|mio\.?|k|thousand|tsd\.?)?\s*\+?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        // Matched right to left from the end of the cell, so only its last characters start an attempt.
        private static readonly Regex TrailingDate = new(
            @"(?:[(\[]\s*(?:(?<estimate>" + EstimateWords + @")|census|zensus|stand|as of)?\s*(?<year>\d{4})(?:-\d{1,2}){0,2}\s*(?:(?<estimate>" + EstimateWords + @")|census|zensus)?\s*[)\]]|\s(?:in|as of|stand)\s+(?<year>\d{4}))$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

        private static readonly Regex TrailingEstimate = new(
            @"\s[(\[]?(?:" + EstimateWords + @")[)\]]?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

        /// <param name="decimalComma">
        /// The column writes numbers the German way (<see cref="Digits"/>): "2,8 Mio." is 2.8 million. A figure that is no
        /// whole count that way ("768,551") is read the other way: a count has no decimals.
        /// </param>
        public static PopulationFigure? Parse(string written, int? censusYear, bool decimalComma = false) =>
            (decimalComma ? ParseWith(written, censusYear, decimalComma: true) : null) ?? ParseWith(written, censusYear, decimalComma: false);

        private static PopulationFigure? ParseWith(string written, int? censusYear, bool decimalComma)
        {
            var plain = Footnotes.Strip(Markup.Plain(written));
            // Most cells are a bare figure ("768,551"): no date, no estimate, no suffix, so no pattern needs to run.
            if (IsBareFigure(plain) && !decimalComma) return FigureOf(written, censusYear, plain, 1d, approximate: false, decimalComma);
            var estimate = false;
            var date = TrailingDate.Match(plain);
            if (date.Success)
            {
                if (!YearText.TryParse(date.Groups["year"].Value, out var year)) return null;
                censusYear = year;
                estimate = date.Groups["estimate"].Success;
                plain = plain.Substring(0, date.Index).TrimEnd();
            }

            var estimated = TrailingEstimate.Match(plain);
            if (estimated.Success)
            {
                estimate = true;
                plain = plain.Substring(0, estimated.Index).TrimEnd();
            }

            plain = WithoutPersons(WithoutFootnoteLetter(plain));
            // Korean notation by myriads (7만 2천, 76만 8551).
            if (KoreanCount.TryParse(plain, out var count, out var significant, out var rounded))
            {
                return new PopulationFigure(count, significant, rounded || estimate, censusYear, written.Trim());
            }

            var match = Figure.Match(plain);
            var suffix = match.Groups["suffix"].Value.ToLowerInvariant().TrimEnd('.');
            var scale = suffix switch
            {
                "m" or "mn" or "million" or "mio" => 1_000_000d,
                "k" or "thousand" or "tsd" => 1_000d,
                _ => 1d,
            };
            if (!match.Success) return null;
            return FigureOf(written, censusYear, match.Groups["number"].Value, scale, match.Groups["approx"].Success || estimate, decimalComma);
        }

        private static PopulationFigure? FigureOf(string written, int? censusYear, string number, double scale, bool approximate, bool decimalComma)
        {
            if (!Digits.TryParse(number, out var digits, wholeCount: scale == 1d, decimalComma)) return null;
            if (digits.HasFraction && scale == 1d) return null;
            var value = Math.Round(digits.Value * scale);
            if (value > long.MaxValue / 2) return null;
            var rounded = scale != 1d || digits.TrailingZeros >= RoundedTrailingZeros || approximate;
            return new PopulationFigure((long)value, digits.SignificantDigits, rounded, censusYear, written.Trim());
        }

        /// <summary>Digits and commas only, starting with a digit: what the <see cref="Figure"/> pattern reads as its number, whole.</summary>
        private static bool IsBareFigure(string plain)
        {
            if (plain.Length == 0 || plain[0] is < '0' or > '9') return false;
            foreach (var c in plain)
            {
                if (c is not (>= '0' and <= '9' or ',')) return false;
            }

            return true;
        }

        /// <summary>"125,000명", "125,000 명": the counter of persons after a Korean count.</summary>
        private static string WithoutPersons(string plain) =>
            plain.EndsWith("명", StringComparison.Ordinal) ? plain.Substring(0, plain.Length - 1).TrimEnd() : plain;

        /// <summary>"668,557a": a lower-case letter glued to the last digit marks a footnote; k and m are scale suffixes.</summary>
        private static string WithoutFootnoteLetter(string plain)
        {
            var n = plain.Length;
            return n > 1 && char.IsDigit(plain[n - 2]) && plain[n - 1] >= 'a' && plain[n - 1] <= 'z' && plain[n - 1] is not ('k' or 'm')
                ? plain.Substring(0, n - 1)
                : plain;
        }
    }
}
