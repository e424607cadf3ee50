using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>Compares each document's summary counts (FACTBOX, infobox, classification table) with the merged model.</summary>
    internal static class CountCheck
    {
        public static IEnumerable<DataProblem> Check(IEnumerable<PrioritizedReading> readings, IReadOnlyList<CityModel> cities, IReadOnlyList<ProvinceModel> provinces)
        {
            var members = new Dictionary<CountedThing, List<string>>();
            foreach (var reading in readings.Select(r => r.Reading))
            {
                foreach (var claim in reading.Counts)
                {
                    if (!members.TryGetValue(claim.Thing, out var counted)) members[claim.Thing] = counted = Members(claim.Thing, cities, provinces);
                    if (counted.Count == claim.Count) continue;
                    var list = counted.Count == 0 ? "none" : Listing.Of(counted, ", ");
                    yield return new DataProblem(
                        ProblemKind.SourceDisagreement,
                        claim.Span,
                        $"Number of {FieldNames.Of(claim.Thing)}: '{claim.Written}' in {ModelBuilder.Title(reading)} {claim.Span} says {claim.Count}, "
                        + $"but the merged tables have {counted.Count} ({list})");
                }
            }
        }

        private static List<string> Members(CountedThing thing, IReadOnlyList<CityModel> cities, IReadOnlyList<ProvinceModel> provinces) => thing switch
        {
            CountedThing.Provinces => provinces.Select(p => p.Name).ToList(),
            CountedThing.Cities => Having(cities, CityStatus.City),
            CountedThing.FirstLevelCities => cities.Where(c => c.IsFirstLevel).Select(c => c.Name).ToList(),
            CountedThing.DirectlyGovernedCities => Having(cities, CityStatus.DirectlyGovernedCity),
            CountedThing.SpecialCities => Having(cities, CityStatus.SpecialCity),
            CountedThing.SpecialLevelCities => Having(cities, CityStatus.SpecialLevelCity),
            CountedThing.Counties => Having(cities, CityStatus.County),
            CountedThing.Districts => Having(cities, CityStatus.District),
            CountedThing.CitiesOverOneMillion => cities.Where(c => c.Get(CityField.Population)?.Value is PopulationValue p && p.Figure.Value > 1_000_000).Select(c => c.Name).ToList(),
        };

        private static List<string> Having(IReadOnlyList<CityModel> cities, CityStatus status) =>
            cities.Where(c => c.Status == status).Select(c => c.Name).ToList();
    }
}
