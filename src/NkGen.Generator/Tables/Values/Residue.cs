using System;
using System.Linq;

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

        private static readonly string[] LinkBrackets = { "[[", "]]" };

        /// <summary>
        /// The first characters of the marks (in both cases, as marks are found ignoring case) and of the link brackets:
        /// text without any of them holds no residue.
        /// </summary>
        private static readonly char[] MarkCharacters = Marks.Concat(LinkBrackets)
            .SelectMany(mark => new[] { char.ToLowerInvariant(mark[0]), char.ToUpperInvariant(mark[0]) })
            .Distinct()
            .ToArray();

        /// <summary>The residue the text holds, as written, or null.</summary>
        public static string? Find(string written)
        {
            // Asked of nearly every cell, which nearly never holds any: one scan for the characters the marks start with,
            // instead of a search per mark.
            if (written.IndexOfAny(MarkCharacters) < 0) return null;
            foreach (var mark in Marks)
            {
                if (written.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0) return mark;
            }

            var opens = Count(written, LinkBrackets[0]);
            var closes = Count(written, LinkBrackets[1]);
            if (opens == closes) return null;
            return opens > closes ? LinkBrackets[0] : LinkBrackets[1];
        }

        private static int Count(string text, string mark)
        {
            var n = 0;
            for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mark, i + mark.Length, StringComparison.Ordinal)) n++;
            return n;
        }
    }
}
