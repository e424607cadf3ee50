using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Writes <c>Provinces.g.cs</c>: one documented member per province over a table of compact rows, <c>All</c> and <c>TryGet</c>.
    /// </summary>
    internal static class ProvincesEmitter
    {
        private const string Fields = EntityClassParts.NameFields + "|city rows|major city row|character|known for|sources|population|area|density|capital|ISO code|region";

        public static string Emit(EmitContext context)
        {
            var options = context.Options;
            var writer = FileHeader.Start(options);
            writer.Doc("summary", $"The {context.Model.Provinces.Count} provinces of North Korea in the NkGen data tables, one member each, in name order.");
            var names = LookupNames(context);
            writer.Line(FileHeader.GeneratedCode);
            names.WriteTableAttribute(writer);
            writer.Open($"{options.Visibility} static partial class Provinces");
            EntityClassParts.BeginMembers(writer, options);
            var documents = new SourceDocumentList();
            var row = new RowBuilder();
            var rows = new List<string>();
            foreach (var province in context.Model.Provinces)
            {
                var sources = FactText.Sources(Sources(province), context.Titles);
                if (!context.ProvinceIds.TryGetValue(province.IdentityName, out var id))
                {
                    rows.Add(Row(province, null, sources, context, documents, row));
                    continue;
                }

                // As a city's: the tags share the first and last paragraph's lines.
                writer.DocLine().Append("<summary>");
                foreach (var line in Summary(province)) writer.Append(line).EndLine().DocLine();
                CityDocs.EndWithSources(writer, sources);
                EntityClassParts.WriteMember(writer, "Province", id, rows.Count);
                rows.Add(Row(province, id, sources, context, documents, row));
            }

            EntityClassParts.EndMembers(writer, options);
            EntityClassParts.WriteAllAndTryGet(writer, "province", "Province", EntityClassParts.Table, options);
            EntityClassParts.WriteTable(writer, "provinces'", "Province", Fields, documents, rows, $"row => {options.Generated}Cities.All[row]", options);
            writer.Close();
            return writer.Close().Complete();
        }

        /// <summary>Every name TryGet accepts for the provinces, in the order of <see cref="LookupNameList.Of"/>.</summary>
        private static LookupNameList LookupNames(EmitContext context) =>
            LookupNameList.Of(
                context.Model.Provinces.Select(p => new EntityNames(p.IdentityName, p.Name, FactText.TextOf(p.Get(ProvinceField.KoreanName)), FactText.TextOf(p.Get(ProvinceField.Hancha)), p.OtherNames)).ToList(),
                context.ProvinceIds);

        private static List<string> Summary(ProvinceModel province)
        {
            // Its Chosŏn'gŭl and Hancha names beside it, as a city's headline shows them.
            var written = FactText.InKoreanScripts(province.Get(ProvinceField.KoreanName), province.Get(ProvinceField.Hancha)) is { } scripts
                ? " (" + TextEscaping.Doc(scripts) + ")"
                : "";
            var lines = new List<string>
            {
                $"<para>{TextEscaping.Doc(province.Name)}{written} province: {province.CityNames.Count} {(province.CityNames.Count == 1 ? "city" : "cities")}"
                + (province.CityNames.Count > 0 ? " (" + TextEscaping.Doc(Listing.Of(province.CityNames, ", ")) + ")" : "") + ".</para>",
            };
            // The figures in the order and words of a city's (a province has no founding date).
            var figures = FactText.Figures(
                province.Get(ProvinceField.Population), null, province.Get(ProvinceField.IsoCode), province.Get(ProvinceField.Area),
                province.Get(ProvinceField.Density), province.Get(ProvinceField.Capital), province.Get(ProvinceField.Region));
            if (figures.Count > 0) lines.Add("<para>" + string.Join("; ", figures.Select(f => f.Label + TextEscaping.Doc(f.Text))) + ".</para>");
            var details = new List<string>();
            if (province.Get(ProvinceField.MajorCity) is { } major) details.Add("major city " + TextEscaping.Doc(FactText.Text(major)));
            if (province.Get(ProvinceField.Character) is { } character) details.Add("character: " + TextEscaping.Doc(FactText.Text(character)));
            if (province.Get(ProvinceField.KnownFor) is { } knownFor) details.Add("known for " + TextEscaping.Doc(FactText.Text(knownFor)));
            if (details.Count > 0) lines.Add("<para>" + string.Join("; ", details) + ".</para>");
            return lines;
        }

        private static List<Common.SourceSpan> Sources(ProvinceModel province) => FactText.SpansOf(province.NameSources, province.Facts, static (ProvinceFieldChoice f) => f.Chosen);

        /// <summary>The province's row, in the field order of the runtime's ProvinceTable.</summary>
        private static string Row(ProvinceModel province, string? id, List<(string Document, string File, int Line)> sources, EmitContext context, SourceDocumentList documents, RowBuilder row) =>
            EntityClassParts.Names(row, id, province.Name, FactText.TextOf(province.Get(ProvinceField.KoreanName)), FactText.TextOf(province.Get(ProvinceField.Hancha)), province.OtherNames)
                .Strings(province.CityNames.Select(n => RowBuilder.Number(context.CityRow(n)!.Value)).ToList())
                .Number(context.CityRow(province.MajorCityIdentity))
                .Text(FactText.TextOf(province.Get(ProvinceField.Character)))
                .Text(FactText.TextOf(province.Get(ProvinceField.KnownFor)))
                // After the sources, as a city row's rarer facts are: a province without figures ends there.
                .Pairs(documents.References(sources))
                .Number(RowValues.Population(province.Get(ProvinceField.Population)))
                .Number(RowValues.Measure(province.Get(ProvinceField.Area)))
                .Number(RowValues.Measure(province.Get(ProvinceField.Density)))
                .Text(FactText.TextOf(province.Get(ProvinceField.Capital)))
                .Text(FactText.TextOf(province.Get(ProvinceField.IsoCode)))
                .Text(FactText.TextOf(province.Get(ProvinceField.Region)))
                .ToString();

    }
}
