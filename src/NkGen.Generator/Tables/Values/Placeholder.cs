using System;
using System.Linq;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Cell text that stands for "no value": empty, <c>none</c>, <c>n/a</c>, <c>k.A.</c> (German "keine Angabe"), dashes
    /// (hyphen, en and em dash, figure dash, minus sign), question marks, <c>KP-??</c>, each optionally followed by a
    /// footnote mark (<c>—[1]</c>).
    /// </summary>
    internal static class Placeholder
    {
        private static readonly string[] Words = { "none", "n/a", "na", "unknown", "tbd", "tba", "nil", "null", "-", "--", "---", "—", "–", "‒", "−", "?",
            "k.a.", "k. a.", "keine angabe", "n.a.", "n. a.", "n.v.", "없음", "미상" };

        /// <summary>No placeholder word is longer: text longer than this, its notes aside, is none of them.</summary>
        private static readonly int LongestWord = Words.Max(word => word.Length);
        private const int LongestNote = 24;

        public static bool Is(string plain)
        {
            var t = plain.Trim();
            if (t.Length > LongestWord + LongestNote) return t.IndexOf("??", StringComparison.Ordinal) >= 0;
            if (t.Length > 1 && (t[t.Length - 1] == ']' || t[t.Length - 1] == '*')) t = Footnotes.Strip(t);
            if (t.Length == 0 || t.IndexOf("??", StringComparison.Ordinal) >= 0) return true;
            // Most cells are longer than every word: no comparison with each.
            if (t.Length > LongestWord) return false;
            foreach (var word in Words)
            {
                if (t.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
