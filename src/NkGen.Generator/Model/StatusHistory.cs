using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Builds a city's status history from its special-city years, its founding date (the tables date a city from
    /// when it took its current status) and its current status. Years between two special periods were years as an
    /// ordinary city; before the earliest period the tables say nothing, so the history starts there.
    /// </summary>
    internal static class StatusHistory
    {
        public static (EquatableArray<StatusPeriod> History, DefunctSpecialStatus? Defunct) Build(
            CityStatus status, ChosenFact? specialYears, ChosenFact? founded, ChosenFact? province)
        {
            // Nearly every city has no special-city years: its history is its founding, or nothing.
            if (specialYears?.Value is not PeriodsValue { Periods.Count: > 0 })
            {
                return (founded?.Value as DateValue)?.Date.Year is int year
                    ? (Since(status, year), null)
                    : (EquatableArray<StatusPeriod>.Empty, null);
            }

            var history = new List<StatusPeriod>();
            var spans = (specialYears?.Value as PeriodsValue)?.Periods.OrderBy(p => p.From).ToList() ?? new List<YearSpan>();
            int? lastEnd = null;
            foreach (var span in spans)
            {
                if (lastEnd is int end && span.From > end) history.Add(new StatusPeriod(CityStatus.City, end, span.From));
                history.Add(new StatusPeriod(CityStatus.SpecialCity, span.From, span.Until));
                lastEnd = Math.Max(lastEnd ?? span.Until, span.Until);
            }

            var foundedYear = (founded?.Value as DateValue)?.Date.Year;
            int? currentFrom = lastEnd is int ended ? Math.Max(ended, foundedYear ?? ended) : foundedYear;
            if (currentFrom is int from)
            {
                if (lastEnd is int gapStart && from > gapStart) history.Add(new StatusPeriod(CityStatus.City, gapStart, from));
                history.Add(new StatusPeriod(status, from, null));
            }

            DefunctSpecialStatus? defunct = null;
            if (spans.Count > 0 && status == CityStatus.City && specialYears is { } years)
            {
                var absorbedInto = (province?.Value as TextValue)?.Text ?? "its province";
                defunct = new DefunctSpecialStatus(lastEnd!.Value, absorbedInto, years.Value.Written);
            }

            return (MergeAdjacent(history).ToEquatableArray(), defunct);
        }

        /// <summary>
        /// A defunct special city was re-merged into the province its Province fact names, written as that fact writes it
        /// (함경남도 in a table in Korean); once the Model has resolved it, it is named as the province is shown, as
        /// the rest of the docs and NKG0001 name it. Only the few defunct special cities are copied.
        /// </summary>
        public static void NameAbsorbingProvinces(CityModel[] cities, IReadOnlyList<ProvinceModel> provinces)
        {
            Dictionary<string, string>? shown = null;
            for (var i = 0; i < cities.Length; i++)
            {
                if (cities[i] is not { Defunct: { } defunct, ProvinceIdentity: { } identity } city) continue;
                shown ??= provinces.GroupBy(p => p.IdentityName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
                if (shown.TryGetValue(identity, out var name) && !string.Equals(name, defunct.AbsorbedInto, StringComparison.Ordinal))
                {
                    cities[i] = city with { Defunct = defunct with { AbsorbedInto = name } };
                }
            }
        }

        // Histories of one period, shared by every city of one status founded in one year (modern years only): the model
        // keeps every city's history, and a period and an array of one for each city were two objects a city.
        private const int FirstSharedYear = 1800, SharedYears = 300;
        private static readonly StatusPeriod[]?[] SharedSince = new StatusPeriod[]?[((int)CityStatus.FirstLevel + 1) * SharedYears];

        /// <summary>A history of one period: <paramref name="status"/> from <paramref name="year"/> on.</summary>
        private static EquatableArray<StatusPeriod> Since(CityStatus status, int year)
        {
            StatusPeriod[] One() => new[] { new StatusPeriod(status, year, null) };
            var shared = (uint)(year - FirstSharedYear) < SharedYears && (uint)status <= (uint)CityStatus.FirstLevel;
            // Arrays are never changed once made, so a race only makes an equal array twice.
            return new EquatableArray<StatusPeriod>(shared ? SharedSince[(int)status * SharedYears + (year - FirstSharedYear)] ??= One() : One());
        }

        /// <summary>Two touching periods of the same status are one period.</summary>
        private static IEnumerable<StatusPeriod> MergeAdjacent(List<StatusPeriod> periods)
        {
            StatusPeriod? pending = null;
            foreach (var period in periods)
            {
                if (pending is not null && pending.Status == period.Status && pending.Until == period.From)
                {
                    pending = pending with { Until = period.Until };
                    continue;
                }

                if (pending is not null) yield return pending;
                pending = period;
            }

            if (pending is not null) yield return pending;
        }
    }
}
