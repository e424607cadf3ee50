using System.Globalization;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads a date known to the year, month or day: <c>1945-09-02</c>, <c>1987-08-&lt;u&gt;　&lt;/u&gt;</c> (month known),
    /// <c>1985-&lt;u&gt;　&lt;/u&gt;-&lt;u&gt;　&lt;/u&gt;</c> and <c>1946</c> (year only). Blank, <c>?</c> or <c>xx</c> parts are unknown;
    /// a known day under an unknown month is not a date.
    /// </summary>
    internal static class DateParser
    {
        // Arrays made once: a params array is built at every call, and dates are read in every row.
        private static readonly char[] Separators = { '-', '/', '.' };
        private static readonly char[] UnknownMarks = { '?', 'x', 'X', '_' };

        public static PartialDate? Parse(string written)
        {
            var parts = Markup.Plain(written).Split(Separators);
            if (parts.Length > 3 || !TryPart(parts[0], 1, 9999, out var year) || year is null) return null;
            int? month = null, day = null;
            if (parts.Length > 1 && !TryPart(parts[1], 1, 12, out month)) return null;
            if (parts.Length > 2 && !TryPart(parts[2], 1, 31, out day)) return null;
            if (month is null && day is not null) return null;
            // 31 is only an upper bound: 2019-02-30 or 1987-04-31 is a typo, not a date.
            if (month is int m && day is int d && d > System.DateTime.DaysInMonth(year.Value, m)) return null;
            return new PartialDate(year.Value, month, day);
        }

        private static bool TryPart(string text, int min, int max, out int? value)
        {
            value = null;
            var t = text.Trim();
            if (t.Length == 0 || t.Trim(UnknownMarks).Length == 0) return true;
            if (t.Length > 4 || !int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max) return false;
            value = n;
            return true;
        }
    }
}
