namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads a date known to the year, month or day: <c>1945-09-02</c>, <c>1987-08-&lt;u&gt;　&lt;/u&gt;</c> (month known),
    /// <c>1985-&lt;u&gt;　&lt;/u&gt;-&lt;u&gt;　&lt;/u&gt;</c> and <c>1946</c> (year only); in Korean, Chinese or Japanese,
    /// <c>1952년 12월 5일</c>, <c>1952년</c>, <c>1952年12月</c>. Blank, <c>?</c> or <c>xx</c> parts are unknown;
    /// a known day under an unknown month is not a date.
    /// </summary>
    internal static class DateParser
    {
        private static readonly char[] Separators = { '-', '/', '.' };

        public static PartialDate? Parse(string written)
        {
            // The parts are read where they stand in the text, not split out: a date is read in every row.
            var plain = Markup.Plain(written);
            if (plain.IndexOf('년') >= 0 || plain.IndexOf('年') >= 0) return ParseEastAsian(plain);
            var first = plain.IndexOfAny(Separators);
            var second = first < 0 ? -1 : plain.IndexOfAny(Separators, first + 1);
            if (second >= 0 && plain.IndexOfAny(Separators, second + 1) >= 0) return null;
            var yearEnd = first < 0 ? plain.Length : first;
            if (!TryPart(plain, 0, yearEnd, 1, 9999, out var year) || year is null) return null;
            int? month = null, day = null;
            if (first >= 0 && !TryPart(plain, first + 1, second < 0 ? plain.Length : second, 1, 12, out month)) return null;
            if (second >= 0 && !TryPart(plain, second + 1, plain.Length, 1, 31, out day)) return null;
            if (month is null && day is not null) return null;
            // 31 is only an upper bound: 2019-02-30 or 1987-04-31 is a typo, not a date.
            if (month is int m && day is int d && d > System.DateTime.DaysInMonth(year.Value, m)) return null;
            return new PartialDate(year.Value, month, day);
        }

        /// <summary>
        /// A date as Korean (<c>1952년 12월 5일</c>, <c>1952년 12월</c>, <c>1952년</c>) and Chinese or Japanese sources
        /// (<c>1952年12月5日</c>) write it: the year, then a month and a day each with its unit.
        /// </summary>
        private static PartialDate? ParseEastAsian(string plain)
        {
            var text = plain.Trim();
            if (text.Length > 32) return null;
            var yearEnd = text.IndexOfAny(YearMarks);
            if (!TryPart(text, 0, yearEnd, 1, 9999, out var year) || year is null) return null;
            int? month = null, day = null;
            var rest = yearEnd + 1;
            var monthEnd = text.IndexOfAny(MonthMarks, rest);
            if (monthEnd >= 0)
            {
                if (!TryPart(text, rest, monthEnd, 1, 12, out month) || month is null) return null;
                rest = monthEnd + 1;
                var dayEnd = text.IndexOfAny(DayMarks, rest);
                if (dayEnd >= 0)
                {
                    if (!TryPart(text, rest, dayEnd, 1, 31, out day) || day is null) return null;
                    if (day > System.DateTime.DaysInMonth(year.Value, month.Value)) return null;
                    rest = dayEnd + 1;
                }
            }

            return text.Substring(rest).Trim().Length == 0 ? new PartialDate(year.Value, month, day) : null;
        }

        private static readonly char[] YearMarks = { '년', '年' };
        private static readonly char[] MonthMarks = { '월', '月' };
        private static readonly char[] DayMarks = { '일', '日' };

        /// <summary>
        /// The number from <paramref name="start"/> to <paramref name="end"/>, blanks around it ignored: null when the part
        /// is blank or only unknown marks (<c>?</c>, <c>x</c>, <c>_</c>); false when it is anything but one to four digits
        /// within the bounds.
        /// </summary>
        private static bool TryPart(string text, int start, int end, int min, int max, out int? value)
        {
            value = null;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (IsUnknown(text, start, end)) return true;
            if (end - start > 4) return false;
            var n = 0;
            for (var i = start; i < end; i++)
            {
                if (text[i] is < '0' or > '9') return false;
                n = (n * 10) + (text[i] - '0');
            }

            if (n < min || n > max) return false;
            value = n;
            return true;
        }

        private static bool IsUnknown(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] is not ('?' or 'x' or 'X' or '_')) return false;
            }

            return true;
        }
    }
}
