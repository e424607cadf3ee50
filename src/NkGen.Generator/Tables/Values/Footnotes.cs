using System.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Footnote marks people leave in cells and headers: <c>[1]</c>, <c>[a]</c>, <c>[note 1]</c>, <c>[citation needed]</c>,
    /// <c>*</c>, <c>†</c>, superscript digits and letters (<c>¹</c>, <c>ᵃ</c>). A bracket holding a plausible year
    /// (<c>[2008]</c>) is a date, not a footnote, and is kept for the value readers.
    /// </summary>
    internal static class Footnotes
    {
        private const int LongestNote = 24;

        public static string Strip(string plain)
        {
            if (plain.Length == 0 || !HasMark(plain)) return plain;
            var result = new StringBuilder(plain.Length);
            for (var i = 0; i < plain.Length; i++)
            {
                var c = plain[i];
                if (c == '[' && NoteEnd(plain, i) is int end)
                {
                    i = end;
                    continue;
                }

                // km², mi², m³ are units, not notes.
                if (c is '*' or '†' or '‡' || (IsSuperscriptMark(c) && !(c is '²' or '³' && i > 0 && char.IsLetter(plain[i - 1])))) continue;
                result.Append(c);
            }

            return result.ToString().Trim();
        }

        /// <summary>A name without the footnote marks after it ("Pyongyang[1]", "Rason*"); marks inside a name are its own.</summary>
        public static string StripTrailing(string plain)
        {
            // One index moving left, so that a long run of marks costs its length, not its length squared.
            var end = plain.Length;
            while (true)
            {
                while (end > 0 && char.IsWhiteSpace(plain[end - 1])) end--;
                if (end < 2) break;
                var last = plain[end - 1];
                if (last is '*' or '†' or '‡' || (IsSuperscriptMark(last) && !(last is '²' or '³' && char.IsLetter(plain[end - 2]))))
                {
                    end--;
                    continue;
                }

                var open = last == ']' ? plain.LastIndexOf('[', end - 1, System.Math.Min(end, LongestNote)) : -1;
                if (open <= 0 || NoteEnd(plain, open) != end - 1) break;
                end = open;
            }

            return end == plain.Length ? plain : plain.Substring(0, end);
        }

        /// <summary>
        /// The text without a footnote letter glued to its last word ("Special cityb" → "Special city"), or null when the
        /// text does not end in a letter after a letter. Callers try it only when the text as written is not a known value,
        /// and keep the result only if it is one.
        /// </summary>
        public static string? WithoutGluedLetter(string text)
        {
            var t = text.TrimEnd();
            if (t.Length < 3 || !char.IsLetter(t[t.Length - 1]) || !char.IsLetter(t[t.Length - 2]) || !char.IsLower(t[t.Length - 1])) return null;
            return t.Substring(0, t.Length - 1);
        }

        private static bool HasMark(string text)
        {
            foreach (var c in text)
            {
                if (c is '[' or '*' or '†' or '‡' || IsSuperscriptMark(c)) return true;
            }

            return false;
        }

        /// <summary>The index of the <c>]</c> closing a short note that is not a year, or null.</summary>
        private static int? NoteEnd(string text, int open)
        {
            var limit = System.Math.Min(text.Length, open + LongestNote);
            for (var j = open + 1; j < limit; j++)
            {
                if (text[j] == '[') return null;
                if (text[j] != ']') continue;
                if (j == open + 1) return null;
                var inside = text.Substring(open + 1, j - open - 1).Trim();
                return YearText.IsPlausibleYear(inside) ? null : j;
            }

            return null;
        }

        private static bool IsSuperscriptMark(char c) =>
            c is '¹' or '²' or '³' || (c >= '\u2070' && c <= '\u209F') || (c >= '\u1D2C' && c <= '\u1D6A');
    }
}
