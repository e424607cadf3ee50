using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads an area or density: a number with an optional unit in the cell (<c>710 sqmi</c>, <c>1,234㎢</c>) or in the column header
    /// (<c>Area (km^{2})</c>). Areas are normalized to km², densities to people per km²; significant digits are kept
    /// from the written figure so that agreement checks respect its precision; a converted figure counts as rounded.
    /// </summary>
    internal static class MeasureParser
    {
        public const string SquareKilometres = "km²";
        public const string PerSquareKilometre = "/km²";
        private const double SquareMileInKm2 = 2.589988110336;

        private static readonly Regex Quantity = new(@"^(?:~|about|c\.)?\s*(?<number>[\d.,'’\u00A0\u2009\u202F ]+?)\s*(?<unit>[^\d\s.,'’].*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <param name="decimalComma">The column writes numbers the German way (<see cref="Digits"/>).</param>
        public static Measure? ParseArea(string written, string headerUnit, bool decimalComma = false) => Parse(written, headerUnit, isDensity: false, decimalComma);

        /// <param name="decimalComma">The column writes numbers the German way (<see cref="Digits"/>).</param>
        public static Measure? ParseDensity(string written, string headerUnit, bool decimalComma = false) => Parse(written, headerUnit, isDensity: true, decimalComma);

        private static Measure? Parse(string written, string headerUnit, bool isDensity, bool decimalComma)
        {
            var plain = Footnotes.Strip(Markup.Plain(written));
            var match = Quantity.Match(plain);
            if (!match.Success || !Digits.TryParse(match.Groups["number"].Value, out var digits, wholeCount: false, decimalComma)) return null;
            var unit = Unit(match.Groups["unit"].Success ? match.Groups["unit"].Value : headerUnit);
            if (unit is null) return null;
            var perMile = unit == "mi2";
            var value = isDensity
                ? (perMile ? digits.Value / SquareMileInKm2 : digits.Value)
                : (perMile ? digits.Value * SquareMileInKm2 : unit == "ha" ? digits.Value / 100 : digits.Value);
            // A figure converted from another unit, or one ending in zeros, is an approximation of the km² figure.
            var rounded = perMile || unit == "ha" || digits.TrailingZeros >= 2;
            return new Measure(value, isDensity ? PerSquareKilometre : SquareKilometres, digits.SignificantDigits, rounded, written.Trim());
        }

        /// <summary>"km2", "sq km", "/km^{2}", "sqmi", "mi²", "ha"; an empty unit means km².</summary>
        private static string? Unit(string text)
        {
            // The CJK square-unit characters (㎢, ㎡) stand for the letters.
            var u = Markup.Plain(text).ToLowerInvariant().Replace(" ", "").Replace("\u33A2", "km2").Replace("²", "2");
            // Whom a density counts ("people/km²", "Einwohner/km²"; Spanish, Portuguese and French "hab./km²", Italian
            // "ab./km²"), then "per" in four languages: what is left is the unit.
            u = u.Replace("명", "").Replace("people", "").Replace("inhabitants", "").Replace("persons", "").Replace("einwohner", "").Replace("einw.", "").Replace("einw", "")
                .Replace("habitantes", "").Replace("habitants", "").Replace("abitanti", "").Replace("hab.", "").Replace("hab", "").Replace("ab.", "");
            u = u.Replace("per", "/").Replace("por", "/").Replace("par", "/").TrimStart('/');
            return u switch
            {
                "" or "km2" or "sqkm" or "qkm" or "squarekilometres" or "squarekilometers" or "제곱킬로미터" => "km2",
                "mi2" or "sqmi" or "squaremiles" or "sq.mi" or "sq.mi." => "mi2",
                "ha" or "hectares" => "ha",
                _ => null,
            };
        }
    }
}
