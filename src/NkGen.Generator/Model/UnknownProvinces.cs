using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// NKG2011: a province name, in a province table or a city's Province column, that is none of the DPRK's nine
    /// provinces in any script or romanization (<see cref="KnownProvinces"/>). It is reported where it stands and still
    /// becomes a province of its own: the data is kept, and the warning says it may be a misspelling.
    /// </summary>
    internal static class UnknownProvinces
    {
        public static IEnumerable<DataProblem> Check(IEnumerable<PrioritizedReading> readings, IReadOnlyList<CityModel> cities)
        {
            // A province row that is a first-level city is a contradiction (NKG1001), not an unknown province.
            var firstLevel = new HashSet<string>(
                cities.Where(c => c.IsFirstLevel).SelectMany(c => new[] { c.Name, c.IdentityName }.Concat(c.OtherNames)).Select(NameKey.Of),
                StringComparer.Ordinal);
            var keysOf = PlaceKeys.Cached(PlaceKind.Province);
            var known = new Dictionary<PlaceKeys, bool>();
            foreach (var reading in readings.Select(r => r.Reading))
            {
                foreach (var row in reading.Provinces)
                {
                    if (firstLevel.Contains(NameKey.Of(row.Name))) continue;
                    var korean = row.Facts.FirstOrDefault(f => f.Field == ProvinceField.KoreanName)?.Value as TextValue;
                    var hancha = row.Facts.FirstOrDefault(f => f.Field == ProvinceField.Hancha)?.Value as TextValue;
                    if (!KnownProvinces.Contains(PlaceKeys.Of(PlaceKind.Province, row.Name, korean?.Text, hancha?.Text))) yield return Problem(row.Name, row.NameSpan);
                }

                foreach (var row in reading.Cities)
                {
                    foreach (var fact in row.Facts)
                    {
                        if (fact.Field is not (CityField.Province or CityField.RelatedProvince) || fact.Value is not TextValue text) continue;
                        var keys = keysOf(text.Text);
                        if (!known.TryGetValue(keys, out var isKnown)) known[keys] = isKnown = KnownProvinces.Contains(keys);
                        if (!isKnown) yield return Problem(text.Text, fact.Span);
                    }
                }
            }
        }

        private static DataProblem Problem(string name, SourceSpan span) => new(
            ProblemKind.UnknownProvince,
            span,
            $"'{name}' is none of North Korea's nine provinces ({string.Join(", ", KnownProvinces.All.Select(p => p.English))}) in any "
            + "romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name");
    }
}
