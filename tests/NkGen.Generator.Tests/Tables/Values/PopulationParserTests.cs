using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class PopulationParserTests
    {
        [Theory]
        [InlineData("2,8 Mio.", 2800000L, true)]
        [InlineData("1.299.830", 1299830L, false)]
        [InlineData("240.117", 240117L, false)]
        [InlineData("ca. 1,3 Mio.", 1300000L, true)]
        // A count has no decimals: a figure English-style in a German column is still a count.
        [InlineData("768,551", 768551L, false)]
        public void A_german_column_writes_decimals_with_a_comma(string written, long value, bool rounded)
        {
            var figure = PopulationParser.Parse(written, null, decimalComma: true)!.Value;

            Assert.Equal((value, rounded), (figure.Value, figure.IsRounded));
        }

        [Theory]
        [InlineData("3,255,288", 3255288L, 7)]
        [InlineData("768,551", 768551L, 6)]
        [InlineData("31,471", 31471L, 5)]
        [InlineData("273,300", 273300L, 4)]
        [InlineData("3255288", 3255288L, 7)]
        [InlineData("3 255 288", 3255288L, 7)]
        [InlineData("3\u00A0255\u00A0288", 3255288L, 7)]
        [InlineData("125,317명", 125317L, 6)]
        [InlineData("125,317 명", 125317L, 6)]
        [InlineData("76만 8551", 768551L, 6)]
        [InlineData("76만 8551명", 768551L, 6)]
        public void An_exact_figure_keeps_every_digit_and_is_not_rounded(string written, long value, int significant)
        {
            var figure = PopulationParser.Parse(written, null)!.Value;

            Assert.Equal(value, figure.Value);
            Assert.Equal(significant, figure.SignificantDigits);
            Assert.False(figure.IsRounded);
            Assert.Equal(written, figure.Written);
        }

        [Theory]
        [InlineData("2.8M", 2800000L, 2)]
        [InlineData("2.8 million", 2800000L, 2)]
        [InlineData("770,000", 770000L, 2)]
        [InlineData("205,000", 205000L, 3)]
        [InlineData("310K", 310000L, 2)]
        [InlineData("1.25M", 1250000L, 3)]
        [InlineData("3M", 3000000L, 1)]
        [InlineData("~768,551", 768551L, 6)]
        [InlineData("about 770,551", 770551L, 6)]
        [InlineData("approximately 2.8M", 2800000L, 2)]
        [InlineData("300,000+", 300000L, 1)]
        [InlineData("9만", 90000L, 1)]
        [InlineData("약 9만", 90000L, 1)]
        [InlineData("7만 2천", 72000L, 2)]
        [InlineData("12만5천", 125000L, 3)]
        [InlineData("12만 5천 명", 125000L, 3)]
        [InlineData("1.5만", 15000L, 2)]
        [InlineData("3백", 300L, 1)]
        [InlineData("1억 2천만", 120000000L, 2)]
        [InlineData("1천2백만", 12000000L, 2)]
        public void A_rounded_figure_says_how_many_digits_the_writer_vouched_for(string written, long value, int significant)
        {
            var figure = PopulationParser.Parse(written, null)!.Value;

            Assert.Equal(value, figure.Value);
            Assert.Equal(significant, figure.SignificantDigits);
            Assert.True(figure.IsRounded);
        }

        [Theory]
        [InlineData("만")]
        [InlineData("만 명")]
        [InlineData("9만 x")]
        [InlineData("구만")]
        public void Korean_units_without_a_count_are_no_population(string written)
        {
            Assert.Null(PopulationParser.Parse(written, null));
        }

        [Fact]
        public void A_long_cell_of_korean_units_is_no_population_and_is_read_at_once()
        {
            Assert.Null(PopulationParser.Parse(new string('1', 100_000) + "만" + new string('1', 100_000) + "x", null));
        }

        [Fact]
        public void Markup_around_a_figure_is_ignored_and_the_written_text_kept()
        {
            var figure = PopulationParser.Parse("**768,551**", null)!.Value;

            Assert.Equal(768551, figure.Value);
            Assert.Equal("**768,551**", figure.Written);
        }

        [Fact]
        public void The_census_year_given_dates_the_figure()
        {
            Assert.Equal(2008, PopulationParser.Parse("768,551", 2008)!.Value.CensusYear);
            Assert.Null(PopulationParser.Parse("768,551", null)!.Value.CensusYear);
        }

        [Theory]
        [InlineData("")]
        [InlineData("many")]
        [InlineData("2.8")]
        [InlineData("76,8551")]
        [InlineData("12,34")]
        [InlineData("-5")]
        [InlineData("768,551 people in 2008")]
        [InlineData("99999999999999999999")]
        public void Text_that_is_not_a_count_is_not_a_figure(string written)
        {
            Assert.Null(PopulationParser.Parse(written, null));
        }
    }
}
