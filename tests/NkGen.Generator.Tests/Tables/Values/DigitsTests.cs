using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class DigitsTests
    {
        [Theory]
        [InlineData("3,255,288", 3255288d, 7, 0, false)]
        [InlineData("770,000", 770000d, 2, 4, false)]
        [InlineData("2.8", 2.8d, 2, 0, true)]
        [InlineData("0.50", 0.5d, 2, 0, true)]
        [InlineData("3 194", 3194d, 4, 0, false)]
        [InlineData("3\u202F194", 3194d, 4, 0, false)]
        [InlineData("710", 710d, 2, 1, false)]
        [InlineData("0", 0d, 1, 0, false)]
        public void A_written_number_has_its_value_significant_digits_and_trailing_zeros(string text, double value, int significant, int trailingZeros, bool hasFraction)
        {
            Assert.True(Digits.TryParse(text, out var digits));
            Assert.Equal(value, digits.Value, 9);
            Assert.Equal(significant, digits.SignificantDigits);
            Assert.Equal(trailingZeros, digits.TrailingZeros);
            Assert.Equal(hasFraction, digits.HasFraction);
        }

        [Theory]
        [InlineData("")]
        [InlineData("3,25,288")]
        [InlineData("1,2345")]
        [InlineData(",123")]
        [InlineData("2.")]
        [InlineData("two")]
        public void Misplaced_separators_and_words_are_not_numbers(string text)
        {
            Assert.False(Digits.TryParse(text, out _));
        }
    }
}
