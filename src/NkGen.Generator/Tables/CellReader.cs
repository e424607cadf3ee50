using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads one cell or field value as the fact its column names. A placeholder (<c>none</c>, <c>KP-??</c>, empty)
    /// gives no fact; text that cannot be read as its type, or that holds wiki markup residue (<see cref="Residue"/>),
    /// gives no fact and an NKG2003 located at the cell.
    /// </summary>
    internal static class CellReader
    {
        /// <param name="decimalComma">The cell's table writes numbers with a decimal comma (<see cref="HeaderVocabulary.WritesDecimalComma(System.Collections.Generic.IEnumerable{HeaderText})"/>).</param>
        public static CityFact? Read(CityField field, TextCell cell, HeaderText header, string city, ReadingParts parts, FactAuthority authority = FactAuthority.Incidental, bool decimalComma = false)
        {
            var written = cell.Text;
            var plain = Markup.Plain(written);
            if (IsResidue(cell, FieldNames.Of(field), city, parts) || Placeholder.Is(plain)) return null;
            if (field is not (CityField.KnownFor or CityField.BestFor or CityField.Roles)) plain = Footnotes.StripTrailing(plain);
            // An AA-style code, the city itself, or a first-level status where the province would be: no province, a status.
            if (field is CityField.Province && FirstLevelMark.StatusOf(plain, city) is { } status)
            {
                return new CityFact(CityField.Status, new StatusValue(status, written), cell.Span, authority);
            }

            var value = Value(field, written, plain, header, parts, decimalComma);
            if (value is null) ReportUnreadable(cell, FieldNames.Of(field), city, Expected(field), parts);
            return value is null ? null : new CityFact(field, value, cell.Span, authority);
        }

        /// <summary>
        /// A province's fact: its figures and codes read as a city's are (a table of first-level divisions gives both the
        /// same columns), its character, what it is known for, its major city and its seat as text.
        /// </summary>
        public static ProvinceFact? ReadProvinceFact(ProvinceField field, TextCell cell, HeaderText header, string province, ReadingParts parts, bool decimalComma = false)
        {
            var plain = Markup.Plain(cell.Text);
            if (IsResidue(cell, FieldNames.Of(field), province, parts) || Placeholder.Is(plain)) return null;
            if (field is not (ProvinceField.Character or ProvinceField.KnownFor)) plain = Footnotes.StripTrailing(plain);
            if (AsCityField(field) is not { } figure) return new ProvinceFact(field, new TextValue(plain, cell.Text), cell.Span);
            var value = Value(figure, cell.Text, plain, header, parts, decimalComma);
            if (value is null) ReportUnreadable(cell, FieldNames.Of(field), province, Expected(figure), parts);
            return value is null ? null : new ProvinceFact(field, value, cell.Span);
        }

        // The province fields whose values are read as the city field of the same column is.
        private static CityField? AsCityField(ProvinceField field) => field switch
        {
            ProvinceField.Population => CityField.Population,
            ProvinceField.Area => CityField.Area,
            ProvinceField.Density => CityField.Density,
            _ => null,
        };

        // A column headed in a decimal-comma language writes its numbers so, whatever the rest of its table is headed in.
        private static FactValue? Value(CityField field, string written, string plain, HeaderText header, ReadingParts parts, bool decimalComma) => field switch
        {
            CityField.Population => PopulationParser.Parse(written, header.Year ?? parts.CensusYear, decimalComma || HeaderVocabulary.WritesDecimalComma(header)) is { } p ? new PopulationValue(p) : null,
            CityField.Area => MeasureParser.ParseArea(written, header.Unit, decimalComma || HeaderVocabulary.WritesDecimalComma(header)) is { } a ? new MeasureValue(a) : null,
            CityField.Density => MeasureParser.ParseDensity(written, header.Unit, decimalComma || HeaderVocabulary.WritesDecimalComma(header)) is { } d ? new MeasureValue(d) : null,
            CityField.Founded => DateParser.Parse(written) is { } date ? new DateValue(date, written) : null,
            CityField.Status => StatusPhrase.Parse(written) is { } s ? new StatusValue(s, written) : null,
            CityField.SpecialCityPeriods => PeriodsParser.Parse(written) is { } periods ? new PeriodsValue(periods, written) : null,
            CityField.Roles => new TextListValue(ListText.Split(plain).Select(i => i.Item).ToEquatableArray(), written),
            CityField.Province or CityField.RelatedProvince => parts.ProvinceValue(written, plain),
            CityField.KoreanName or CityField.Hancha or CityField.IsoCode or CityField.Capital or CityField.Region
                or CityField.KnownFor or CityField.BestFor => new TextValue(plain, written),
        };

        private static void ReportUnreadable(TextCell cell, string field, string entity, string expected, ReadingParts parts) =>
            parts.Report(ProblemKind.UnreadableValue, cell.Span, $"The {field} of {entity} is '{cell.Text}', which is not {expected}; the value was not used");

        /// <summary>Template or link residue is never a value: stored, it would override a correct value from another source.</summary>
        private static bool IsResidue(TextCell cell, string field, string entity, ReadingParts parts)
        {
            if (Residue.Find(cell.Text) is not { } residue) return false;
            parts.Report(ProblemKind.UnreadableValue, cell.Span,
                $"The {field} of {entity} is '{cell.Text}', which holds wiki markup ('{residue}') NkGen does not read; the value was not used and other sources' value stands");
            return true;
        }

        private static string Expected(CityField field) => field switch
        {
            CityField.Population => "a count such as 768,551, 770,000 or 2.8M",
            CityField.Area => "an area such as 3,194 or 710 sqmi",
            CityField.Density => "a density such as 1,019",
            CityField.Founded => "a date such as 1946, 1987-08 or 1945-09-02",
            CityField.Status => "a status such as city, county, district, special city, special-level city or directly administered city",
            CityField.SpecialCityPeriods => "a list of years such as 1960–1967, 1977–1985",
            // Text fields accept any text: nothing is expected of them.
            CityField.KoreanName or CityField.Hancha or CityField.Province or CityField.RelatedProvince or CityField.IsoCode
                or CityField.Capital or CityField.Region or CityField.Roles or CityField.KnownFor or CityField.BestFor => "text",
        };
    }
}
