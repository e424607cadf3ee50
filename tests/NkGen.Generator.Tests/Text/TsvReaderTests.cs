using System.Linq;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// Tab-separated values, and what a browser gives when a rendered table is selected and pasted into a file: a caption
    /// line, trailing tabs, blank lines between rows.
    /// </summary>
    public class TsvReaderTests
    {
        private static DataDocument Read(string text, string file = "cities.tsv") => DocumentReader.Read(file, text);

        [Fact]
        public void Sparql_results_in_tsv_give_their_literals_without_language_tags_or_datatypes()
        {
            // The Wikidata Query Service's TSV download.
            var document = Read("?item\t?itemLabel\t?population\t?provinceLabel\n"
                + "<http://www.wikidata.org/entity/Q491085>\t\"Kilju County\"@en\t\"125000\"^^<http://www.w3.org/2001/XMLSchema#decimal>\t\"North Hamgyong\"@en-GB\n");

            var cells = Assert.Single(document.Tables).Rows[0].Cells;
            Assert.Equal(new[] { "<http://www.wikidata.org/entity/Q491085>", "Kilju County", "125000", "North Hamgyong" }, cells.Select(c => c.Text));
            Assert.Empty(document.Problems);
            var reading = NkGen.Generator.Tables.TableReader.Read(document);
            Assert.Equal("Kilju County", Assert.Single(reading.Cities).Name);
            Assert.Empty(reading.Problems);
        }

        [Theory]
        [InlineData("\"Kilju\" County\t1\n", "Kilju County")]
        [InlineData("\"Kilju\"@\t1\n", "Kilju@")]
        [InlineData("\"Kilju\"^^ text\t1\n", "Kilju^^ text")]
        public void Other_text_after_a_closing_quote_is_kept_and_reported(string row, string cell)
        {
            var document = Read("Name\tPopulation\n" + row);

            Assert.Equal(cell, Assert.Single(document.Tables).Rows[0].Cells[0].Text);
            Assert.Single(document.Problems);
        }

        [Fact]
        public void Cells_are_split_at_tabs_and_located()
        {
            const string text = "City\tPopulation\nAnju\t240,117\n";
            var document = Read(text);
            var row = Assert.Single(document.Tables[0].Rows);

            Assert.Equal(TextDialect.Tsv, document.Dialect);
            Assert.Equal(new[] { "Anju", "240,117" }, row.Cells.Select(c => c.Text));
            AssertCovers(text, row.Cells[1].Span, "240,117", 2, 6);
        }

        [Fact]
        public void A_browser_paste_with_a_caption_trailing_tabs_and_blank_lines_is_one_table()
        {
            const string text = "Cities of North Korea\n\nCity\tProvince\tPopulation\t\n\nAnju\tSouth Pyongan\t240,117\t\n\t\t\t\nHaeju\tSouth Hwanghae\t273,300\t\t\n";
            var table = Assert.Single(Read(text).Tables);

            Assert.Equal("Cities of North Korea", table.Section);
            Assert.Equal(new[] { "City", "Province", "Population" }, table.HeaderRows[0].Cells.Select(c => c.Text));
            Assert.Equal(new[] { "Anju", "Haeju" }, table.Rows.Select(r => r.Cells[0].Text));
            Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Count));
            Assert.Equal(5, table.Rows[0].Span.Line);
        }

        [Fact]
        public void Empty_cells_inside_a_row_are_kept_so_that_columns_line_up()
        {
            var row = Read("City\tKorean\tPopulation\nAnju\t\t240,117\nHaeju\t\t\n").Tables[0].Rows[1];

            Assert.Equal(new[] { "Haeju", "", "" }, row.Cells.Select(c => c.Text));
        }

        [Fact]
        public void Extra_non_empty_cells_are_kept_for_the_Tables_stage_to_report()
        {
            Assert.Equal(3, Read("City\tPopulation\nAnju\t240,117\tx\n").Tables[0].Rows[0].Cells.Count);
        }

        [Fact]
        public void A_quoted_field_may_hold_tabs_and_line_breaks_as_a_spreadsheet_writes_it()
        {
            var row = Read("City\tNotes\nAnju\t\"a\tb\nc\"\nHaeju\tx\n").Tables[0].Rows;

            Assert.Equal("a\tb\nc", row[0].Cells[1].Text);
            Assert.Equal("Haeju", row[1].Cells[0].Text);
        }

        [Theory]
        [InlineData("cities.tab")]
        [InlineData("cities.txt")]
        public void Tab_files_and_text_files_of_tabbed_lines_are_read_as_TSV(string file)
        {
            Assert.Equal(TextDialect.Tsv, Read("City\tPopulation\nAnju\t240,117\n", file).Dialect);
            Assert.Equal(TextDialect.Tsv, Read("Cities of North Korea\nCity\tPopulation\nAnju\t240,117\n", file).Dialect);
        }
    }
}
