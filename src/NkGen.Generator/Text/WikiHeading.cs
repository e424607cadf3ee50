namespace NkGen.Generator.Text
{
    /// <summary>
    /// A wiki heading line, <c>= Title =</c> or <c>== Section ==</c> (any number of <c>=</c>), as both the wiki dialect and
    /// MediaWiki source write it: the first level-1 heading is the document's title, any other sets the section.
    /// </summary>
    internal static class WikiHeading
    {
        public static bool Is(SourceLine line)
        {
            var text = line.Text.Trim();
            return text.Length >= 3 && text[0] == '=' && text[text.Length - 1] == '=';
        }

        public static bool TryRead(SourceLine line, DocumentParts parts)
        {
            if (!Is(line)) return false;
            var text = line.Text.Trim();
            var level = 0;
            while (level < text.Length && text[level] == '=') level++;
            var inner = text.Trim('=').Trim();
            var at = inner.Length == 0 ? 0 : line.Text.IndexOf(inner, System.StringComparison.Ordinal);
            var cell = line.Cell(at < 0 ? 0 : at, inner.Length);
            if (level == 1 && parts.Title is null) parts.Title = cell;
            else parts.Section = inner;
            return true;
        }
    }
}
