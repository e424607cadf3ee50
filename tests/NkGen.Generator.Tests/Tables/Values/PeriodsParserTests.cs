using System.Linq;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class PeriodsParserTests
    {
        [Fact]
        public void Year_ranges_with_en_dashes_are_spans_ending_the_year_the_status_ended()
        {
            var periods = PeriodsParser.Parse("1960–1967, 1977–1985")!.Value;

            Assert.Equal(new[] { new YearSpan(1960, 1967), new YearSpan(1977, 1985) }, periods.ToArray());
        }

        [Theory]
        [InlineData("1960-1967")]
        [InlineData("1960—1967")]
        [InlineData("1960 – 1967")]
        [InlineData("1960 to 1967")]
        [InlineData("<u>1960–1967</u>")]
        public void Hyphens_em_dashes_spaces_and_to_are_range_separators_too(string written)
        {
            Assert.Equal(new YearSpan(1960, 1967), Assert.Single(PeriodsParser.Parse(written)!.Value));
        }

        [Fact]
        public void A_single_year_is_a_one_year_span_and_semicolons_separate_like_commas()
        {
            var periods = PeriodsParser.Parse("1960; 1977–1985")!.Value;

            Assert.Equal(new[] { new YearSpan(1960, 1961), new YearSpan(1977, 1985) }, periods.ToArray());
        }

        [Fact]
        public void A_range_that_starts_and_ends_in_one_year_is_that_year()
        {
            Assert.Equal(new[] { new YearSpan(1960, 1961), new YearSpan(1977, 1985) }, PeriodsParser.Parse("1960–1960, 1977–1985")!.Value.ToArray());
        }

        [Theory]
        [InlineData("")]
        [InlineData("1967–1960")]
        [InlineData("since 1960")]
        [InlineData("1960–67")]
        [InlineData("1960–1967, ")]
        public void Text_that_is_not_a_list_of_years_is_null(string written)
        {
            Assert.Null(PeriodsParser.Parse(written));
        }
    }
}
