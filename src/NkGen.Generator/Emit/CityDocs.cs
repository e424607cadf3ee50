using System.Collections.Generic;
using System.Linq;
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
        public static string[] Summary(CityModel city, IReadOnlyDictionary<string, string> titles)
        {
            var lines = new List<string> { Para(Headline(city)) };
            var details = Details(city).ToList();
            if (details.Count > 0) lines.Add(Para(string.Join("; ", details) + "."));
            if (city.OtherNames.Count > 0) lines.Add(Para("Also written: " + TextEscaping.Doc(Listing.Of(city.OtherNames, ", ")) + "."));
            if (city.Defunct is { } defunct)
            {
                lines.Add(Para($"Special city {TextEscaping.Doc(defunct.Years)}; re-merged into {TextEscaping.Doc(defunct.AbsorbedInto)} in {defunct.EndedYear}."));
            }

            lines.Add(Para("Sources: " + SourceList(AllSources(city), titles) + "."));
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

        public static string SourceList(IEnumerable<Common.SourceSpan> spans, IReadOnlyDictionary<string, string> titles) =>
            string.Join("; ", FactText.SourcesByDocument(spans, titles).Select(TextEscaping.Doc));

        public static IEnumerable<Common.SourceSpan> AllSources(CityModel city) =>
            city.NameSources.Concat(city.Facts.SelectMany(f => new[] { f.Chosen.Source }.Concat(f.Chosen.Agreeing)));

        private static string Headline(CityModel city)
        {
            var names = new[] { city.Get(CityField.KoreanName), city.Get(CityField.Hancha) }
                .Where(f => f is not null).Select(f => FactText.Text(f!)).ToList();
            var head = TextEscaping.Doc(city.Name) + (names.Count > 0 ? " (" + TextEscaping.Doc(string.Join(", ", names)) + ")" : "");
            var status = StatusPhrase(city.Status);
            if (city.Get(CityField.Province) is { } province) return $"{head}: {status} in {TextEscaping.Doc(FactText.Text(province))} province.";
            var related = city.Get(CityField.RelatedProvince) is { } r ? $", related to {TextEscaping.Doc(FactText.Text(r))} province" : "";
            return $"{head}: {status}, a first-level division{related}.";
        }

        private static IEnumerable<string> Details(CityModel city)
        {
            if (city.Get(CityField.Population) is { } population) yield return "Population " + TextEscaping.Doc(FactText.Population(population));
            if (city.Get(CityField.Founded) is { } founded) yield return "founded " + TextEscaping.Doc(FactText.Text(founded));
            if (city.Get(CityField.IsoCode) is { } iso) yield return "ISO " + TextEscaping.Doc(FactText.Text(iso));
            if (city.Get(CityField.Area) is { } area) yield return "area " + TextEscaping.Doc(FactText.Measure(area, "km²"));
            if (city.Get(CityField.Density) is { } density) yield return "density " + TextEscaping.Doc(FactText.Measure(density, "per km²"));
            if (city.Get(CityField.Capital) is { } capital) yield return "seat " + TextEscaping.Doc(FactText.Text(capital));
            if (city.Get(CityField.Region) is { } region) yield return "region " + TextEscaping.Doc(FactText.Text(region));
        }

        private static string StatusPhrase(CityStatus status) => status switch
        {
            CityStatus.FirstLevel => "first-level city (the tables do not say which kind)",
            CityStatus.City or CityStatus.SpecialCity or CityStatus.DirectlyGovernedCity or CityStatus.SpecialLevelCity => FieldNames.Of(status),
        };

        private static string Para(string escaped) => "<para>" + escaped + "</para>";
    }
}
