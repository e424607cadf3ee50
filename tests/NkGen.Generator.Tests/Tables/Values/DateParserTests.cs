using System.Globalization;
using CsCheck;
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
        [InlineData("1952년 12월 5일", 1952, 12, 5)]
        [InlineData("1952년12월", 1952, 12, null)]
        [InlineData("1952년", 1952, null, null)]
        [InlineData("1952年12月5日", 1952, 12, 5)]
        [InlineData(" 1952 년 2 월 ", 1952, 2, null)]
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
        [InlineData("1952년 13월")]
        [InlineData("1952년 2월 30일")]
        [InlineData("1952년경")]
        [InlineData("년")]
        [InlineData("1952년 12월 5일 설치")]
        public void Text_that_is_no_possible_date_is_null(string written)
        {
            Assert.Null(DateParser.Parse(written));
        }

        /// <summary>
        /// Any text of digits, separators, blanks and unknown marks reads as the rule says when the parts are split out:
        /// at most three parts, each blank, unknown marks or one to four digits within its bounds.
        /// </summary>
        [Fact]
        public void Any_text_reads_as_its_parts_split_out_do()
        {
            Gen.Char["0123456789-/. ?x_\u3000a"].Array[0, 12].Select(cs => new string(cs)).Sample(text =>
                Assert.Equal(BySplitting(text), DateParser.Parse(text)), iter: 20_000);
        }

        // The rule as written out by splitting the text (its markup removed first), for comparison.
        private static PartialDate? BySplitting(string text)
        {
            var parts = Markup.Plain(text).Split('-', '/', '.');
            if (parts.Length > 3 || !Part(parts[0], 1, 9999, out var year) || year is null) return null;
            int? month = null, day = null;
            if (parts.Length > 1 && !Part(parts[1], 1, 12, out month)) return null;
            if (parts.Length > 2 && !Part(parts[2], 1, 31, out day)) return null;
            if (month is null && day is not null) return null;
            if (month is int m && day is int d && d > System.DateTime.DaysInMonth(year.Value, m)) return null;
            return new PartialDate(year.Value, month, day);
        }

        private static bool Part(string text, int min, int max, out int? value)
        {
            value = null;
            var t = text.Trim();
            if (t.Length == 0 || t.Trim('?', 'x', 'X', '_').Length == 0) return true;
            if (t.Length > 4 || !int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max) return false;
            value = n;
            return true;
        }
    }
}
