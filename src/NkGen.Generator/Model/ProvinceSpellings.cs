using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Which province each written province name means, resolved once over every province name of every source (province
    /// tables and cities' Province columns), so that a city's Province written "South Hamgyong" in one table and
    /// "Hamgyŏng-namdo" in another is one value that agrees with itself, not a disagreement.
    /// </summary>
    internal sealed class ProvinceSpellings
    {
        private readonly Dictionary<string, int> _entityOf;

        private ProvinceSpellings(Dictionary<string, int> entityOf)
        {
            _entityOf = entityOf;
        }

        public static ProvinceSpellings From(IEnumerable<PrioritizedReading> readings)
        {
            var names = new List<(string Text, PlaceKeys Keys, string File)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reading in readings.Select(r => r.Reading))
            {
                foreach (var row in reading.Provinces)
                {
                    if (!seen.Add(row.Name)) continue;
                    names.Add((row.Name, KnownProvinces.KeysOf(row), reading.File));
                }

                // Loops, not SelectMany: this visits every fact of every city row.
                foreach (var row in reading.Cities)
                {
                    foreach (var fact in row.Facts)
                    {
                        if (fact.Field is CityField.Province or CityField.RelatedProvince && fact.Value is TextValue text && seen.Add(text.Text))
                        {
                            names.Add((text.Text, KnownProvinces.KeysOf(text.Text), reading.File));
                        }
                    }
                }
            }

            var resolutions = IdentityResolver.Resolve(names.Select(n => (n.Keys, n.File)).ToList());
            var entityOf = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++) entityOf[names[i].Text] = resolutions[i].Entity;
            return new ProvinceSpellings(entityOf);
        }

        /// <summary>Two province values agree when they name one province, however written.</summary>
        public bool Agree(FactValue a, FactValue b) =>
            FactAgreement.Agree(a, b)
            || (a is TextValue x && b is TextValue y && _entityOf.TryGetValue(x.Text, out var p) && _entityOf.TryGetValue(y.Text, out var q) && p == q);
    }
}
