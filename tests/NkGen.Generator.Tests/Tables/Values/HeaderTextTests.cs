using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class HeaderTextTests
    {
        [Theory]
        [InlineData("Chosŏn'gŭl", "chosongul")]
        [InlineData("CHOSONGUL", "chosongul")]
        [InlineData("**Chosongul**", "chosongul")]
        [InlineData("McCune–Reischauer", "mccune reischauer")]
        [InlineData("No.", "no")]
        [InlineData("ISO 3166-2", "iso 3166 2")]
        [InlineData("  Province   absorbed into ", "province absorbed into")]
        [InlineData("", "")]
        public void Headers_are_compared_without_case_diacritics_apostrophes_or_punctuation(string written, string core)
        {
            Assert.Equal(core, HeaderText.Of(written).Core);
        }

        [Theory]
        [InlineData("Area (km^{2})", "area", "km2")]
        [InlineData("Density (/km^{2})", "density", "/km2")]
        [InlineData("Population (2008 census)", "population", "")]
        [InlineData("Area (sq mi", "area", "sq mi")]
        [InlineData("Population", "population", "")]
        public void The_text_in_parentheses_is_the_unit(string written, string core, string unit)
        {
            var header = HeaderText.Of(written);

            Assert.Equal(core, header.Core);
            Assert.Equal(unit, header.Unit);
        }
    }
}
