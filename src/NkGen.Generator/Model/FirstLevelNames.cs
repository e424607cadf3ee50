using System;
using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Every spelling of the model's first-level cities (name, identity name, other names), by <see cref="NameKey"/>. A
    /// province row or a city's province that is one of them names a first-level city, not a province: "Rason" in a
    /// table of provinces, or "라선특별시" as the division a county of Rason belongs to.
    /// </summary>
    internal sealed class FirstLevelNames
    {
        private readonly Dictionary<string, CityModel> _byKey = new(StringComparer.Ordinal);

        // Thousands of cities write their province in a handful of spellings: each text is keyed once.
        private readonly Dictionary<string, CityModel?> _byText = new(StringComparer.Ordinal);

        public FirstLevelNames(IReadOnlyList<CityModel> cities)
        {
            foreach (var city in cities)
            {
                if (!city.IsFirstLevel) continue;
                _byKey[NameKey.Of(city.Name)] = city;
                _byKey[NameKey.Of(city.IdentityName)] = city;
                foreach (var other in city.OtherNames) _byKey[NameKey.Of(other)] = city;
            }
        }

        /// <summary>The first-level city <paramref name="name"/> is a spelling of, or null.</summary>
        public CityModel? Find(string name)
        {
            if (_byKey.Count == 0) return null;
            if (!_byText.TryGetValue(name, out var city)) _byText[name] = city = _byKey.TryGetValue(NameKey.Of(name), out var found) ? found : null;
            return city;
        }
    }
}
