using System.Collections.Generic;
using System.Threading;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// Tab-separated values, as a spreadsheet saves them or a browser gives them when a table is selected and pasted.
    /// Accepted beyond plain TSV: blank lines and lines of only tabs (skipped), trailing tabs (empty cells past the
    /// header's width are dropped, and the header's own trailing empty cells), and a caption line before the header (a
    /// first line without a tab, followed by a line with tabs), which becomes the table's section. Quoted fields are
    /// read as in CSV. One table per file.
    /// </summary>
    internal static class TsvReader
    {
        public static void Read(string text, IReadOnlyList<SourceLine> lines, DocumentParts parts, CancellationToken cancellationToken)
        {
            var first = NextContent(lines, 0);
            if (first == lines.Count) return;
            var second = NextContent(lines, first + 1);
            if (lines[first].Text.IndexOf('\t') < 0 && second < lines.Count && lines[second].Text.IndexOf('\t') >= 0)
            {
                parts.Section = lines[first].Whole().Text;
                first = second;
            }

            var records = new DelimitedText(text, lines[first].Start, '\t', new LineIndex(parts.File, text), parts, cancellationToken);
            CsvReader.AddTable(records, lines.Count - first - 1, parts, trimToHeader: true);
        }

        private static int NextContent(IReadOnlyList<SourceLine> lines, int from)
        {
            while (from < lines.Count && lines[from].Text.Trim('\t', ' ').Length == 0) from++;
            return from;
        }
    }
}
