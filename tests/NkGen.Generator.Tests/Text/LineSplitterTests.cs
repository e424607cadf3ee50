using System.Linq;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.Text
{
    public class LineSplitterTests
    {
        [Theory]
        [InlineData("a\nbb\nccc")]
        [InlineData("a\r\nbb\r\nccc")]
        [InlineData("a\rbb\rccc")]
        [InlineData("a\r\nbb\nccc")]
        public void LF_CRLF_and_CR_give_the_same_lines_without_terminators(string text)
        {
            var lines = LineSplitter.Split("f.txt", text);

            Assert.Equal(new[] { "a", "bb", "ccc" }, lines.Select(l => l.Text).ToArray());
            Assert.Equal(new[] { 1, 2, 3 }, lines.Select(l => l.Number).ToArray());
        }

        [Theory]
        [InlineData("a\nbb\nccc", new[] { 0, 2, 5 })]
        [InlineData("a\r\nbb\r\nccc", new[] { 0, 3, 7 })]
        [InlineData("a\rbb\rccc", new[] { 0, 2, 5 })]
        public void Line_starts_are_offsets_into_the_text_as_written(string text, int[] starts)
        {
            var lines = LineSplitter.Split("f.txt", text);

            Assert.Equal(starts, lines.Select(l => l.Start).ToArray());
            Assert.All(lines, l => Assert.Equal(l.Text, text.Substring(l.Start, l.Text.Length)));
        }

        [Fact]
        public void A_final_line_terminator_does_not_add_an_empty_line()
        {
            Assert.Equal(2, LineSplitter.Split("f.txt", "a\nb\n").Count);
            Assert.Equal(2, LineSplitter.Split("f.txt", "a\r\nb\r\n").Count);
        }

        [Fact]
        public void Blank_lines_are_kept_so_that_numbers_match_the_editor()
        {
            var lines = LineSplitter.Split("f.txt", "a\n\n\r\n\rb");

            Assert.Equal(new[] { "a", "", "", "", "b" }, lines.Select(l => l.Text).ToArray());
            Assert.Equal(5, lines[4].Number);
            Assert.True(lines[1].IsBlank);
        }

        [Fact]
        public void Empty_text_has_no_lines()
        {
            Assert.Empty(LineSplitter.Split("f.txt", ""));
        }

        [Fact]
        public void A_leading_byte_order_mark_is_not_part_of_the_first_line_but_offsets_still_count_it()
        {
            var lines = LineSplitter.Split("f.txt", "\uFEFF= Title =\nb");

            Assert.Equal("= Title =", lines[0].Text);
            Assert.Equal(1, lines[0].Start);
            Assert.Equal(11, lines[1].Start);
            var title = lines[0].Cell(2, 5);
            Assert.Equal("Title", title.Text);
            Assert.Equal(3, title.Span.Column);
            Assert.Equal(3, title.Span.Start);
        }

        [Fact]
        public void Cells_are_trimmed_of_spaces_and_ideographic_spaces_and_located_at_their_text()
        {
            var line = LineSplitter.Split("f.txt", "x\n  \u3000 Anju \u3000 ")[1];

            var cell = line.Cell(0, line.Text.Length);

            Assert.Equal("Anju", cell.Text);
            Assert.Equal(2, cell.Span.Line);
            Assert.Equal(5, cell.Span.Column);
            Assert.Equal(6, cell.Span.Start);
            Assert.Equal(4, cell.Span.Length);
        }
    }
}
