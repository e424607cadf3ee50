using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>The city list's placeholder codes (AA, AB, AC) for first-level cities in its Province column.</summary>
    internal static class FirstLevelCode
    {
        private static readonly Regex Code = new("^[A-Z]{2}$", RegexOptions.CultureInvariant);

        public static bool Is(string plain) => Code.IsMatch(plain);
    }
}
