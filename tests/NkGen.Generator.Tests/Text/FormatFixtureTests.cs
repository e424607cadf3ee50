using System.IO;
using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// The 28 cities of the built-in list (DefaultData/001) as other sources write them (tests/Fixtures/Formats): each
    /// file is read in its format into tables with the expected header and the 28 cities' names, in order.
    /// </summary>
    public class FormatFixtureTests
    {
        public static readonly string[] Cities =
        {
            "Anju", "Chongjin", "Chongju", "Haeju", "Hamhung", "Hoeryong", "Huichon", "Hyesan", "Kaechon", "Kaesong",
            "Kanggye", "Kimchaek", "Kusong", "Manpo", "Munchon", "Nampo", "Pyongsong", "Pyongyang", "Rason", "Sariwon",
            "Samjiyon", "Sinpo", "Sinuiju", "Songrim", "Sunchon", "Tokchon", "Tanchon", "Wonsan",
        };

        public static TheoryData<string, string, string> Fixtures() => new()
        {
            { "cities.csv", "Csv", "City | Chosŏn'gŭl | Province | Population | Notes" },
            { "cities-semicolon.csv", "Csv", "City | Province | Population" },
            { "cities.tsv", "Tsv", "City | Chosŏn'gŭl | Province | Population" },
            { "cities.md", "Markdown", "City | Chosŏn'gŭl | Province | Population | Notes" },
            { "cities.wiki", "MediaWiki", "City | Chosŏn'gŭl | Province | Population" },
            { "cities.json", "Json", "name | korean | province | population | note | founded" },
        };

        internal static DataDocument ReadFixture(string name)
        {
            var path = RepoPaths.Fixture("Formats", name);
            return DocumentReader.Read(path, File.ReadAllText(path));
        }

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Each_fixture_reads_into_the_28_cities_under_the_expected_header(string name, string format, string header)
        {
            var document = ReadFixture(name);

            Assert.Equal(format, document.Dialect.ToString());
            Assert.Empty(document.Problems);
            Assert.Equal(header, string.Join(" | ", document.Tables[0].HeaderRows[0].Cells.Select(c => c.Text)));
            Assert.All(document.Tables, t => Assert.Single(t.HeaderRows));
            Assert.Equal(Cities.OrderBy(c => c, System.StringComparer.Ordinal), document.Tables.SelectMany(t => t.Rows).Select(r => r.Cells[0].Text).OrderBy(c => c, System.StringComparer.Ordinal));
        }

        [Fact]
        public void The_markdown_fixture_has_two_tables_under_their_headings()
        {
            var document = ReadFixture("cities.md");

            Assert.Equal("Cities of North Korea", document.Title?.Text);
            Assert.Equal(new[] { "First-level cities", "Cities under a province" }, document.Tables.Select(t => t.Section));
            Assert.Equal(new[] { 4, 24 }, document.Tables.Select(t => t.Rows.Count));
            Assert.Contains(document.Tables[0].Rows, r => r.Cells[4].Text == "Rajin | Sonbong, merged 1993");
        }

        [Fact]
        public void The_mediawiki_fixture_reads_links_templates_references_and_the_rowspan()
        {
            var document = ReadFixture("cities.wiki");
            var table = Assert.Single(document.Tables);
            var rows = table.Rows.ToDictionary(r => r.Cells[0].Text, r => r.Cells.Select(c => c.Text).ToArray());

            Assert.Equal("List", table.Section);
            Assert.Equal(Cities, table.Rows.Select(r => r.Cells[0].Text));
            Assert.Equal(new[] { "Pyongyang", "평양시", "AA", "3255288" }, rows["Pyongyang"]);
            Assert.Equal(new[] { "Hamhung", "함흥시 咸興市", "South Hamgyong", "768,551" }, rows["Hamhung"]);
            Assert.Equal(new[] { "Kaesong", "개성시", "AC", "308,440" }, rows["Kaesong"]);
            Assert.Equal(new[] { "Tokchon", "덕천시", "South Pyongan", "237,133" }, rows["Tokchon"]);
        }

        [Fact]
        public void The_json_fixture_keeps_numbers_as_written_and_reads_null_and_missing_keys_as_empty()
        {
            var document = ReadFixture("cities.json");
            var table = Assert.Single(document.Tables);
            var samjiyon = table.Rows.Single(r => r.Cells[0].Text == "Samjiyon");

            Assert.Equal("cities", table.Section);
            Assert.Equal(new[] { "Samjiyon", "삼지연시", "Ryanggang", "31471", "", "" }, samjiyon.Cells.Select(c => c.Text));
            Assert.All(table.Rows, r => Assert.Equal(6, r.Cells.Count));
        }

        [Fact]
        public void The_browser_paste_takes_its_caption_as_the_section_and_drops_trailing_tabs()
        {
            var table = Assert.Single(ReadFixture("cities.tsv").Tables);

            Assert.Equal("List of cities in North Korea (2008 census)", table.Section);
            Assert.All(table.Rows, r => Assert.Equal(4, r.Cells.Count));
        }

        [Fact]
        public void The_spreadsheet_export_keeps_quoted_commas_line_breaks_and_quotes()
        {
            var table = Assert.Single(ReadFixture("cities.csv").Tables);
            var rows = table.Rows.ToDictionary(r => r.Cells[0].Text);

            Assert.Equal("240,117", rows["Anju"].Cells[3].Text);
            Assert.Equal("Capital\r\n(directly governed city)", rows["Pyongyang"].Cells[4].Text);
            Assert.Equal("Written \"Hamhŭng\" in McCune–Reischauer", rows["Hamhung"].Cells[4].Text);
            Assert.Equal(28, table.Rows.Count);
        }

        [Fact]
        public void The_european_export_is_split_at_semicolons()
        {
            var table = Assert.Single(ReadFixture("cities-semicolon.csv").Tables);

            Assert.Equal("240.117", table.Rows[0].Cells[2].Text);
            Assert.DoesNotContain(ProblemKind.MalformedRow, ReadFixture("cities-semicolon.csv").Problems.Select(p => p.Kind));
        }
    }
}
