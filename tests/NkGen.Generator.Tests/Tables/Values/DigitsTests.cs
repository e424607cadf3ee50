using CsCheck;
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
        [InlineData("16.613", 16613d, false)]
        [InlineData("2.000", 2000d, false)]
        [InlineData("746,5", 746.5d, true)]
        [InlineData("12,34", 12.34d, true)]
        [InlineData("16,613", 16.613d, true)]
        [InlineData("1.234,5", 1234.5d, true)]
        [InlineData("1 234,5", 1234.5d, true)]
        [InlineData("3.255.288", 3255288d, false)]
        public void A_german_column_groups_thousands_with_dots_and_marks_decimals_with_a_comma(string text, double value, bool hasFraction)
        {
            Assert.True(Digits.TryParse(text, out var digits, wholeCount: false, decimalComma: true));
            Assert.Equal(value, digits.Value, 9);
            Assert.Equal(hasFraction, digits.HasFraction);
        }

        [Theory]
        [InlineData("1,234.5")]
        [InlineData("1.234.5")]
        [InlineData("1,2,3")]
        public void A_german_column_reads_no_english_decimal(string text)
        {
            Assert.False(Digits.TryParse(text, out _, wholeCount: false, decimalComma: true));
        }

        [Theory]
        [InlineData("240.117", 240117d)]
        [InlineData("3.255.288", 3255288d)]
        [InlineData("1'234'567", 1234567d)]
        [InlineData("1\u2019234\u2019567", 1234567d)]
        [InlineData("3\u2009255\u2009288", 3255288d)]
        [InlineData("3\u202F255\u202F288", 3255288d)]
        [InlineData("3\u00A0255\u00A0288", 3255288d)]
        [InlineData("3 255 288", 3255288d)]
        [InlineData("1.234", 1234d)]
        public void Thousands_separators_are_read_by_the_shape_of_a_whole_count(string text, double value)
        {
            Assert.True(Digits.TryParse(text, out var digits, wholeCount: true));
            Assert.Equal(value, digits.Value);
            Assert.False(digits.HasFraction);
        }

        [Theory]
        [InlineData("1.234", 1.234d)]
        [InlineData("3,194.5", 3194.5d)]
        [InlineData("1.234,5", 1234.5d)]
        [InlineData("1.234.567", 1234567d)]
        public void Where_a_fraction_may_be_one_dot_before_three_digits_is_a_decimal_point_and_a_repeated_dot_groups(string text, double value)
        {
            Assert.True(Digits.TryParse(text, out var digits));
            Assert.Equal(value, digits.Value, 9);
        }

        [Theory]
        [InlineData("1,234 567")]
        [InlineData("1.234'567")]
        [InlineData("1234,567")]
        [InlineData("12,34")]
        [InlineData("1.5.0")]
        public void Mixed_or_misplaced_group_separators_are_not_numbers(string text)
        {
            Assert.False(Digits.TryParse(text, out _, wholeCount: true));
            Assert.False(Digits.TryParse(text, out _));
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

        /// <summary>
        /// Any figure German formatting writes (with or without grouping, up to three decimals) reads back as its
        /// value in a German column; and a figure grouped with dots reads the same as a whole count in an English one.
        /// </summary>
        [Fact]
        public void Figures_formatted_the_german_way_read_back_in_a_german_column()
        {
            // German formatting as de-DE writes it, spelled out so that the test needs no culture data.
            var german = new System.Globalization.NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NumberGroupSizes = new[] { 3 } };
            Gen.Select(Gen.Long[0, 99_999_999_999L], Gen.Int[0, 3], Gen.Bool).Sample((units, decimals, grouped) =>
            {
                var value = units / System.Math.Pow(10, decimals);
                var text = value.ToString((grouped ? "N" : "F") + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), german);
                Assert.True(Digits.TryParse(text, out var parsed, wholeCount: false, decimalComma: true), text);
                Assert.Equal(value, parsed.Value, 6);
                if (decimals == 0 && grouped)
                {
                    Assert.True(Digits.TryParse(text, out var count, wholeCount: true), text);
                    Assert.Equal(value, count.Value);
                }
            });
        }

        /// <summary>
        /// The counts follow their definition for any digits, zeros where they are hardest (all zeros, zeros on both sides
        /// of the point): significant digits are the digits without the leading zeros (and, in a whole number, without the
        /// trailing ones); trailing zeros end a whole number that is not zero.
        /// </summary>
        [Fact]
        public void Significant_digits_and_trailing_zeros_follow_their_definition()
        {
            var digits = Gen.Char["0001239"].Array[1, 9].Select(cs => new string(cs));
            // Three digits after one dot would be a thousands group, which a leading group of more than three rejects.
            var fractions = Gen.OneOf(Gen.Char["0001239"].Array[1, 2], Gen.Char["0001239"].Array[4, 7]).Select(cs => new string(cs));
            Gen.Select(digits, fractions, Gen.Bool).Sample((whole, fraction, hasFraction) =>
            {
                var text = hasFraction ? whole + "." + fraction : whole;
                Assert.True(Digits.TryParse(text, out var parsed), text);
                var all = (whole + (hasFraction ? fraction : "")).TrimStart('0');
                var significant = hasFraction ? all.Length : all.TrimEnd('0').Length;
                var trailing = hasFraction || whole.TrimStart('0').Length == 0 ? 0 : whole.Length - whole.TrimEnd('0').Length;
                Assert.Equal(significant < 1 ? 1 : significant, parsed.SignificantDigits);
                Assert.Equal(trailing, parsed.TrailingZeros);
            });
        }
    }
}
