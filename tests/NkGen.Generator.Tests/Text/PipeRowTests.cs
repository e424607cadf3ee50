using System.Linq;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    public class PipeRowTests
    {
        private static TextRow Row(string text) => PipeRow.Split(LineSplitter.Split("f.txt", text)[0]);

        private static string[] Cells(string text) => Row(text).Cells.Select(c => c.Text).ToArray();

        [Fact]
        public void Cells_between_pipes_are_trimmed()
        {
            Assert.Equal(new[] { "Anju", "South Pyongan", "240,117" }, Cells("| Anju |  South Pyongan | 240,117 |"));
        }

        [Fact]
        public void The_trailing_pipe_is_optional()
        {
            Assert.Equal(new[] { "a", "b" }, Cells("| a | b"));
            Assert.Equal(new[] { "a", "b" }, Cells("| a | b |   "));
        }

        [Fact]
        public void Empty_cells_between_pipes_are_kept_so_columns_stay_aligned()
        {
            Assert.Equal(new[] { "", "special city", "", "", "3" }, Cells("| | special city | | | 3 |"));
        }

        [Fact]
        public void An_escaped_pipe_stays_inside_its_cell_and_the_span_covers_the_text_as_written()
        {
            const string text = @"| Name | a \| b | c |";
            var row = Row(text);

            Assert.Equal(new[] { "Name", "a | b", "c" }, row.Cells.Select(c => c.Text).ToArray());
            AssertCovers(text, row.Cells[1].Span, @"a \| b", 1, 10);
        }

        [Fact]
        public void Each_cell_is_located_at_its_text_and_the_row_at_its_whole_line()
        {
            const string text = "first\n  | Hamhung | 768,551 |";
            var row = PipeRow.Split(LineSplitter.Split("f.txt", text)[1]);

            AssertCovers(text, row.Cells[0].Span, "Hamhung", 2, 5);
            AssertCovers(text, row.Cells[1].Span, "768,551", 2, 15);
            Assert.Equal(2, row.Span.Line);
            Assert.Equal(1, row.Span.Column);
            Assert.Equal("  | Hamhung | 768,551 |", Slice(text, row.Span));
        }

        [Theory]
        [InlineData("| a |", true)]
        [InlineData("   | a |", true)]
        [InlineData("a | b", false)]
        [InlineData("", false)]
        [InlineData("- a | b", false)]
        public void A_pipe_row_starts_with_a_pipe_after_indentation(string text, bool isRow)
        {
            Assert.Equal(isRow, PipeRow.IsPipeRow(new SourceLine("f.txt", 1, 0, text)));
        }

        [Theory]
        [InlineData("| --- | --- |", true)]
        [InlineData("|:---|---:|:-:|", true)]
        [InlineData("| --- | |", false)]
        [InlineData("| a | --- |", false)]
        [InlineData("| : | : |", false)]
        [InlineData("|", false)]
        public void A_separator_row_has_only_dashes_and_colons_in_every_cell(string text, bool isSeparator)
        {
            Assert.Equal(isSeparator, PipeRow.IsSeparator(Row(text)));
        }

        [Fact]
        public void Each_row_keeps_its_own_cells_whatever_was_split_before_it()
        {
            var wide = Row("|" + string.Concat(Enumerable.Repeat(" x |", 1_000)));
            var narrow = Row("| Sinpo | South Hamgyong |");
            var again = Row("| Kilju | North Hamgyong | 1946 |");

            Assert.Equal(1_000, wide.Cells.Count);
            Assert.Equal(new[] { "Sinpo", "South Hamgyong" }, narrow.Cells.Select(c => c.Text));
            Assert.Equal(new[] { "Kilju", "North Hamgyong", "1946" }, again.Cells.Select(c => c.Text));
            Assert.Equal(new[] { "Sinpo", "South Hamgyong" }, narrow.Cells.Select(c => c.Text));
        }
    }
}
