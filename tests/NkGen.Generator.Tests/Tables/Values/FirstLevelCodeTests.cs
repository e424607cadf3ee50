using CsCheck;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class FirstLevelCodeTests
    {
        [Theory]
        [InlineData("AA")]
        [InlineData("AC")]
        [InlineData("ZZ")]
        public void Two_capital_letters_are_a_first_level_code(string plain) => Assert.True(FirstLevelCode.Is(plain));

        [Theory]
        [InlineData("")]
        [InlineData("A")]
        [InlineData("Aa")]
        [InlineData("AAA")]
        [InlineData("AA\n")]
        [InlineData(" AA")]
        [InlineData("ÄA")]
        [InlineData("ＡＡ")]
        [InlineData("KP-01")]
        public void Anything_else_is_not(string plain) => Assert.False(FirstLevelCode.Is(plain));

        /// <summary>The rule as a pattern, for short text near the boundary of it (letters of both cases, a digit, a newline, a non-ASCII letter).</summary>
        [Fact]
        public void A_code_is_exactly_two_capital_ascii_letters()
        {
            var rule = new System.Text.RegularExpressions.Regex(@"\A[A-Z]{2}\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            Gen.Char["AZazK1\nÄ -"].Array[0, 4].Select(cs => new string(cs)).Sample(text => Assert.Equal(rule.IsMatch(text), FirstLevelCode.Is(text)));
        }
    }
}
