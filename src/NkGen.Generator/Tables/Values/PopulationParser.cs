using System;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads a population as written: exact (<c>768,551</c>) or rounded (<c>770,000</c>, <c>2.8M</c>, <c>310K</c>,
    /// <c>1.2 million</c>, optionally after <c>~</c> or <c>about</c>). A whole number ending in three or more zeros, or one
    /// with a suffix, counts as rounded.
    /// </summary>
    internal static class PopulationParser
    {
        private const int RoundedTrailingZeros = 3;

        private static readonly Regex Figure = new(
            @"^(?:~|≈|c\.|ca\.|about|approx\.?|approximately)?\s*(?<number>[\d.,\u00A0\u202F ]+?)\s*(?<suffix>m|mn|million|k|thousand)?\s*\+?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static PopulationFigure? Parse(string written, int? censusYear)
        {
            var plain = Markup.Plain(written);
            var match = Figure.Match(plain);
            if (!match.Success || !Digits.TryParse(match.Groups["number"].Value, out var digits)) return null;
            var suffix = match.Groups["suffix"].Value.ToLowerInvariant();
            var scale = suffix switch
            {
                "m" or "mn" or "million" => 1_000_000d,
                "k" or "thousand" => 1_000d,
                _ => 1d,
            };
            if (digits.HasFraction && scale == 1d) return null;
            var value = Math.Round(digits.Value * scale);
            if (value > long.MaxValue / 2) return null;
            var rounded = scale != 1d || digits.TrailingZeros >= RoundedTrailingZeros || plain.StartsWith("~", StringComparison.Ordinal)
                || char.IsLetter(plain[0]);
            return new PopulationFigure((long)value, digits.SignificantDigits, rounded, censusYear, written.Trim());
        }
    }
}
