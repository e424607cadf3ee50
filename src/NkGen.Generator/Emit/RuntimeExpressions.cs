using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>C# expressions that build runtime values (statuses, dates, periods, source references) from model values.</summary>
    internal static class RuntimeExpressions
    {
        public static string Status(CityStatus status) => EmitOptions.Runtime + "AdministrativeStatus." + status switch
        {
            CityStatus.City => "City",
            CityStatus.DirectlyGovernedCity => "DirectlyGovernedCity",
            CityStatus.SpecialLevelCity => "SpecialLevelCity",
            // A first-level city whose kind no table names: SpecialCity is the general first-level rank; the doc says so.
            CityStatus.SpecialCity or CityStatus.FirstLevel => "SpecialCity",
        };

        public static string? Int(ChosenFact? fact) =>
            fact?.Value is PopulationValue { Figure.Value: var v } && v >= 0 && v <= int.MaxValue ? v.ToString(CultureInfo.InvariantCulture) : null;

        public static string? Double(ChosenFact? fact) =>
            fact?.Value is MeasureValue { Measure.Value: var v } && !double.IsNaN(v) && !double.IsInfinity(v)
                ? v.ToString("R", CultureInfo.InvariantCulture) + "d"
                : null;

        public static string? Date(ChosenFact? fact) => fact?.Value is DateValue { Date: var d }
            ? $"new {EmitOptions.Runtime}PartialDate({d.Year.ToString(CultureInfo.InvariantCulture)}, {Nullable(d.Month)}, {Nullable(d.Day)})"
            : null;

        public static string? Text(ChosenFact? fact) => fact is null ? null : TextEscaping.Literal(FactText.Text(fact));

        /// <summary>A string array of <paramref name="items"/>, or null (the parameter's default) when there are none.</summary>
        public static string? Strings(System.Collections.Generic.IReadOnlyCollection<string> items) =>
            items.Count == 0 ? null : "new string[] { " + string.Join(", ", items.Select(TextEscaping.Literal)) + " }";

        public static string? TextList(ChosenFact? fact) => fact?.Value is TextListValue list ? Strings(list.Items) : null;

        public static string? History(CityModel city) => city.History.Count == 0
            ? null
            : $"new {EmitOptions.Runtime}StatusPeriod[] {{ " + string.Join(", ", city.History.Select(p =>
                $"new {EmitOptions.Runtime}StatusPeriod({Status(p.Status)}, {p.From.ToString(CultureInfo.InvariantCulture)}, {Nullable(p.Until)})")) + " }";

        public static string? Sources(IEnumerable<Common.SourceSpan> spans, IReadOnlyDictionary<string, string> titles)
        {
            var sources = FactText.Sources(spans, titles).ToList();
            return sources.Count == 0
                ? null
                : $"new {EmitOptions.Runtime}SourceReference[] {{ " + string.Join(", ", sources.Select(s =>
                    $"new {EmitOptions.Runtime}SourceReference({TextEscaping.Literal(s.Document)}, {TextEscaping.Literal(s.File)}, {s.Line.ToString(CultureInfo.InvariantCulture)})")) + " }";
        }

        private static string Nullable(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
    }
}
