using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// A province's Major City is a reference to a city: resolved here, by every spelling the model knows for each city,
    /// so that the emitter never matches names itself. A major city that names no city is reported, not dropped: its
    /// text stays in the docs, without a link.
    /// </summary>
    internal static class ProvinceReferences
    {
        public static List<ProvinceModel> LinkMajorCities(List<ProvinceModel> provinces, IReadOnlyList<CityModel> cities, List<DataProblem> problems)
        {
            // Built only when some province names a major city: folding every spelling of every city is most of this step's
            // cost, and a city list alone (the common large input) has no major city to link.
            Dictionary<string, string>? citiesBySpelling = null;
            return provinces.Select(province =>
            {
                if (province.Get(ProvinceField.MajorCity) is not { Value: TextValue major } fact) return province;
                citiesBySpelling ??= SpellingsOf(cities);
                if (citiesBySpelling.TryGetValue(NameKey.Of(major.Text), out var identity)) return province with { MajorCityIdentity = identity };
                problems.Add(new DataProblem(
                    ProblemKind.SourceDisagreement,
                    fact.Source,
                    $"{province.Name} province: its major city '{major.Text}' ({fact.Document} {fact.Source}) is none of the cities in the tables; "
                    + "it is shown in the province's documentation but not linked to a city"));
                return province;
            }).ToList();
        }

        private static Dictionary<string, string> SpellingsOf(IReadOnlyList<CityModel> cities)
        {
            var citiesBySpelling = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var city in cities)
            {
                // A city's own spellings first; a spelling two cities share keeps the first city.
                foreach (var spelling in new[] { city.Name, city.IdentityName }.Concat(city.OtherNames))
                {
                    var key = NameKey.Of(spelling);
                    if (key.Length > 0 && !citiesBySpelling.ContainsKey(key)) citiesBySpelling[key] = city.IdentityName;
                }
            }

            return citiesBySpelling;
        }
    }
}
