using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>One place picks a file's format: the Format metadata, then the extension, then the content.</summary>
    public class FormatChoiceTests
    {
        private const string CsvCities = "City,Province,Population\nKilju,North Hamgyong,\"139,932\"\nMusan,North Hamgyong,\"123,721\"\n";

        [Theory]
        [InlineData("a.csv", "Csv")]
        [InlineData("a.CSV", "Csv")]
        [InlineData("a.tsv", "Tsv")]
        [InlineData("a.tab", "Tsv")]
        [InlineData("a.wiki", "MediaWiki")]
        [InlineData("a.mediawiki", "MediaWiki")]
        [InlineData("a.json", "Json")]
        [InlineData("places.geojson", "Json")]
        public void The_extension_decides_when_there_is_no_Format(string file, string format)
        {
            Assert.Equal(format, DocumentReader.Read(file, "x").Dialect.ToString());
        }

        [Theory]
        [InlineData("[{\"City\": \"Anju\"}]", "Json")]
        [InlineData("  {\n \"cities\": []\n}", "Json")]
        [InlineData("== List ==\n{| class=\"wikitable\"\n! City\n|-\n| Anju\n|}\n", "MediaWiki")]
        [InlineData("City,Population\nAnju,\"240,117\"\n", "Csv")]
        [InlineData("City;Population\nAnju;240.117\n", "Csv")]
        [InlineData("= Cities =\n| City | Population |\n| Anju | 240,117 |\n", "Wiki")]
        [InlineData("[FACTBOX]\nCapital: Pyongyang\n[/FACTBOX]\n", "Guide")]
        [InlineData("{{Infobox settlement\n| name = Anju\n}}\n", "Wiki")]
        [InlineData("[[Category:Cities]]\n| City |\n| Anju |\n", "Wiki")]
        [InlineData("[\n  {\"City\": \"Anju\"}\n]\n", "Json")]
        [InlineData("Anju, a city in South Pyongan.\nIt has 240,117 people, more or less.\n", "Wiki")]
        public void A_txt_file_is_told_by_its_content(string text, string format)
        {
            Assert.Equal(format, DocumentReader.Read("data.txt", text).Dialect.ToString());
        }

        [Fact]
        public void The_Format_metadata_beats_the_extension()
        {
            Assert.Equal(TextDialect.Csv, DocumentReader.Read("cities.md", CsvCities, TextDialect.Csv, default).Dialect);
        }

        [Theory]
        [InlineData("csv", "Csv")]
        [InlineData(" TSV ", "Tsv")]
        [InlineData("Markdown", "Markdown")]
        [InlineData("mediawiki", "MediaWiki")]
        [InlineData("json", "Json")]
        [InlineData("guide", "Guide")]
        [InlineData("wiki", "Wiki")]
        public void Format_names_are_read_without_case(string name, string format)
        {
            Assert.True(FormatChoice.TryParse(name, out var parsed));
            Assert.Equal(format, parsed.ToString());
        }

        [Fact]
        public void The_Format_metadata_reaches_the_generator()
        {
            var result = new GeneratorHarness().DataFileWithMetadata("/p/counties.data", CsvCities, Metadata("csv")).Run();

            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
            var cities = new Generated(result.Load()).Cities;
            Assert.Equal(30, cities.Count);
        }

        [Fact]
        public void An_invalid_Format_is_NKG2007_at_the_file_and_the_extension_decides()
        {
            var result = new GeneratorHarness().DataFileWithMetadata("/p/counties.csv", CsvCities, Metadata("excel")).Run();

            var diagnostic = Assert.Single(result.Data("NKG2007"));
            Assert.Equal("/p/counties.csv", diagnostic.Location.GetLineSpan().Path);
            Assert.Contains("excel", diagnostic.GetMessage(), System.StringComparison.Ordinal);
            Assert.Equal(30, new Generated(result.Load()).Cities.Count);
        }

        private static Dictionary<string, string> Metadata(string format) => new()
        {
            ["build_metadata.AdditionalFiles.NkGenData"] = "true",
            ["build_metadata.AdditionalFiles.NkGenFormat"] = format,
        };
    }
}
