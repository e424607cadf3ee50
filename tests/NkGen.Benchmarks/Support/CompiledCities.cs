using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NkGen.Benchmarks.Inputs;
using NkGen.Generator.Common;

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

            // The names TryGet finds, read from the class's [LookupNameTable] (public metadata) as the analyzers read it, in
            // the emitter's order: every city's own name, then the other names.
            var table = cities.GetCustomAttribute<LookupNameTableAttribute>()!.Table;
            var members = LookupTableText.Lines(table)
                .Where(line => line.Member.Length > 0)
                .Select(line => (line.Names, City: Value(cities.GetMember(line.Member, BindingFlags.Public | BindingFlags.Static).Single())))
                .Where(m => m.City is not null)
                .ToList();
            Names = members.Select(m => new KeyValuePair<string, City>(m.Names[0], m.City!))
                .Concat(members.SelectMany(m => m.Names.Skip(1).Select(n => new KeyValuePair<string, City>(n, m.City!))))
                .ToList();
        }

        public TryGetCity TryGet { get; }

        public EntityList<City> All { get; }

        /// <summary>
        /// Every (name, city) pair TryGet finds, for building the comparison dictionaries and a NameIndex from the same
        /// data without reading the generated class's internals.
        /// </summary>
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

        private static City? Value(MemberInfo member) => member switch
        {
            FieldInfo { FieldType: var type } field when type == typeof(City) => (City?)field.GetValue(null),
            PropertyInfo { PropertyType: var type } property when type == typeof(City) && property.GetIndexParameters().Length == 0 => (City?)property.GetValue(null),
            _ => null,
        };

        /// <summary>Every other letter upper case, as a user might type a name: "hAmHuNg".</summary>
        public static string MixedCase(string name) =>
            new(name.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
    }
}
