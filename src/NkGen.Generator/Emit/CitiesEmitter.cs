using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>Writes <c>Cities.g.cs</c>: one static member per city, <c>All</c> and <c>TryGet</c>.</summary>
    internal static class CitiesEmitter
    {
        public static string Emit(EmitContext context)
        {
            var options = context.Options;
            var writer = FileHeader.Start(options);
            writer.Doc("summary", $"The {context.Model.Cities.Count} cities of North Korea in the NkGen data tables, one member each, in name order.",
                "Each member's documentation shows its facts and the sources they come from.");
            writer.Line(FileHeader.GeneratedCode);
            writer.Open($"{options.Visibility} static partial class Cities");

            var names = LookupNames(context.Model.Cities, context.CityIds);
            foreach (var city in context.Model.Cities)
            {
                var id = context.CityIds[city.IdentityName];
                writer.Doc("summary", CityDocs.Summary(city, context.Titles));
                var remarks = CityDocs.Remarks(city);
                if (remarks.Length > 0) writer.Doc("remarks", remarks);
                if (city.Defunct is { } defunct) writer.Line(EntityClassParts.HistoryAttribute("FormerSpecialCity", city, defunct, id));
                if (names.Attribute(id) is { } lookupNames) writer.Line(lookupNames);
                writer.NamedArguments($"public static readonly {EmitOptions.Runtime}City {id} = new {EmitOptions.Runtime}City", Arguments(city, context).ToList())
                    .Line();
            }

            EntityClassParts.WriteCollection(writer, "city", context.Model.Cities.Select(c => context.CityIds[c.IdentityName]).ToList(), names, options);
            writer.Close();
            return writer.Close().Complete();
        }

        /// <summary>
        /// Every name TryGet accepts for the cities: their names first, then Korean and Hancha names, then the other
        /// spellings the sources gave and the computed romanizations, then identifiers.
        /// The index keeps a name's first entity, so a city's own name always beats another city's Korean name or
        /// suffixed identifier (a city "All2" is found as itself, not as the city "All" generated as All2).
        /// </summary>
        public static LookupNameList LookupNames(IEnumerable<CityModel> cities, IReadOnlyDictionary<string, string> ids)
        {
            var list = cities.ToList();
            var names = new LookupNameList();
            foreach (var city in list) names.Add(city.Name, ids[city.IdentityName]);
            foreach (var city in list)
            {
                if (city.Get(CityField.KoreanName) is { } korean) names.Add(FactText.Text(korean), ids[city.IdentityName]);
                if (city.Get(CityField.Hancha) is { } hancha) names.Add(FactText.Text(hancha), ids[city.IdentityName]);
            }

            // Other spellings (the sources' and the computed romanizations) after every city's own and Korean names.
            foreach (var city in list)
            {
                foreach (var other in city.OtherNames) names.Add(other, ids[city.IdentityName]);
            }

            foreach (var city in list) names.Add(ids[city.IdentityName].TrimStart('@'), ids[city.IdentityName]);
            return names;
        }

        private static IEnumerable<(string Name, string Value)> Arguments(CityModel city, EmitContext context)
        {
            var titles = context.Titles;
            (string, string?)[] all =
            {
                ("name", TextEscaping.Literal(city.Name)),
                ("status", RuntimeExpressions.Status(city.Status)),
                ("koreanName", RuntimeExpressions.Text(city.Get(CityField.KoreanName))),
                ("hancha", RuntimeExpressions.Text(city.Get(CityField.Hancha))),
                ("province", context.ProvinceMember(city.ProvinceIdentity)),
                ("relatedProvince", context.ProvinceMember(city.RelatedProvinceIdentity)),
                ("population", RuntimeExpressions.Int(city.Get(CityField.Population))),
                ("founded", RuntimeExpressions.Date(city.Get(CityField.Founded))),
                ("statusHistory", RuntimeExpressions.History(city)),
                ("isoCode", RuntimeExpressions.Text(city.Get(CityField.IsoCode))),
                ("area", RuntimeExpressions.Double(city.Get(CityField.Area))),
                ("density", RuntimeExpressions.Double(city.Get(CityField.Density))),
                ("capital", RuntimeExpressions.Text(city.Get(CityField.Capital))),
                ("region", RuntimeExpressions.Text(city.Get(CityField.Region))),
                ("roles", RuntimeExpressions.TextList(city.Get(CityField.Roles))),
                ("knownFor", RuntimeExpressions.Text(city.Get(CityField.KnownFor))),
                ("bestFor", RuntimeExpressions.Text(city.Get(CityField.BestFor))),
                ("sources", RuntimeExpressions.Sources(CityDocs.AllSources(city), titles)),
                ("otherNames", RuntimeExpressions.Strings(city.OtherNames)),
            };
            return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!));
        }
    }
}
