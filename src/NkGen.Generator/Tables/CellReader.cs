using System.Linq;
using System.Text.RegularExpressions;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads one cell or field value as the fact its column names. A placeholder (<c>none</c>, <c>KP-??</c>, empty)
    /// gives no fact; text that cannot be read as its type gives no fact and an NKG2003 located at the cell.
    /// </summary>
    internal static class CellReader
    {
        /// <summary>The city list's placeholder codes (AA, AB, AC) for first-level cities in its Province column.</summary>
        private static readonly Regex FirstLevelCode = new("^[A-Z]{2}$", RegexOptions.CultureInvariant);

        public static CityFact? Read(CityField field, TextCell cell, HeaderText header, string city, ReadingParts parts, FactAuthority authority = FactAuthority.Incidental)
        {
            var written = cell.Text;
            var plain = Markup.Plain(written);
            if (Placeholder.Is(plain)) return null;
            if (field is CityField.Province && FirstLevelCode.IsMatch(plain))
            {
                return new CityFact(CityField.Status, new StatusValue(CityStatus.FirstLevel, written), cell.Span, authority);
            }

            FactValue? value = field switch
            {
                CityField.Population => PopulationParser.Parse(written, CensusYear(header) ?? parts.CensusYear) is { } p ? new PopulationValue(p) : null,
                CityField.Area => MeasureParser.ParseArea(written, header.Unit) is { } a ? new MeasureValue(a) : null,
                CityField.Density => MeasureParser.ParseDensity(written, header.Unit) is { } d ? new MeasureValue(d) : null,
                CityField.Founded => DateParser.Parse(written) is { } date ? new DateValue(date, written) : null,
                CityField.Status => StatusPhrase.Parse(written) is { } s ? new StatusValue(s, written) : null,
                CityField.SpecialCityPeriods => PeriodsParser.Parse(written) is { } periods ? new PeriodsValue(periods, written) : null,
                CityField.Roles => new TextListValue(ListText.Split(plain).Select(i => i.Item).ToEquatableArray(), written),
                CityField.Province or CityField.RelatedProvince => new TextValue(ProvinceName.Of(plain), written),
                _ => new TextValue(plain, written),
            };
            if (value is null)
            {
                parts.Report(ProblemKind.UnreadableValue, cell.Span,
                    $"The {FieldNames.Of(field)} of {city} is '{written}', which is not {Expected(field)}; the value was not used");
            }

            return value is null ? null : new CityFact(field, value, cell.Span, authority);
        }

        /// <summary>A year in a population header, "Population (2008 census)", dates the column.</summary>
        private static int? CensusYear(HeaderText header)
        {
            var match = Regex.Match(header.Unit, @"\b(1[89]\d\d|2\d\d\d)\b");
            return match.Success ? int.Parse(match.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        }

        private static string Expected(CityField field) => field switch
        {
            CityField.Population => "a count such as 768,551, 770,000 or 2.8M",
            CityField.Area => "an area such as 3,194 or 710 sqmi",
            CityField.Density => "a density such as 1,019",
            CityField.Founded => "a date such as 1946, 1987-08 or 1945-09-02",
            CityField.Status => "a status such as city, special city, special-level city or directly administered city",
            _ => "a list of years such as 1960–1967, 1977–1985",
        };
    }
}
