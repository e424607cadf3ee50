using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>
    /// Rows built in code, past the readers: the only way to put text that no cell can hold (a line break) into a
    /// name or fact, and to test the emitter on exactly the text given.
    /// </summary>
    internal static class HandWrittenRows
    {
        public static SourceSpan At(int line) => new("/data/hand.md", line, 1, 0, 1);

        public static CityFact Text(CityField field, string text, int line) => new(field, new TextValue(text, text), At(line));

        /// <summary>A city whose name, Korean name, province, capital, region, roles, known-for and best-for all carry <paramref name="hostile"/>.</summary>
        public static CityRow Everywhere(string name, string hostile, int line) => new(name, At(line), new[]
        {
            Text(CityField.KoreanName, hostile, line),
            Text(CityField.Hancha, hostile, line),
            Text(CityField.Province, hostile, line),
            Text(CityField.Capital, hostile, line),
            Text(CityField.Region, hostile, line),
            Text(CityField.IsoCode, hostile, line),
            Text(CityField.KnownFor, hostile, line),
            Text(CityField.BestFor, hostile, line),
            new CityFact(CityField.Roles, new TextListValue(new[] { hostile, "port" }.ToEquatableArray(), hostile + ", port"), At(line)),
            new CityFact(CityField.SpecialCityPeriods, new PeriodsValue(new[] { new YearSpan(1960, 1967) }.ToEquatableArray(), hostile), At(line)),
        }.ToEquatableArray());

        /// <summary>A province row named <paramref name="name"/> whose seat, region, ISO code, character and known-for all carry <paramref name="hostile"/>.</summary>
        public static ProvinceRow ProvinceEverywhere(string name, string hostile, int line) => new(name, At(line), new[]
        {
            new ProvinceFact(ProvinceField.Capital, new TextValue(hostile, hostile), At(line)),
            new ProvinceFact(ProvinceField.IsoCode, new TextValue(hostile, hostile), At(line)),
            new ProvinceFact(ProvinceField.Region, new TextValue(hostile, hostile), At(line)),
            new ProvinceFact(ProvinceField.Character, new TextValue(hostile, hostile), At(line)),
            new ProvinceFact(ProvinceField.KnownFor, new TextValue(hostile, hostile), At(line)),
        }.ToEquatableArray());

        public static PrioritizedReading Reading(string title, params CityRow[] rows) => Reading(title, new ProvinceRow[0], rows);

        public static PrioritizedReading Reading(string title, ProvinceRow[] provinces, params CityRow[] rows) => new(
            new TableReading("/data/hand.md", title, rows.ToEquatableArray(), provinces.ToEquatableArray(),
                EquatableArray<CountClaim>.Empty, EquatableArray<DataProblem>.Empty),
            0);
    }
}
