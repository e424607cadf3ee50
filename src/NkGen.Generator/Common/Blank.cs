namespace NkGen.Generator.Common
{
    /// <summary>
    /// The one definition of blank text for every reader and value parser: Unicode whitespace (which includes the
    /// ideographic space U+3000 the seed tables use as an empty date part), plus the zero-width space U+200B and the
    /// BOM U+FEFF, which are invisible and would otherwise make a cell that looks empty hold a value.
    /// </summary>
    internal static class Blank
    {
        // Asked of every character of every cell. Unicode has no whitespace past the ideographic space, so Hangul and
        // Hanja (most of a Korean table's text) are answered without the Unicode category lookup.
        public static bool Is(char c) => c > '\u3000' ? c == '\uFEFF' : char.IsWhiteSpace(c) || c == '\u200B';

        /// <summary>Whether <paramref name="text"/> is empty or holds only blank characters.</summary>
        public static bool IsAll(string? text)
        {
            if (text is null) return true;
            foreach (var c in text)
            {
                if (!Is(c)) return false;
            }

            return true;
        }
    }
}
