using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    using PartialDate = NkGen.Generator.Tables.PartialDate;

    public class DateParserTests
    {
        [Theory]
        [InlineData("1945-09-02", 1945, 9, 2)]
        [InlineData("1987-08-<u>　</u>", 1987, 8, null)]
        [InlineData("1985-<u>　</u>-<u>　</u>", 1985, null, null)]
        [InlineData("1946", 1946, null, null)]
        [InlineData("1987-08", 1987, 8, null)]
        [InlineData("1987-08-??", 1987, 8, null)]
        [InlineData("1987-xx-xx", 1987, null, null)]
        [InlineData("1987/08/15", 1987, 8, 15)]
        [InlineData(" 2019-02-28 ", 2019, 2, 28)]
        [InlineData("2020-02-29", 2020, 2, 29)]
        public void A_date_is_known_to_the_year_month_or_day(string written, int year, int? month, int? day)
        {
            Assert.Equal(new PartialDate(year, month, day), DateParser.Parse(written));
        }

        [Theory]
        [InlineData("1987-08-<u>　</u>", "1987-08")]
        [InlineData("1985-<u>　</u>-<u>　</u>", "1985")]
        [InlineData("1945-09-02", "1945-09-02")]
        public void A_partial_date_prints_only_what_is_known(string written, string printed)
        {
            Assert.Equal(printed, DateParser.Parse(written)!.ToString());
        }

        [Theory]
        [InlineData("1987-13-01")]
        [InlineData("1987-00")]
        [InlineData("1987-08-32")]
        [InlineData("2019-02-30")]
        [InlineData("2019-02-29")]
        [InlineData("1987-04-31")]
        [InlineData("1987-<u>　</u>-15")]
        [InlineData("<u>　</u>-08-15")]
        [InlineData("")]
        [InlineData("September 1946")]
        [InlineData("1987-08-15-01")]
        [InlineData("19870")]
        public void Text_that_is_no_possible_date_is_null(string written)
        {
            Assert.Null(DateParser.Parse(written));
        }
    }
}
