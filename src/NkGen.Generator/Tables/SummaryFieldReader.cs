using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NkGen.Generator.Common;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// FACTBOX lines and infobox bullets: counts ("Administrative Divisions: 9 provinces, 2 directly governed cities",
    /// "Number of Cities Over 1M: 2", "Current Number: 4 Special Cities") and per-city figures ("Largest City: Pyongyang, 2.8M",
    /// "Population Range: 205,000 (Rason) – 3,255,388 (Pyongyang)", "Area Range: 710 sqmi (Rason) – …"). Other keys
    /// (map, government, capital of the country) hold nothing NkGen models.
    /// </summary>
    internal static class SummaryFieldReader
    {
        private static readonly Regex CountedNoun = new(@"^(?<n>\d+)\s+(?<noun>.+)$", RegexOptions.CultureInvariant);
        // Matched right to left, so that only a closing parenthesis starts an attempt, and bounded: left to right, every digit
        // of a 1 MB run of digits would start its own scan.
        private static readonly Regex FigureOfCity = new(@"(?<figure>[\d][\d.,\u00A0 ]{0,40}(?:\s*(?:[MmKk]|million|sq\s?mi|mi2|mi²|km2|km²)\b|\s*(?:km²|mi²))?)\s*\((?<city>[^()]{1,200})\)", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        private static readonly Regex LeadingNumber = new(@"^(?<n>\d+)\b", RegexOptions.CultureInvariant);

        public static void Read(DocumentField field, ReadingParts parts)
        {
            if (field.Origin is not (FieldOrigin.Factbox or FieldOrigin.Infobox)) return;
            var key = HeaderText.Normalize(field.Key.Text);
            var value = field.Value;
            if (key is "administrative divisions" or "divisions") ReadCountList(value, parts);
            else if (key == "largest city") ReadLargestCity(value, parts);
            else if (key.Contains("over") && key.Contains("cities") && (key.Contains("1m") || key.Contains("1 million") || key.Contains("one million"))) ReadCount(value, CountedThing.CitiesOverOneMillion, parts);
            // The infobox of a page about first-level cities counts them all as "special cities", as its title does.
            else if (key == "current number") ReadCount(value, CountedThing.FirstLevelCities, parts);
            else if (key.StartsWith("number of ", System.StringComparison.Ordinal) && StatusCounts.OfNoun(key.Substring("number of ".Length)) is { } thing) ReadCount(value, thing, parts);
            else if (key == "population range" || key == "population") ReadFiguresOfCities(value, CityField.Population, parts);
            else if (key == "area range" || key == "area") ReadFiguresOfCities(value, CityField.Area, parts);
        }

        private static void ReadCountList(TextCell value, ReadingParts parts)
        {
            foreach (var (item, offset) in ListText.Split(value.Text))
            {
                // Markup is read through ("**9** provinces"), as in table cells; the claim keeps the item as written.
                var match = CountedNoun.Match(Markup.Plain(item));
                if (!match.Success || StatusCounts.OfNoun(match.Groups["noun"].Value) is not CountedThing thing) continue;
                parts.Counts.Add(new CountClaim(thing, int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), value.Span.Slice(offset, item.Length), item));
            }
        }

        private static void ReadCount(TextCell value, CountedThing thing, ReadingParts parts)
        {
            var match = LeadingNumber.Match(Markup.Plain(value.Text));
            if (match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                parts.Counts.Add(new CountClaim(thing, n, value.Span, value.Text));
            else
                parts.Report(Diagnostics.ProblemKind.UnreadableValue, value.Span, $"'{value.Text}' does not start with a whole number; the count was not used");
        }

        private static void ReadLargestCity(TextCell value, ReadingParts parts)
        {
            // The first comma ends the name: the figure after it may hold thousands separators ("Pyongyang, 3,255,288").
            var comma = value.Text.IndexOf(',');
            if (comma <= 0 || !char.IsDigit(value.Text[value.Text.Length - 1]) && !char.IsLetter(value.Text[value.Text.Length - 1])) return;
            var name = value.Text.Substring(0, comma).Trim();
            var figureText = value.Text.Substring(comma + 1).Trim();
            var figureCell = new TextCell(figureText, value.Span.Slice(value.Text.IndexOf(figureText, comma, System.StringComparison.Ordinal), figureText.Length));
            AddCity(name, value.Span.Slice(0, name.Length), CityField.Population, figureCell, parts);
        }

        private static void ReadFiguresOfCities(TextCell value, CityField field, ReadingParts parts)
        {
            foreach (var match in FigureOfCity.Matches(value.Text).Cast<Match>().Reverse())
            {
                var figure = match.Groups["figure"];
                var city = match.Groups["city"];
                var cityName = city.Value.Trim();
                // "3,255,288 (2008)" or "(2008 est.)" dates the figure; no city name starts with a digit.
                if (cityName.Length == 0 || char.IsDigit(cityName[0])) continue;
                AddCity(cityName, value.Span.Slice(city.Index, city.Length), field, new TextCell(figure.Value.Trim(), value.Span.Slice(figure.Index, figure.Value.TrimEnd().Length)), parts);
            }
        }

        private static void AddCity(string name, SourceSpan nameSpan, CityField field, TextCell figure, ReadingParts parts)
        {
            var plain = Markup.Plain(name);
            if (Placeholder.Is(plain)) return;
            var fact = CellReader.Read(field, figure, HeaderText.Unlabelled, plain, parts);
            var facts = fact is { } read ? new[] { read }.ToEquatableArray() : EquatableArray<CityFact>.Empty;
            parts.Cities.Add(new CityRow(plain, nameSpan, facts));
        }
    }
}
