using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>Header reading and row checks every table kind shares.</summary>
    internal static class TableShape
    {
        /// <summary>
        /// The header row as read: levelled headers (<c>NAME_2</c>) as the words they stand for (<see cref="LevelledHeaders"/>),
        /// and an export's columns about its records rather than its places (OpenStreetMap's <c>@id</c>, <c>@type</c>,
        /// <c>@lat</c>) ignored: <c>@type</c> is no status.
        /// </summary>
        public static List<HeaderText> Headers(TextTable table)
        {
            var written = table.HeaderRows[0].Cells.Select(c => c.Text).ToList();
            return LevelledHeaders.Read(written, written.Select(w => IsRecordMetadata(w) ? HeaderVocabulary.IgnoredColumn : HeaderText.Of(w)).ToList());
        }

        private static bool IsRecordMetadata(string written) => written.TrimStart().StartsWith("@", System.StringComparison.Ordinal);

        /// <summary>
        /// The table with its header continuation rows that are not header text given back to its data rows. The Text stage
        /// continues a header that has an empty cell over the rows below it without figures, so as to take seed 001's
        /// "Chosŏn'gŭl | Hancha" line; but a header with an unlabelled column would then swallow data rows without figures
        /// ("| Anju | 안주 | |"), and they would be lost unreported. Only rows whose every cell is empty or a header NkGen
        /// knows stay in the header.
        /// </summary>
        public static TextTable WithDataRowsRestored(TextTable table)
        {
            if (table.HeaderRows.Count < 2) return table;
            var continued = 1;
            while (continued < table.HeaderRows.Count && table.HeaderRows[continued].Cells.All(c => c.Text.Length == 0 || TableKinds.IsKnownHeader(HeaderText.Of(c.Text))))
            {
                continued++;
            }

            if (continued == table.HeaderRows.Count) return table;
            return table with
            {
                HeaderRows = table.HeaderRows.Take(continued).ToEquatableArray(),
                Rows = table.HeaderRows.Skip(continued).Concat(table.Rows).ToEquatableArray(),
            };
        }

        /// <summary>Most header cells a table is described by: an export of forty columns is named by its first ones and its width.</summary>
        public const int DescribedColumns = 8;

        /// <summary>The table as messages name it: its header's cells, "|"-separated, the first <see cref="DescribedColumns"/> of a wider one.</summary>
        public static string Describe(TextTable table)
        {
            var cells = table.HeaderRows[0].Cells;
            var shown = string.Join(" | ", cells.Take(DescribedColumns).Select(c => c.Text));
            return cells.Count <= DescribedColumns ? shown : $"{shown} | … ({cells.Count} columns)";
        }

        /// <summary>A ragged row is reported; the cells that line up with the header are still read.</summary>
        public static void CheckWidth(TextRow row, int width, ReadingParts parts)
        {
            if (row.Cells.Count == width) return;
            parts.Report(ProblemKind.MalformedRow, row.Span,
                $"This row has {row.Cells.Count} cells but its table's header has {width}; "
                + (row.Cells.Count < width ? "the missing cells were read as empty" : $"the {row.Cells.Count - width} extra cells were not used"));
        }

        public static TextCell? CellAt(TextRow row, int index) => index >= 0 && index < row.Cells.Count ? row.Cells[index] : null;

        public static int IndexOf(List<HeaderText> headers, ColumnMeaning meaning)
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (HeaderVocabulary.MeaningOf(headers[i]) == meaning) return i;
            }

            return -1;
        }
    }
}
