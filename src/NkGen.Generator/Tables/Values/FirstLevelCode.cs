namespace NkGen.Generator.Tables
{
    /// <summary>The city list's placeholder codes (AA, AB, AC) for first-level cities in its Province column.</summary>
    internal static class FirstLevelCode
    {
        /// <summary>
        /// Two capital ASCII letters and nothing else. Asked of cells of every row (the province column, and the name column
        /// while a table is planned), so two character tests rather than a pattern match.
        /// </summary>
        public static bool Is(string plain) => plain.Length == 2 && IsCapital(plain[0]) && IsCapital(plain[1]);

        private static bool IsCapital(char c) => c is >= 'A' and <= 'Z';
    }
}
