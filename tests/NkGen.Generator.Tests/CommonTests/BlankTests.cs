using NkGen.Generator.Common;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.CommonTests
{
    /// <summary>One definition of blank: the readers trim and the value parsers collapse the same characters.</summary>
    public sealed class BlankTests
    {
        [Theory]
        [InlineData(' ')]
        [InlineData('\t')]
        [InlineData('\u00A0')]
        [InlineData('\u3000')]
        [InlineData('\u200B')]
        [InlineData('\uFEFF')]
        public void Invisible_and_white_characters_are_blank_everywhere(char c)
        {
            Assert.True(Blank.Is(c));
            var line = new SourceLine("/d/x.md", 1, 0, c + "Anju" + c);
            Assert.Equal("Anju", line.Whole().Text);
            Assert.True(new SourceLine("/d/x.md", 1, 0, new string(c, 3)).IsBlank);
            Assert.Equal("An ju", Markup.Plain("An" + c + c + "ju"));
        }

        /// <summary>Every UTF-16 code unit, against the definition: the shortcut past U+3000 must not change an answer.</summary>
        [Fact]
        public void A_character_is_blank_exactly_when_it_is_whitespace_or_an_invisible_space()
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                Assert.True(Blank.Is(c) == (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B'), $"U+{i:X4}");
            }
        }

        [Theory]
        [InlineData('a')]
        [InlineData('-')]
        [InlineData('\u202E')]
        [InlineData('\u200D')]
        public void Visible_characters_and_bidi_or_joiner_controls_are_not_blank(char c) => Assert.False(Blank.Is(c));
    }
}
