using System;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Wiki markup or template residue a reader left in a cell: <c>{{lang|ko|함흥시}}</c> split into pieces, a stray
    /// <c>]]</c>, a <c>|</c>, a <c>&lt;ref</c>. Such text is never a value: stored, it would replace a correct value from
    /// another source (a Korean name from the built-in tables), so the cell is reported and nothing is read from it.
    /// A whole link, <c>[[Rason]]</c>, is markup <see cref="Markup"/> reads through, not residue.
    /// </summary>
    internal static class Residue
    {
        private static readonly string[] Marks = { "{{", "}}", "<ref", "|" };

        /// <summary>Every mark above and the link brackets hold one of these; text without them holds no residue.</summary>
        private static readonly char[] MarkCharacters = { '{', '}', '<', '|', '[', ']' };

        /// <summary>The residue the text holds, as written, or null.</summary>
        public static string? Find(string written)
        {
            // Asked of nearly every cell, which nearly never holds any: one scan for the characters every mark starts with
            // or holds, instead of a search per mark.
            if (written.IndexOfAny(MarkCharacters) < 0) return null;
            foreach (var mark in Marks)
            {
                if (written.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0) return mark;
            }

            var opens = Count(written, "[[");
            var closes = Count(written, "]]");
            if (opens == closes) return null;
            return opens > closes ? "[[" : "]]";
        }

        private static int Count(string text, string mark)
        {
            var n = 0;
            for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mark, i + mark.Length, StringComparison.Ordinal)) n++;
            return n;
        }
    }
}
