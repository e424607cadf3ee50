using System.Linq;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.Text
{
    public class PipeTableReaderTests
    {
        private static TextTable Table(string text, string? section = null)
        {
            var lines = LineSplitter.Split("f.txt", text).Where(PipeRow.IsPipeRow).ToList();
            return PipeTableReader.Read(lines, 0, lines.Count, section);
        }

        private static string[] Texts(TextRow row) => row.Cells.Select(c => c.Text).ToArray();

        [Fact]
        public void A_separator_row_ends_the_header_and_is_dropped()
        {
            var table = Table("| Region | Major City |\n| --- | --- |\n| Kangwon Province | Wonsan |\n| Chagang Province | Kanggye |");

            var header = Assert.Single(table.HeaderRows);
            Assert.Equal(new[] { "Region", "Major City" }, Texts(header));
            Assert.Equal(2, table.Rows.Count);
            Assert.Equal(new[] { "Kangwon Province", "Wonsan" }, Texts(table.Rows[0]));
            Assert.Equal(3, table.Rows[0].Span.Line);
        }

        [Fact]
        public void Without_a_separator_the_first_row_is_the_header()
        {
            var table = Table("| Division name | Administered Years |\n| Chongjin | 1960–1967, 1977–1985 |\n| Hamhung | 1960–1967 |");

            Assert.Equal(new[] { "Division name", "Administered Years" }, Texts(Assert.Single(table.HeaderRows)));
            Assert.Equal(new[] { "Chongjin", "Hamhung" }, table.Rows.Select(r => r.Cells[0].Text).ToArray());
        }

        [Fact]
        public void The_table_is_located_at_its_header_line_and_keeps_its_section()
        {
            var table = Table("\n\n| City | Population |\n| Anju | 240,117 |", "List");

            Assert.Equal(3, table.Span.Line);
            Assert.Equal(1, table.Span.Column);
            Assert.Equal("List", table.Section);
        }

        [Fact]
        public void The_malformed_two_line_header_of_the_city_list_counts_table_continues_until_the_first_row_with_a_figure()
        {
            // Seed 001, lines 12–17.
            var table = Table(
                "| Name | Korean | No. | | |\n"
                + "| Chosŏn'gŭl | Hancha | | | |\n"
                + "| | direct-administered city | | | 1 |\n"
                + "| | special city | | | 3 |\n"
                + "| | special-level city | | | 0 |\n"
                + "| | city | | | 25 |");

            Assert.Equal(2, table.HeaderRows.Count);
            Assert.Equal(new[] { "Name", "Korean", "No.", "", "" }, Texts(table.HeaderRows[0]));
            Assert.Equal(new[] { "Chosŏn'gŭl", "Hancha", "", "", "" }, Texts(table.HeaderRows[1]));
            Assert.Equal(4, table.Rows.Count);
            Assert.Equal(new[] { "", "direct-administered city", "", "", "1" }, Texts(table.Rows[0]));
            Assert.Equal(6, table.Rows[3].Span.Line);
        }

        [Fact]
        public void A_header_without_empty_cells_never_swallows_the_rows_below_it()
        {
            var table = Table("| City | Chosŏn'gŭl |\n| Anju | |\n| Kusong | |");

            Assert.Single(table.HeaderRows);
            Assert.Equal(2, table.Rows.Count);
        }

        [Fact]
        public void A_separator_row_in_the_body_is_not_a_data_row()
        {
            var table = Table("| City | Population |\n| --- | --- |\n| Anju | 240,117 |\n| --- | --- |\n| Kusong | 196,515 |");

            Assert.Equal(new[] { 3, 5 }, table.Rows.Select(r => r.Span.Line).ToArray());
        }

        [Fact]
        public void A_table_of_only_a_header_has_no_rows()
        {
            var table = Table("| City | Population |");

            Assert.Single(table.HeaderRows);
            Assert.Empty(table.Rows);
        }

        [Fact]
        public void A_table_is_read_from_its_own_lines_only()
        {
            var lines = LineSplitter.Split("f.txt", "| A | B |\n| 1 | 2 |\n| City | Province |\n|---|---|\n| Sinpo | South Hamgyong |\n| Kilju | North Hamgyong |\n");
            var table = PipeTableReader.Read(lines, 2, 5, null);
            Assert.Equal(new[] { "City", "Province" }, Texts(table.HeaderRows.Single()));
            Assert.Equal(new[] { "Sinpo", "South Hamgyong" }, Texts(table.Rows.Single()));
            Assert.Equal(3, table.Span.Line);
        }
    }
}
