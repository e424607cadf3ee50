using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NkGen.Benchmarks.Inputs;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// A consumer assembly with the generated <c>Cities</c> class, compiled from real generator output: the 28 cities of
    /// the default data, or 10,000 synthetic cities (default data off). Lookups run against the generated code itself.
    /// </summary>
    internal sealed class CompiledCities
    {
        private static readonly Dictionary<int, byte[]> Images = new();

        public delegate bool TryGetCity(string? name, out City? city);

        private CompiledCities(Assembly assembly)
        {
            var cities = assembly.GetType("NkGen.Cities", throwOnError: true)!;
            TryGet = (TryGetCity)Delegate.CreateDelegate(typeof(TryGetCity), cities.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!);
            All = (EntityList<City>)cities.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            // The names the generated index holds: name, Chosŏn'gŭl, Hancha, member name.
            var names = new List<KeyValuePair<string, City>>();
            foreach (var member in cities.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(City)))
            {
                var city = (City)member.GetValue(null)!;
                names.Add(new(city.Name, city));
                if (city.KoreanName is { } korean) names.Add(new(korean, city));
                if (city.Hancha is { } hancha) names.Add(new(hancha, city));
                names.Add(new(member.Name, city));
            }

            Names = names;
            // The generated class indexes the same names by row in its table; a NameIndex over them does the same lookup.
            Index = new NameIndex<City>(names);
        }

        public TryGetCity TryGet { get; }

        public EntityList<City> All { get; }

        public NameIndex<City> Index { get; }

        /// <summary>The (name, city) pairs of the generated index, for building the comparison dictionaries from the same data.</summary>
        public IReadOnlyList<KeyValuePair<string, City>> Names { get; }

        public static CompiledCities Load(int cities) => new(CompilerSetup.Load(Image(cities)));

        /// <summary>The compiled consumer for <paramref name="cities"/> (28: default data; otherwise that many synthetic cities).</summary>
        public static byte[] Image(int cities)
        {
            lock (Images)
            {
                if (!Images.TryGetValue(cities, out var image))
                {
                    Images[cities] = image = cities == 28
                        ? CompilerSetup.Build(Array.Empty<(string, string)>(), includeDefaultData: true).Image
                        : CompilerSetup.Build(SyntheticCityList.Files(cities), includeDefaultData: false).Image;
                }

                return image;
            }
        }

        /// <summary>Every other letter upper case, as a user might type a name: "hAmHuNg".</summary>
        public static string MixedCase(string name) =>
            new(name.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
    }
}
