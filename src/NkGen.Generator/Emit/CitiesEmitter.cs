using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>Cities.g.cs</c>: one documented member per city over a table of compact rows, <c>All</c> and <c>TryGet</c>.
    /// </summary>
    internal static class CitiesEmitter
    {
        private const string Fields = EntityClassParts.NameFields + "|status|province row|related province row|population|founded (year,month,day)"
            + "|status history (status,from,until)|sources|ISO code|area|density|capital|region|roles|known for|best for";

        public static string Emit(EmitContext context)
        {
            var options = context.Options;
            // About 590 characters a city at 10,000 cities, most of them its docs.
            var writer = FileHeader.Start(options, 8192 + 650 * context.Model.Cities.Count);
            writer.Doc("summary", $"The {context.Model.Cities.Count} cities of North Korea in the NkGen data tables, one member each, in name order.",
                "Each member's documentation shows its facts and the sources they come from; a city is built when first used.");
            var names = LookupNames(context.Model.Cities, context.CityIds);
            writer.Line(FileHeader.GeneratedCode);
            names.WriteTableAttribute(writer);
            writer.Open($"{options.Visibility} static partial class Cities");
            EntityClassParts.BeginMembers(writer, options);

            var documents = new SourceDocumentList();
            var row = new RowBuilder();
            var rows = new List<string>();
            foreach (var city in context.Model.Cities)
            {
                // Past the members a class can hold (NKG2013), a city is a row only: All and TryGet find it.
                var sources = CityDocs.Sources(city, context.Titles);
                if (!context.CityIds.TryGetValue(city.IdentityName, out var id))
                {
                    rows.Add(Row(city, null, sources, context, documents, row));
                    continue;
                }

                CityDocs.WriteSummary(writer, city, sources, context.ProvinceNames);
                CityDocs.WriteRemarks(writer, city);
                if (city.Defunct is { } defunct) writer.Line(EntityClassParts.HistoryAttribute("FormerSpecialCity", city, defunct, id));
                EntityClassParts.WriteMember(writer, "City", id, rows.Count);
                rows.Add(Row(city, id, sources, context, documents, row));
            }

            EntityClassParts.EndMembers(writer, options);
            EntityClassParts.WriteAllAndTryGet(writer, "city", "City", EntityClassParts.Table, options);
            EntityClassParts.WriteTable(writer, "cities'", "City", Fields, documents, rows, $"row => {options.Generated}Provinces.All[row]", options);
            writer.Close();
            return writer.Close().Complete();
        }

        /// <summary>Every name TryGet accepts for <paramref name="cities"/>, in the order of <see cref="LookupNameList.Of"/>.</summary>
        public static LookupNameList LookupNames(IEnumerable<CityModel> cities, IReadOnlyDictionary<string, string> ids) =>
            LookupNameList.Of(
                cities.Select(c => new EntityNames(c.IdentityName, c.Name, FactText.TextOf(c.Get(CityField.KoreanName)), FactText.TextOf(c.Get(CityField.Hancha)), c.OtherNames)).ToList(),
                ids);

        /// <summary>The city's row, in the field order of the runtime's CityTable.</summary>
        private static string Row(CityModel city, string? id, List<(string Document, string File, int Line)> sources, EmitContext context, SourceDocumentList documents, RowBuilder row) =>
            EntityClassParts.Names(row, id, city.Name, FactText.TextOf(city.Get(CityField.KoreanName)), FactText.TextOf(city.Get(CityField.Hancha)), city.OtherNames)
                .Number(RowValues.Status(city.Status))
                .Number(context.ProvinceRow(city.ProvinceIdentity))
                .Number(context.ProvinceRow(city.RelatedProvinceIdentity))
                .Number(RowValues.Population(city.Get(CityField.Population)))
                .Item(RowValues.Date(city.Get(CityField.Founded)))
                .Items(city.History, RowValues.PeriodItem)
                // The sources before the facts most rows lack, whose empty fields then end the row unwritten.
                .Pairs(documents.References(sources))
                .Text(FactText.TextOf(city.Get(CityField.IsoCode)))
                .Number(RowValues.Measure(city.Get(CityField.Area)))
                .Number(RowValues.Measure(city.Get(CityField.Density)))
                .Text(FactText.TextOf(city.Get(CityField.Capital)))
                .Text(FactText.TextOf(city.Get(CityField.Region)))
                .Strings(city.Get(CityField.Roles)?.Value is TextListValue roles ? roles.Items : EquatableArray<string>.Empty)
                .Text(FactText.TextOf(city.Get(CityField.KnownFor)))
                .Text(FactText.TextOf(city.Get(CityField.BestFor)))
                .ToString();

    }
}
