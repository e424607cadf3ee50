namespace NkGen.Generator.Text
{
    /// <summary>Splits a <c>Key: value</c> line at its first colon; a key is short text without pipes.</summary>
    internal static class FieldLine
    {
        private const int MaxKeyLength = 60;

        public static bool TrySplit(SourceLine line, int from, out TextCell key, out TextCell value)
        {
            key = value = default;
            var colon = line.Text.IndexOf(':', from);
            if (colon <= from) return false;
            var candidate = line.Cell(from, colon - from);
            if (candidate.Text.Length == 0 || candidate.Text.Length > MaxKeyLength || candidate.Text.IndexOf('|') >= 0) return false;
            key = candidate;
            value = line.Cell(colon + 1, line.Text.Length - colon - 1);
            return true;
        }

        /// <summary>Where a bullet's text starts (after <c>- </c> or <c>* </c> and indentation), or -1 when the line is no bullet.</summary>
        public static int BulletStart(SourceLine line)
        {
            var text = line.Text;
            var i = 0;
            while (i < text.Length && Common.Blank.Is(text[i])) i++;
            if (i + 1 >= text.Length || (text[i] != '-' && text[i] != '*') || text[i + 1] != ' ') return -1;
            return i + 2;
        }

        public static bool IsIndented(SourceLine line) => line.Text.Length > 0 && Common.Blank.Is(line.Text[0]);
    }
}
