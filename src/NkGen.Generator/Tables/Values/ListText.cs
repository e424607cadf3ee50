using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>Splits "a, b and c" into items, each with its offset in the text so that items can be located.</summary>
    internal static class ListText
    {
        // Leading whitespace is taken only where a whitespace run starts (the leftmost match does anyway): otherwise each
        // space of a long run would start its own scan, quadratic on a 1 MB cell. The second branch takes a separator
        // right after whitespace an earlier match already consumed (", and 3 regions", " , ; "), in constant time per position.
        private static readonly Regex Separator = new(@"(?<!\s)\s*(?:,|;|\band\b)\s*|(?:,|;|\band\b)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static List<(string Item, int Offset)> Split(string text)
        {
            var items = new List<(string, int)>();
            var start = 0;
            foreach (Match separator in Separator.Matches(text))
            {
                Add(items, text, start, separator.Index);
                start = separator.Index + separator.Length;
            }

            Add(items, text, start, text.Length);
            return items;
        }

        private static void Add(List<(string, int)> items, string text, int from, int to)
        {
            while (from < to && Common.Blank.Is(text[from])) from++;
            while (to > from && Common.Blank.Is(text[to - 1])) to--;
            if (to > from) items.Add((text.Substring(from, to - from), from));
        }
    }
}
