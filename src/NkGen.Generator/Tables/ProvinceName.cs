using System;

namespace NkGen.Generator.Tables
{
    /// <summary>A province as the model names it: "North Hamgyong Province" and "North Hamgyong" are one province.</summary>
    internal static class ProvinceName
    {
        private const string Suffix = " province";

        public static string Of(string plain)
        {
            var t = plain.Trim();
            return t.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && t.Length > Suffix.Length ? t.Substring(0, t.Length - Suffix.Length).TrimEnd() : t;
        }
    }
}
