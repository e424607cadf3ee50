using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class PlaceholderTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("KP-??")]
        [InlineData("none")]
        [InlineData("None")]
        [InlineData("n/a")]
        [InlineData("N/A")]
        [InlineData("-")]
        [InlineData("—")]
        [InlineData("?")]
        [InlineData("unknown")]
        public void Text_standing_for_no_value_is_a_placeholder(string plain)
        {
            Assert.True(Placeholder.Is(plain));
        }

        [Theory]
        [InlineData("KP-13")]
        [InlineData("Rason")]
        [InlineData("0")]
        [InlineData("Nonetheless")]
        public void Real_values_are_not_placeholders(string plain)
        {
            Assert.False(Placeholder.Is(plain));
        }
    }
}
