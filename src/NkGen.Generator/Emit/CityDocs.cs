using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The XML doc of a city member. The summary carries the facts (IDE completion and hover show only the summary):
    /// names, status, province, population as written, founding date; the other spellings; then the history; then the sources.
    /// </summary>
    internal static class CityDocs
    {
        /// <summary>Writes the city's <c>&lt;summary&gt;</c>.</summary>
        /// <param name="writer">The file.</param>
        /// <param name="city">The city.</param>
        /// <param name="sources">The city's sources, as <see cref="FactText.Sources"/> lists them (its row cites the same).</param>
        /// <param name="provinceNames">The name each province is shown by, by identity name (<see cref="EmitContext.ProvinceNames"/>).</param>
        public static void WriteSummary(SourceWriter writer, CityModel city, List<(string Document, string File, int Line)> sources, IReadOnlyDictionary<string, string> provinceNames)
        {
            // The tags share the first and last paragraph's lines: two lines less a member, the same hover.
            writer.DocLine().Append("<summary><para>");
            Headline(writer, city, provinceNames);
            writer.Append("</para>").EndLine();
            Details(writer, city);

            var alsoWritten = AlsoWritten(city);
            if (alsoWritten.Count > 0) writer.DocLine().Append("<para>Also written: ").AppendDoc(Listing.Of(alsoWritten, ", ")).Append(".</para>").EndLine();
            if (city.Defunct is { } defunct)
            {
                writer.DocLine().Append("<para>Special city ").AppendDoc(defunct.Years).Append("; re-merged into ").AppendDoc(defunct.AbsorbedInto)
                    .Append(" in ").Append(defunct.EndedYear).Append(".</para>").EndLine();
            }

            EndWithSources(writer.DocLine(), sources);
        }

        /// <summary>Writes the city's <c>&lt;remarks&gt;</c> when the tables describe it (role, what it is known for, who it suits).</summary>
        public static void WriteRemarks(SourceWriter writer, CityModel city)
        {
            var paragraphs = new List<(string Label, string Text, string End)>(3);
            if (city.Get(CityField.Roles) is { } roles) paragraphs.Add(("Role: ", FactText.Text(roles), "."));
            if (city.Get(CityField.KnownFor) is { } knownFor) paragraphs.Add(("Known for: ", FactText.Text(knownFor), ""));
            if (city.Get(CityField.BestFor) is { } bestFor) paragraphs.Add(("Best for: ", FactText.Text(bestFor), "."));
            for (var i = 0; i < paragraphs.Count; i++)
            {
                writer.DocLine().Append(i == 0 ? "<remarks><para>" : "<para>").Append(paragraphs[i].Label).AppendDoc(paragraphs[i].Text).Append(paragraphs[i].End)
                    .Append(i == paragraphs.Count - 1 ? "</para></remarks>" : "</para>").EndLine();
            }
        }

        /// <summary>
        /// The city's other spellings without the Chosŏn'gŭl and Hancha names its headline already shows (a row's
        /// 함흥시 and 咸興市 are in the headline; 함흥 and 咸興 are not).
        /// </summary>
        public static List<string> AlsoWritten(CityModel city)
        {
            var korean = city.Get(CityField.KoreanName) is { } k ? FactText.Text(k) : null;
            var hancha = city.Get(CityField.Hancha) is { } h ? FactText.Text(h) : null;
            var names = new List<string>(city.OtherNames.Count);
            foreach (var name in city.OtherNames)
            {
                if (name != korean && name != hancha) names.Add(name);
            }

            return names;
        }

        /// <summary>
        /// Ends a started doc line with a summary's last paragraph, its sources (each document once with its lines,
        /// escaped, "; " between documents), and the closing tag on the same line; a province's summary ends alike.
        /// </summary>
        public static void EndWithSources(SourceWriter writer, List<(string Document, string File, int Line)> sources)
        {
            writer.Append("<para>Sources: ");
            FactText.AppendByDocument(writer, sources);
            writer.Append(".</para></summary>").EndLine();
        }

        /// <summary>The places a city's name and chosen facts (and the sources agreeing with them) came from (<see cref="FactText.Sources"/>).</summary>
        public static List<(string Document, string File, int Line)> Sources(CityModel city, IReadOnlyDictionary<string, string> titles) =>
            FactText.SourcesOf(city.NameSources, city.Facts, ChosenOfCity, titles);

        private static readonly System.Func<CityFieldChoice, ChosenFact> ChosenOfCity = static f => f.Chosen;

        private static void Headline(SourceWriter writer, CityModel city, IReadOnlyDictionary<string, string> provinceNames)
        {
            writer.AppendDoc(city.Name);
            if (FactText.InKoreanScripts(city.Get(CityField.KoreanName), city.Get(CityField.Hancha)) is { } scripts) writer.Append(" (").AppendDoc(scripts).Append(')');

            var status = StatusPhrase(city.Status);
            if (city.Get(CityField.Province) is { } province)
            {
                // A province that resolved to none names the first-level city the city belongs to (a county of Pyongyang).
                writer.Append(": ").Append(status).Append(" in ").AppendDoc(ProvinceName(province, city.ProvinceIdentity, provinceNames)).Append(city.ProvinceIdentity is null ? "." : " province.");
                return;
            }

            // A row without a province is first-level only when its status says so: a county whose table names no province is just a county.
            writer.Append(": ").Append(status);
            if (!city.IsFirstLevel)
            {
                writer.Append('.');
                return;
            }

            writer.Append(", a first-level division");
            if (city.Get(CityField.RelatedProvince) is { } related) writer.Append(", related to ").AppendDoc(ProvinceName(related, city.RelatedProvinceIdentity, provinceNames)).Append(" province");
            writer.Append('.');
        }

        // A province the Model resolved is shown by its own name, as Provinces shows it (a table in Korean writes 함경북도 for
        // North Hamgyong); one it did not, as the fact writes it.
        private static string ProvinceName(ChosenFact fact, string? identity, IReadOnlyDictionary<string, string> provinceNames) =>
            identity is not null && provinceNames.TryGetValue(identity, out var name) ? name : FactText.Text(fact);

        // The facts after the headline, "; "-separated, as a paragraph of their own when the tables give any.
        private static void Details(SourceWriter writer, CityModel city)
        {
            var figures = FactText.Figures(
                city.Get(CityField.Population), city.Get(CityField.Founded), city.Get(CityField.IsoCode), city.Get(CityField.Area),
                city.Get(CityField.Density), city.Get(CityField.Capital), city.Get(CityField.Region));
            if (figures.Count == 0) return;
            writer.DocLine().Append("<para>");
            for (var i = 0; i < figures.Count; i++)
            {
                if (i > 0) writer.Append("; ");
                writer.Append(figures[i].Label).AppendDoc(figures[i].Text);
            }

            writer.Append(".</para>").EndLine();
        }

        private static string StatusPhrase(CityStatus status) => status switch
        {
            CityStatus.FirstLevel => "first-level city (the tables do not say which kind)",
            CityStatus.City or CityStatus.SpecialCity or CityStatus.DirectlyGovernedCity or CityStatus.SpecialLevelCity or CityStatus.County or CityStatus.District => FieldNames.Of(status),
        };
    }
}
