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

        protected override int TryRead(int index) => WikiHeading.TryRead(Lines[index], Parts) ? index + 1 : -1;
    }
}
