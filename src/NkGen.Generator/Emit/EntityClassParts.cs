using System.Collections.Generic;
using System.Globalization;
using NkGen.Generator.Model;

namespace NkGen.Generator.Emit
{
    /// <summary>The pieces every generated class shares: the history attributes NKG0001 reads, and <c>All</c>, the index and <c>TryGet</c>.</summary>
    internal static class EntityClassParts
    {
        /// <summary>A <c>[FormerSpecialCity]</c> or <c>[DefunctSpecialCity]</c> attribute: the facts NKG0001 reports, read from metadata.</summary>
        public static string HistoryAttribute(string attribute, CityModel city, DefunctSpecialStatus defunct, string id) =>
            $"[{EmitOptions.Runtime}{attribute}({TextEscaping.Literal(city.Name)}, {defunct.EndedYear.ToString(CultureInfo.InvariantCulture)}, "
            + $"{TextEscaping.Literal(defunct.AbsorbedInto)}, {TextEscaping.Literal(defunct.Years)}, {TextEscaping.Literal("Cities." + id)})]";

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
            writer.Doc("summary", $"Finds a {noun} of this class by any of its names, ignoring case, diacritics, apostrophes, hyphens and spaces: every spelling the tables give (romanized, Chosŏn'gŭl, Hancha) and the romanizations computed from its Chosŏn'gŭl name.");
            writer.Doc("param name=\"name\"", $"The {noun}'s name, e.g. as written in the data tables.");
            writer.Doc("param name=\"" + noun + "\"", $"The {noun}, when found.");
            writer.Doc("returns", $"Whether a {noun} of that name exists.");
            var notNull = options.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
            writer.Line($"public static bool TryGet(string{options.Nullable} name, {notNull}out {runtimeType}{options.Nullable} {noun}) => __nkgenIndex.TryGet(name, out {noun});");
        }
    }
}
