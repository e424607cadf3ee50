using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// Turns consecutive pipe lines into a table. The first row is the header. A markdown separator row ends the
    /// header; without one, a header with empty cells continues on the following rows that hold no digit (the
    /// wiki's two-line "Name | Korean / Chosŏn'gŭl | Hancha" header).
    /// </summary>
    internal static class PipeTableReader
    {
        /// <summary>The table of lines <paramref name="start"/> to <paramref name="end"/> (exclusive), all pipe rows.</summary>
        public static TextTable Read(IReadOnlyList<SourceLine> lines, int start, int end, string? section)
        {
            // Each line is split once, where it is met; the body is one array of its size. A list of every row, then a
            // filtered copy, were two large arrays per table more.
            var index = start;
            TextRow? Next() => ++index < end ? PipeRow.Split(lines[index]) : null;
            var first = PipeRow.Split(lines[start]);
            var header = new List<TextRow> { first };
            var next = Next();
            if (next is not null && PipeRow.IsSeparator(next))
            {
                next = Next();
            }
            else if (first.Cells.Any(c => c.Text.Length == 0))
            {
                while (next is not null && !next.Cells.Any(c => c.Text.Any(char.IsDigit)) && next.Cells.Any(c => c.Text.Length == 0))
                {
                    header.Add(next);
                    next = Next();
                }
            }

            var body = new TextRow[end - index];
            var count = 0;
            for (; next is not null; next = Next())
            {
                if (!PipeRow.IsSeparator(next)) body[count++] = next;
            }

            if (count < body.Length) System.Array.Resize(ref body, count);
            // A span never crosses a line: the table is located at its header line.
            return new TextTable(header.ToEquatableArray(), new EquatableArray<TextRow>(body), lines[start].Span, section);
        }
    }
}
