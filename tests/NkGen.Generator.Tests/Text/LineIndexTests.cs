using System.Linq;
using CsCheck;
using NkGen.Generator.Common;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// The line index keeps only line starts, yet must number and cut lines exactly as <see cref="LineSplitter"/> does:
    /// the CSV, TSV and JSON readers' spans would otherwise disagree with the other readers'.
    /// </summary>
    public class LineIndexTests
    {
        private static readonly Gen<string> Texts = Gen.Char["ab \r\n\uFEFF"].Array[0, 24].Select(chars => new string(chars));

        [Fact]
        public void Lines_are_the_lines_LineSplitter_gives_for_any_mix_of_breaks_blanks_and_byte_order_marks()
        {
            Texts.Sample(text =>
            {
                var split = LineSplitter.Split("f.csv", text);
                var index = new LineIndex("f.csv", text);

                Assert.Equal(split.Count, index.Count);
                for (var i = 0; i < split.Count; i++)
                {
                    Assert.Equal(split[i].Start, index.StartOf(i));
                    Assert.Equal(split[i].Text, index.TextOf(i));
                    Assert.Equal(split[i].IsBlank, index.IsBlank(i));
                }
            });
        }

        [Fact]
        public void Every_offset_belongs_to_the_last_line_starting_at_or_before_it_and_its_span_is_that_line()
        {
            Texts.Sample(text =>
            {
                var split = LineSplitter.Split("f.csv", text);
                var index = new LineIndex("f.csv", text);
                for (var offset = 0; offset <= text.Length; offset++)
                {
                    var expected = split.Count == 0 ? new SourceSpan("f.csv", 1, 1, 0, 0) : split.Last(l => l.Start <= offset || l.Number == 1).Span;
                    Assert.Equal(expected, index.LineSpanAt(offset));
                    Assert.Equal(expected.Line, index.NumberAt(offset));
                }
            });
        }

        [Theory]
        [InlineData("ab\r\ncd", 4, 2, 1)]
        [InlineData("ab\r\ncd", 2, 1, 3)]
        [InlineData("ab\r\ncd", 3, 1, 4)]
        [InlineData("ab\rcd", 3, 2, 1)]
        [InlineData("\uFEFFab", 0, 1, 1)]
        public void An_offset_in_a_line_break_belongs_to_the_line_it_ends(string text, int offset, int line, int column)
        {
            var span = new LineIndex("f.csv", text).Span(offset, 1);

            Assert.Equal((line, column), (span.Line, span.Column));
        }

        [Fact]
        public void A_span_is_cut_at_the_end_of_its_line()
        {
            var index = new LineIndex("f.csv", "x,\"ab\r\ncd\"\r\n");

            var span = index.Span(3, 6);

            Assert.Equal(new SourceSpan("f.csv", 1, 4, 3, 2), span);
        }

        [Fact]
        public void A_text_without_lines_places_everything_on_line_one()
        {
            var index = new LineIndex("f.csv", "\uFEFF");

            Assert.Equal(0, index.Count);
            Assert.Equal(new SourceSpan("f.csv", 1, 2, 1, 0), index.Span(1, 3));
            Assert.Equal(1, index.NumberAt(1));
        }

        [Theory]
        [InlineData("", new int[0])]
        [InlineData("\n", new[] { 0 })]
        [InlineData("a\r\n\r\nb\n", new[] { 0, 3, 5 })]
        [InlineData("\uFEFFa\rb", new[] { 1, 3 })]
        public void Starts_are_counted_then_filled_at_their_size(string text, int[] starts)
        {
            Assert.Equal(starts, LineIndex.Starts(text));
        }
    }
}
