using System;

namespace NkGen.Generator.Tables
{
    /// <summary>Cell text that stands for "no value": empty, <c>none</c>, <c>n/a</c>, dashes, question marks, <c>KP-??</c>.</summary>
    internal static class Placeholder
    {
        private static readonly string[] Words = { "none", "n/a", "na", "unknown", "tbd", "tba", "nil", "null", "-", "--", "—", "–", "?" };

        public static bool Is(string plain)
        {
            var t = plain.Trim();
            if (t.Length == 0 || t.IndexOf("??", StringComparison.Ordinal) >= 0) return true;
            foreach (var word in Words)
            {
                if (t.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
