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

            // The names TryGet finds, read from the class's [LookupNameTable] (public metadata, one line per member:
            // Member|name;name;…, or name;name;… for a member named as its first name), in the emitter's order: every
            // city's own name, then the other names.
            var table = cities.GetCustomAttribute<LookupNameTableAttribute>()!.Table;
            var members = table.Split('\n')
                .Select(line => Member(cities, Split(line, '|')))
                .Where(m => m.Names is { Length: > 0 } && m.City is not null)
                .ToList();
            Names = members.Select(m => new KeyValuePair<string, City>(m.Names![0], m.City!))
                .Concat(members.SelectMany(m => m.Names!.Skip(1).Select(n => new KeyValuePair<string, City>(n, m.City!))))
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

        // One line of the table: its names, and the city of its member (named by the first name when the line has no member).
        private static (string[] Names, City? City) Member(Type cities, string[] parts)
        {
            var names = Split(parts[parts.Length - 1], ';').Select(Unescaped).ToArray();
            var member = parts.Length > 1 ? Unescaped(parts[0]) : names[0];
            return (names, Value(cities.GetMember(member, BindingFlags.Public | BindingFlags.Static).Single()));
        }

        private static City? Value(MemberInfo member) => member switch
        {
            FieldInfo { FieldType: var type } field when type == typeof(City) => (City?)field.GetValue(null),
            PropertyInfo { PropertyType: var type } property when type == typeof(City) && property.GetIndexParameters().Length == 0 => (City?)property.GetValue(null),
            _ => null,
        };

        // The table's escapes (a backslash before a separator or itself); the benchmark inputs hold no \n or \uXXXX escapes.
        private static string[] Split(string text, char separator)
        {
            var parts = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\') i++;
                else if (text[i] == separator)
                {
                    parts.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }

            parts.Add(text.Substring(start));
            return parts.ToArray();
        }

        private static string Unescaped(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\\(.)", "$1");

        /// <summary>Every other letter upper case, as a user might type a name: "hAmHuNg".</summary>
        public static string MixedCase(string name) =>
            new(name.Select((c, i) => i % 2 == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());
    }
}
