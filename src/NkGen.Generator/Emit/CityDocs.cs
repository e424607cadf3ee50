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
        public static void WriteSummary(SourceWriter writer, CityModel city, List<(string Document, string File, int Line)> sources)
        {
            writer.DocOpen("summary");
            writer.DocLine().Append("<para>");
            Headline(writer, city);
            writer.Append("</para>").EndLine();
            if (HasDetails(city))
            {
                writer.DocLine().Append("<para>");
                Details(writer, city);
                writer.Append(".</para>").EndLine();
            }

            if (city.OtherNames.Count > 0) writer.DocLine().Append("<para>Also written: ").AppendDoc(Listing.Of(city.OtherNames, ", ")).Append(".</para>").EndLine();
            if (city.Defunct is { } defunct)
            {
                writer.DocLine().Append("<para>Special city ").AppendDoc(defunct.Years).Append("; re-merged into ").AppendDoc(defunct.AbsorbedInto)
                    .Append(" in ").Append(defunct.EndedYear).Append(".</para>").EndLine();
            }

            writer.DocLine().Append("<para>Sources: ");
            SourceList(writer, sources);
            writer.Append(".</para>").EndLine();
            writer.DocClose("summary");
        }

        /// <summary>Writes the city's <c>&lt;remarks&gt;</c> when the tables describe it (role, what it is known for, who it suits).</summary>
        public static void WriteRemarks(SourceWriter writer, CityModel city)
        {
            var roles = city.Get(CityField.Roles);
            var knownFor = city.Get(CityField.KnownFor);
            var bestFor = city.Get(CityField.BestFor);
            if (roles is null && knownFor is null && bestFor is null) return;
            writer.DocOpen("remarks");
            if (roles is not null) writer.DocLine().Append("<para>Role: ").AppendDoc(FactText.Text(roles)).Append(".</para>").EndLine();
            if (knownFor is not null) writer.DocLine().Append("<para>Known for: ").AppendDoc(FactText.Text(knownFor)).Append("</para>").EndLine();
            if (bestFor is not null) writer.DocLine().Append("<para>Best for: ").AppendDoc(FactText.Text(bestFor)).Append(".</para>").EndLine();
            writer.DocClose("remarks");
        }

        /// <summary>The sources line of a doc: each document once with its lines, escaped, "; " between documents.</summary>
        public static void SourceList(SourceWriter writer, List<(string Document, string File, int Line)> sources)
        {
            var documents = FactText.ByDocument(sources);
            for (var i = 0; i < documents.Count; i++)
            {
                if (i > 0) writer.Append("; ");
                writer.AppendDoc(documents[i]);
            }
        }

        /// <summary>Every span a city's name and chosen facts (and the sources agreeing with them) came from.</summary>
        public static List<SourceSpan> AllSources(CityModel city) => FactText.SpansOf(city.NameSources, city.Facts, static f => f.Chosen);

        private static void Headline(SourceWriter writer, CityModel city)
        {
            var korean = city.Get(CityField.KoreanName);
            var hancha = city.Get(CityField.Hancha);
            writer.AppendDoc(city.Name);
            if (korean is not null || hancha is not null)
            {
                writer.Append(" (");
                if (korean is not null) writer.AppendDoc(FactText.Text(korean));
                if (korean is not null && hancha is not null) writer.Append(", ");
                if (hancha is not null) writer.AppendDoc(FactText.Text(hancha));
                writer.Append(')');
            }

            var status = StatusPhrase(city.Status);
            if (city.Get(CityField.Province) is { } province)
            {
                writer.Append(": ").Append(status).Append(" in ").AppendDoc(FactText.Text(province)).Append(" province.");
                return;
            }

            writer.Append(": ").Append(status).Append(", a first-level division");
            if (city.Get(CityField.RelatedProvince) is { } related) writer.Append(", related to ").AppendDoc(FactText.Text(related)).Append(" province");
            writer.Append('.');
        }

        private static bool HasDetails(CityModel city)
        {
            foreach (var field in DetailFields)
            {
                if (city.Get(field) is not null) return true;
            }

            return false;
        }

        private static readonly CityField[] DetailFields =
        {
            CityField.Population, CityField.Founded, CityField.IsoCode, CityField.Area, CityField.Density, CityField.Capital, CityField.Region,
        };

        // The facts after the headline, "; "-separated (the caller writes them only when the tables give one).
        private static void Details(SourceWriter writer, CityModel city)
        {
            var first = true;
            void Add(string label, string text)
            {
                if (!first) writer.Append("; ");
                first = false;
                writer.Append(label).AppendDoc(text);
            }

            if (city.Get(CityField.Population) is { } population) Add("Population ", FactText.Population(population));
            if (city.Get(CityField.Founded) is { } founded) Add("founded ", FactText.Text(founded));
            if (city.Get(CityField.IsoCode) is { } iso) Add("ISO ", FactText.Text(iso));
            if (city.Get(CityField.Area) is { } area) Add("area ", FactText.Measure(area, "km²"));
            if (city.Get(CityField.Density) is { } density) Add("density ", FactText.Measure(density, "per km²"));
            if (city.Get(CityField.Capital) is { } capital) Add("seat ", FactText.Text(capital));
            if (city.Get(CityField.Region) is { } region) Add("region ", FactText.Text(region));
        }

        private static string StatusPhrase(CityStatus status) => status switch
        {
            CityStatus.FirstLevel => "first-level city (the tables do not say which kind)",
            CityStatus.City or CityStatus.SpecialCity or CityStatus.DirectlyGovernedCity or CityStatus.SpecialLevelCity => FieldNames.Of(status),
        };
    }
}
