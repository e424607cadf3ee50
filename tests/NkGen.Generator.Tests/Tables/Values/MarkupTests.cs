using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class MarkupTests
    {
        [Theory]
        [InlineData("1987-08-<u>　</u>", "1987-08-")]
        [InlineData("1985-<u>　</u>-<u>　</u>", "1985- -")]
        [InlineData("Area (km^{2})", "Area (km2)")]
        [InlineData("**Pyongyang**", "Pyongyang")]
        [InlineData("[[Rason]]", "Rason")]
        [InlineData("`Kanggye`", "Kanggye")]
        [InlineData("`` Kanggye ``", "Kanggye")]
        [InlineData("P`yŏngyang", "P`yŏngyang")]
        [InlineData("`", "`")]
        [InlineData("  North \t Hamgyong  ", "North Hamgyong")]
        [InlineData("\uFEFFAnju\u200B", "Anju")]
        [InlineData("<b>City</b>", "City")]
        [InlineData("__Anju__", "Anju")]
        [InlineData("Anju*", "Anju*")]
        [InlineData("[1] Anju_si]", "[1] Anju_si]")]
        [InlineData("Pyongyang", "Pyongyang")]
        [InlineData("", "")]
        public void Markup_is_removed_and_whitespace_collapsed(string written, string plain)
        {
            Assert.Equal(plain, Markup.Plain(written));
        }

        [Fact]
        public void A_less_than_sign_that_opens_no_tag_is_kept()
        {
            Assert.Equal("< 1,000", Markup.Plain("< 1,000"));
        }
    }
}
