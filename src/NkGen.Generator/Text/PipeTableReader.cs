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
        public static TextTable Read(IReadOnlyList<SourceLine> lines, string? section)
        {
            var rows = lines.Select(PipeRow.Split).ToList();
            var header = new List<TextRow> { rows[0] };
            var index = 1;
            if (index < rows.Count && PipeRow.IsSeparator(rows[index]))
            {
                index++;
            }
            else if (rows[0].Cells.Any(c => c.Text.Length == 0))
            {
                while (index < rows.Count && !rows[index].Cells.Any(c => c.Text.Any(char.IsDigit)) && rows[index].Cells.Any(c => c.Text.Length == 0))
                {
                    header.Add(rows[index++]);
                }
            }

            var body = rows.Skip(index).Where(r => !PipeRow.IsSeparator(r)).ToEquatableArray();
            // A span never crosses a line: the table is located at its header line.
            return new TextTable(header.ToEquatableArray(), body, lines[0].Span, section);
        }
    }
}
