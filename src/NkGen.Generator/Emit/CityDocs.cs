using System.Collections.Generic;
using System.Text;
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
        /// <param name="city">The city.</param>
        /// <param name="sources">The city's sources, as <see cref="FactText.Sources"/> lists them (its row cites the same).</param>
        public static string[] Summary(CityModel city, List<(string Document, string File, int Line)> sources)
        {
            var lines = new List<string>(5) { Para(Headline(city)) };
            var details = Details(city);
            if (details.Length > 0) lines.Add(Para(details.Append('.').ToString()));
            if (city.OtherNames.Count > 0) lines.Add(Para("Also written: " + TextEscaping.Doc(Listing.Of(city.OtherNames, ", ")) + "."));
            if (city.Defunct is { } defunct)
            {
                lines.Add(Para($"Special city {TextEscaping.Doc(defunct.Years)}; re-merged into {TextEscaping.Doc(defunct.AbsorbedInto)} in {defunct.EndedYear}."));
            }

            lines.Add(Para("Sources: " + SourceList(sources) + "."));
            return lines.ToArray();
        }

        public static string[] Remarks(CityModel city)
        {
            var lines = new List<string>();
            if (city.Get(CityField.Roles) is { } roles) lines.Add(Para("Role: " + TextEscaping.Doc(FactText.Text(roles)) + "."));
            if (city.Get(CityField.KnownFor) is { } knownFor) lines.Add(Para("Known for: " + TextEscaping.Doc(FactText.Text(knownFor))));
            if (city.Get(CityField.BestFor) is { } bestFor) lines.Add(Para("Best for: " + TextEscaping.Doc(FactText.Text(bestFor)) + "."));
            return lines.ToArray();
        }

        /// <summary>The sources line of a doc: each document once with its lines, escaped.</summary>
        public static string SourceList(List<(string Document, string File, int Line)> sources)
        {
            var documents = FactText.ByDocument(sources);
            return documents.Count == 1 ? TextEscaping.Doc(documents[0]) : string.Join("; ", documents.ConvertAll(TextEscaping.Doc));
        }

        /// <summary>Every span a city's name and chosen facts (and the sources agreeing with them) came from.</summary>
        public static List<SourceSpan> AllSources(CityModel city) => FactText.SpansOf(city.NameSources, city.Facts, static f => f.Chosen);

        private static string Headline(CityModel city)
        {
            var korean = city.Get(CityField.KoreanName);
            var hancha = city.Get(CityField.Hancha);
            var head = TextEscaping.Doc(city.Name);
            if (korean is not null || hancha is not null)
            {
                var names = korean is null ? FactText.Text(hancha!) : hancha is null ? FactText.Text(korean) : FactText.Text(korean) + ", " + FactText.Text(hancha);
                head += " (" + TextEscaping.Doc(names) + ")";
            }

            var status = StatusPhrase(city.Status);
            if (city.Get(CityField.Province) is { } province) return $"{head}: {status} in {TextEscaping.Doc(FactText.Text(province))} province.";
            var related = city.Get(CityField.RelatedProvince) is { } r ? $", related to {TextEscaping.Doc(FactText.Text(r))} province" : "";
            return $"{head}: {status}, a first-level division{related}.";
        }

        // The facts after the headline, "; "-separated (empty when the tables give none).
        private static StringBuilder Details(CityModel city)
        {
            var details = new StringBuilder();
            void Add(string label, string escaped)
            {
                if (details.Length > 0) details.Append("; ");
                details.Append(label).Append(escaped);
            }

            if (city.Get(CityField.Population) is { } population) Add("Population ", TextEscaping.Doc(FactText.Population(population)));
            if (city.Get(CityField.Founded) is { } founded) Add("founded ", TextEscaping.Doc(FactText.Text(founded)));
            if (city.Get(CityField.IsoCode) is { } iso) Add("ISO ", TextEscaping.Doc(FactText.Text(iso)));
            if (city.Get(CityField.Area) is { } area) Add("area ", TextEscaping.Doc(FactText.Measure(area, "km²")));
            if (city.Get(CityField.Density) is { } density) Add("density ", TextEscaping.Doc(FactText.Measure(density, "per km²")));
            if (city.Get(CityField.Capital) is { } capital) Add("seat ", TextEscaping.Doc(FactText.Text(capital)));
            if (city.Get(CityField.Region) is { } region) Add("region ", TextEscaping.Doc(FactText.Text(region)));
            return details;
        }

        private static string StatusPhrase(CityStatus status) => status switch
        {
            CityStatus.FirstLevel => "first-level city (the tables do not say which kind)",
            CityStatus.City or CityStatus.SpecialCity or CityStatus.DirectlyGovernedCity or CityStatus.SpecialLevelCity => FieldNames.Of(status),
        };

        private static string Para(string escaped) => "<para>" + escaped + "</para>";
    }
}
