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

            foreach (var city in context.Model.Cities)
            {
                var id = context.CityIds[city.Name];
                writer.Doc("summary", CityDocs.Summary(city, context.Titles));
                var remarks = CityDocs.Remarks(city);
                if (remarks.Length > 0) writer.Doc("remarks", remarks);
                if (city.Defunct is { } defunct) writer.Line(HistoryAttribute("FormerSpecialCity", city, defunct, id));
                writer.Line($"public static readonly {EmitOptions.Runtime}City {id} = new {EmitOptions.Runtime}City(");
                writer.Indent();
                var arguments = Arguments(city, context).ToList();
                for (var i = 0; i < arguments.Count; i++)
                {
                    writer.Line($"{arguments[i].Name}: {arguments[i].Value}{(i == arguments.Count - 1 ? ");" : ",")}");
                }

                writer.Outdent().Line();
            }

            WriteCollection(writer, "city", context.Model.Cities.Select(c => context.CityIds[c.Name]).ToList(),
                context.Model.Cities.SelectMany(c => LookupNames(c, context.CityIds[c.Name])).ToList(), options);
            writer.Close();
            return writer.Close().ToString();
        }

        public static string HistoryAttribute(string attribute, CityModel city, DefunctSpecialStatus defunct, string id) =>
            $"[{EmitOptions.Runtime}{attribute}({TextEscaping.Literal(city.Name)}, {defunct.EndedYear.ToString(CultureInfo.InvariantCulture)}, "
            + $"{TextEscaping.Literal(defunct.AbsorbedInto)}, {TextEscaping.Literal(defunct.Years)}, {TextEscaping.Literal("Cities." + id)})]";

        /// <summary>Every name TryGet accepts for a city: its name, Korean and Hancha names, and its identifier.</summary>
        public static IEnumerable<(string Name, string Member)> LookupNames(CityModel city, string id)
        {
            yield return (city.Name, id);
            if (city.Get(CityField.KoreanName) is { } korean) yield return (FactText.Text(korean), id);
            if (city.Get(CityField.Hancha) is { } hancha) yield return (FactText.Text(hancha), id);
            yield return (id.TrimStart('@'), id);
        }

        /// <summary>Writes <c>All</c>, the name index and <c>TryGet</c> for a class of entities.</summary>
        public static void WriteCollection(SourceWriter writer, string noun, IReadOnlyList<string> members,
            IReadOnlyList<(string Name, string Member)> names, EmitOptions options, string type = "City")
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
            foreach (var (name, member) in names.Distinct())
            {
                writer.Line($"new global::System.Collections.Generic.KeyValuePair<string, {runtimeType}>({TextEscaping.Literal(name)}, {member}),");
            }

            writer.Outdent().Line("});").Outdent().Line();
            writer.Doc("summary", $"Finds a {noun} of this class by name, ignoring case; romanized, Chosŏn'gŭl and Hancha names are accepted where the tables give them.");
            writer.Doc("param name=\"name\"", $"The {noun}'s name, e.g. as written in the data tables.");
            writer.Doc("param name=\"" + noun + "\"", $"The {noun}, when found.");
            writer.Doc("returns", $"Whether a {noun} of that name exists.");
            var notNull = options.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
            writer.Line($"public static bool TryGet(string? name, {notNull}out {runtimeType}? {noun}) => __nkgenIndex.TryGet(name, out {noun});");
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
                ("province", context.ProvinceMember(city.Get(CityField.Province))),
                ("relatedProvince", context.ProvinceMember(city.Get(CityField.RelatedProvince))),
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
            };
            return all.Where(a => a.Item2 is not null).Select(a => (a.Item1, a.Item2!));
        }
    }
}
