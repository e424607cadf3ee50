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
                if (city.Defunct is { } defunct) writer.Line(HistoryAttribute("FormerSpecialCity", city, defunct, id));
                if (names.Attribute(id) is { } lookupNames) writer.Line(lookupNames);
                writer.NamedArguments($"public static readonly {EmitOptions.Runtime}City {id} = new {EmitOptions.Runtime}City", Arguments(city, context).ToList())
                    .Line();
            }

            WriteCollection(writer, "city", context.Model.Cities.Select(c => context.CityIds[c.IdentityName]).ToList(), names, options);
            writer.Close();
            return writer.Close().Complete();
        }

        public static string HistoryAttribute(string attribute, CityModel city, DefunctSpecialStatus defunct, string id) =>
            $"[{EmitOptions.Runtime}{attribute}({TextEscaping.Literal(city.Name)}, {defunct.EndedYear.ToString(CultureInfo.InvariantCulture)}, "
            + $"{TextEscaping.Literal(defunct.AbsorbedInto)}, {TextEscaping.Literal(defunct.Years)}, {TextEscaping.Literal("Cities." + id)})]";

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

        /// <summary>Writes <c>All</c>, the name index and <c>TryGet</c> for a class of entities.</summary>
        public static void WriteCollection(SourceWriter writer, string noun, IReadOnlyList<string> members,
            LookupNameList names, EmitOptions options, string type = "City")
        {
            var runtimeType = EmitOptions.Runtime + type;
            writer.Doc("summary", $"Every {noun} of this class, in name order. <c>foreach</c> over it allocates nothing.");
            writer.Line($"public static {EmitOptions.Runtime}EntityList<{runtimeType}> All {{ get; }} = new {EmitOptions.Runtime}EntityList<{runtimeType}>(new {runtimeType}[]");
            writer.Line("{");
            writer.Indent();
            foreach (var member in members) writer.Line(member + ",");
            writer.Outdent().Line("});").Line();

            writer.Line($"private static readonly {EmitOptions.Runtime}NameIndex<{runtimeType}> __nkgenIndex = new {EmitOptions.Runtime}NameIndex<{runtimeType}>(");
            writer.Indent().Line($"new global::System.Collections.Generic.KeyValuePair<string, {runtimeType}>[]").Line("{").Indent();
            foreach (var (name, member) in names.All)
            {
                writer.Line($"new global::System.Collections.Generic.KeyValuePair<string, {runtimeType}>({TextEscaping.Literal(name)}, {member}),");
            }

            writer.Outdent().Line("});").Outdent().Line();
            writer.Doc("summary", $"Finds a {noun} of this class by name, ignoring case; romanized, Chosŏn'gŭl and Hancha names are accepted where the tables give them.");
            writer.Doc("param name=\"name\"", $"The {noun}'s name, e.g. as written in the data tables.");
            writer.Doc("param name=\"" + noun + "\"", $"The {noun}, when found.");
            writer.Doc("returns", $"Whether a {noun} of that name exists.");
            var notNull = options.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
            writer.Line($"public static bool TryGet(string{options.Nullable} name, {notNull}out {runtimeType}{options.Nullable} {noun}) => __nkgenIndex.TryGet(name, out {noun});");
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
