using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    public class FieldLineTests
    {
        private static SourceLine Line(string text) => new("f.txt", 4, 100, text);

        [Fact]
        public void A_key_value_line_splits_at_its_first_colon_and_both_parts_are_located()
        {
            const string text = "Known For: steel: coal, and chemicals";
            Assert.True(FieldLine.TrySplit(Line(text), 0, out var key, out var value));

            Assert.Equal("Known For", key.Text);
            Assert.Equal("steel: coal, and chemicals", value.Text);
            AssertAt(key.Span, 4, 1);
            AssertAt(value.Span, 4, 12);
            Assert.Equal(111, value.Span.Start);
        }

        [Theory]
        [InlineData("no colon here")]
        [InlineData(": value without a key")]
        [InlineData("| a | b: c |")]
        [InlineData("This is a very long sentence that goes on and on well past sixty characters: and then a colon")]
        public void Lines_that_are_not_key_value_lines_do_not_split(string text)
        {
            Assert.False(FieldLine.TrySplit(Line(text), 0, out _, out _));
        }

        [Fact]
        public void An_empty_value_is_a_field_with_empty_text()
        {
            Assert.True(FieldLine.TrySplit(Line("Capital:"), 0, out var key, out var value));
            Assert.Equal("Capital", key.Text);
            Assert.Equal("", value.Text);
        }

        [Theory]
        [InlineData("- Map: 330px", 2)]
        [InlineData("* Map: 330px", 2)]
        [InlineData("  - Federal cities", 4)]
        [InlineData("-no space", -1)]
        [InlineData("---", -1)]
        [InlineData("-", -1)]
        [InlineData("plain text", -1)]
        public void A_bullet_starts_after_its_dash_or_star_and_a_space(string text, int start)
        {
            Assert.Equal(start, FieldLine.BulletStart(Line(text)));
        }

        [Fact]
        public void An_indented_line_is_recognized()
        {
            Assert.True(FieldLine.IsIndented(Line("  - nested")));
            Assert.False(FieldLine.IsIndented(Line("- top")));
            Assert.False(FieldLine.IsIndented(Line("")));
        }
    }
}
