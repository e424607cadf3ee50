using System.Globalization;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A year that can date a figure: four digits from 1800 to 2099, the range <see cref="CensusNote"/> reads too. A
    /// year outside it ("1066", "3000") is not taken as a date.
    /// </summary>
    internal static class YearText
    {
        public const string Pattern = @"(?:1[89]\d\d|20\d\d)";

        public static bool IsPlausibleYear(string text) => TryParse(text, out _);

        public static bool TryParse(string text, out int year)
        {
            year = 0;
            var t = text.Trim();
            return t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1800 && year <= 2099;
        }
    }
}
