using System;
using System.Globalization;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>Model values as row fields read by the runtime's tables.</summary>
    internal static class RowValues
    {
        /// <summary>The runtime's AdministrativeStatus value (City 0, SpecialCity 1, DirectlyGovernedCity 2, SpecialLevelCity 3, County 4, District 5).</summary>
        public static int Status(CityStatus status) => status switch
        {
            CityStatus.City => 0,
            // A first-level city whose kind no table names: SpecialCity is the general first-level rank; the doc says so.
            CityStatus.SpecialCity or CityStatus.FirstLevel => 1,
            CityStatus.DirectlyGovernedCity => 2,
            CityStatus.SpecialLevelCity => 3,
            CityStatus.County => 4,
            CityStatus.District => 5,
        };

        public static int? Population(ChosenFact? fact) =>
            fact?.Value is PopulationValue { Figure.Value: var v } && v >= 0 && v <= int.MaxValue ? (int)v : null;

        public static double? Measure(ChosenFact? fact) =>
            fact?.Value is MeasureValue { Measure.Value: var v } && !double.IsNaN(v) && !double.IsInfinity(v) ? v : null;

        /// <summary>A date as one item: year, month, day, the unknown parts empty; no item when there is no date.</summary>
        public static (string? Year, string? Month, string? Day)? Date(ChosenFact? fact) =>
            fact?.Value is DateValue { Date: var d }
                ? (RowBuilder.Number(d.Year), d.Month?.ToString(CultureInfo.InvariantCulture), d.Day?.ToString(CultureInfo.InvariantCulture))
                : null;

        /// <summary>A status period as one item: status, from, until (empty while it lasts).</summary>
        public static readonly Func<StatusPeriod, (string? Status, string? From, string? Until)> PeriodItem = static period =>
            (RowBuilder.Number(Status(period.Status)), RowBuilder.Number(period.From), period.Until?.ToString(CultureInfo.InvariantCulture));
    }
}
