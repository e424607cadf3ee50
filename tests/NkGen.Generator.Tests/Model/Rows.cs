using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Tests.Model
{
    using PartialDate = NkGen.Generator.Tables.PartialDate;

    /// <summary>Builds table rows by hand, so the Model stage is tested without the readers.</summary>
    internal static class Rows
    {
        public static SourceSpan At(string file, int line, int column = 1, int length = 1) => new(file, line, column, line * 100 + column, length);

        public static PopulationValue Exact(long value, string written, int? census = null) =>
            new(new PopulationFigure(value, value.ToString().TrimEnd('0').Length, false, census, written));

        public static PopulationValue Rounded(long value, int digits, string written) =>
            new(new PopulationFigure(value, digits, true, null, written));

        public static TextValue Plain(string text) => new(text, text);

        public static StatusValue Status(CityStatus status, string written) => new(status, written);

        public static DateValue Date(int year, int? month = null, int? day = null) => new(new PartialDate(year, month, day), $"{year}");

        public static PeriodsValue Periods(string written, params (int From, int Until)[] spans) =>
            new(spans.Select(s => new YearSpan(s.From, s.Until)).ToEquatableArray(), written);

        public static CityFact Fact(CityField field, FactValue value, SourceSpan at, FactAuthority authority = FactAuthority.Incidental) =>
            new(field, value, at, authority);

        public static CityRow City(string name, SourceSpan at, params CityFact[] facts) => new(name, at, facts.ToEquatableArray());

        public static ProvinceRow Province(string name, SourceSpan at, params ProvinceFact[] facts) => new(name, at, facts.ToEquatableArray());

        public static PrioritizedReading Reading(string file, int priority = 0, CityRow[]? cities = null, ProvinceRow[]? provinces = null, CountClaim[]? counts = null) =>
            new(new TableReading(
                file,
                "Title of " + file,
                (cities ?? new CityRow[0]).ToEquatableArray(),
                (provinces ?? new ProvinceRow[0]).ToEquatableArray(),
                (counts ?? new CountClaim[0]).ToEquatableArray(),
                EquatableArray<Diagnostics.DataProblem>.Empty), priority);
    }
}
