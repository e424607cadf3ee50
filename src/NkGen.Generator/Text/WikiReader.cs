using System.Collections.Generic;

namespace NkGen.Generator.Text
{
    /// <summary>The wiki dialect: <c>= Title =</c>, <c>==Section==</c>, pipe tables whose first row is the header, infobox bullets.</summary>
    internal sealed class WikiReader : DialectReader
    {
        public WikiReader(IReadOnlyList<SourceLine> lines, DocumentParts parts)
            : base(lines, parts)
        {
        }

        protected override int TryRead(int index)
        {
            var line = Lines[index];
            var text = line.Text.Trim();
            if (text.Length < 3 || text[0] != '=' || text[text.Length - 1] != '=') return -1;
            var level = 0;
            while (level < text.Length && text[level] == '=') level++;
            var inner = text.Trim('=').Trim();
            var at = inner.Length == 0 ? 0 : line.Text.IndexOf(inner, System.StringComparison.Ordinal);
            var cell = line.Cell(at < 0 ? 0 : at, inner.Length);
            if (level == 1 && Parts.Title is null) Parts.Title = cell;
            else Parts.Section = inner;
            return index + 1;
        }
    }
}
