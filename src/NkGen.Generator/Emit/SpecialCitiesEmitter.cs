using System.Linq;
using NkGen.Generator.Model;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>SpecialCities.g.cs</c>: the first-level cities (in <c>All</c>), and members for special-city statuses
    /// that ended, marked [DefunctSpecialCity] so that analyzer NKG0001 can warn where code relies on them.
    /// </summary>
    internal static class SpecialCitiesEmitter
    {
        private const string Selection = "__nkgenSelection";

        public static string Emit(EmitContext context)
        {
            var options = context.Options;
            var current = context.Model.Cities.Where(c => c.IsFirstLevel).ToList();
            var defunct = context.Model.Cities.Where(c => c.Defunct is not null).ToList();
            var writer = FileHeader.Start(options);
            writer.Doc("summary",
                $"The {current.Count} first-level cities of North Korea (directly governed, special and special-level cities), equal in rank to provinces.",
                defunct.Count == 0 ? "" : $"Also members for {defunct.Count} special-city statuses that no longer exist; they are not in <see cref=\"All\"/>, and analyzer NKG0001 warns where code uses them.");
            // Only the current first-level cities are in this class's index; the defunct members are never found by name.
            var names = CitiesEmitter.LookupNames(current, context.CityIds);
            writer.Line(FileHeader.GeneratedCode);
            names.WriteTableAttribute(writer);
            writer.Open($"{options.Visibility} static partial class SpecialCities");
            foreach (var city in current.Where(c => context.CityIds.ContainsKey(c.IdentityName)))
            {
                CityDocs.WriteSummary(writer, city, CityDocs.Sources(city, context.Titles), context.ProvinceNames);
                writer.Line($"public static {EmitOptions.Runtime}City {context.CityIds[city.IdentityName]} => {options.Generated}Cities.{context.CityIds[city.IdentityName]};").Line();
            }

            foreach (var city in defunct.Where(c => context.CityIds.ContainsKey(c.IdentityName)))
            {
                var id = context.CityIds[city.IdentityName];
                var status = city.Defunct!;
                writer.Doc("summary",
                    $"<para>Defunct: {TextEscaping.Doc(city.Name)} has not been a special city since {status.EndedYear}; it was re-merged into {TextEscaping.Doc(status.AbsorbedInto)} (special city {TextEscaping.Doc(status.Years)}).</para>",
                    $"<para>Use <see cref=\"{options.Generated}Cities.{id}\"/> for the city, and <c>StatusOn(year)</c> for its history.</para>");
                writer.Line(EntityClassParts.HistoryAttribute("DefunctSpecialCity", city, status, id));
                writer.Line($"public static {EmitOptions.Runtime}City {id} => {options.Generated}Cities.{id};").Line();
            }

            EntityClassParts.WriteAllAndTryGet(writer, "city", "City", Selection, options);
            // Rows of Cities: the selection reads the cities' table, so a special city is the same object as its Cities member.
            var rows = string.Join(", ", current.Select(c => RowBuilder.Number(context.CityRow(c.IdentityName)!.Value)));
            writer.Line();
            writer.Line($"private static readonly {EmitOptions.Runtime}EntitySelection<{EmitOptions.Runtime}City> {Selection} =");
            writer.Indent().Line($"new {EmitOptions.Runtime}EntitySelection<{EmitOptions.Runtime}City>({options.Generated}Cities.All, new int[] {{ {rows} }});").Outdent();
            writer.Close();
            return writer.Close().Complete();
        }
    }
}
