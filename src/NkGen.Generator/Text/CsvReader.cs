using System.Collections.Generic;
using System.Threading;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// Comma-separated values (RFC 4180, read by <see cref="DelimitedText"/>): the first record is the header, each other
    /// record a row. The separator is <c>;</c> when the header line holds more semicolons than commas outside quotes (as
    /// spreadsheets set to a European locale write it), otherwise <c>,</c>. A leading byte order mark is skipped.
    /// </summary>
    internal static class CsvReader
    {
        public static void Read(string text, IReadOnlyList<SourceLine> lines, DocumentParts parts, CancellationToken cancellationToken)
        {
            var first = 0;
            while (first < lines.Count && lines[first].IsBlank) first++;
            if (first == lines.Count) return;
            var separator = DetectSeparator(lines[first].Text);
            var records = new DelimitedText(text, separator, new LineIndex(parts.File, lines), parts).Records(lines[first].Start, cancellationToken);
            AddTable(records, parts, trimToHeader: false);
        }

        /// <summary>Turns records into one table: the first record is the header.</summary>
        public static void AddTable(List<DelimitedRecord> records, DocumentParts parts, bool trimToHeader)
        {
            if (records.Count == 0) return;
            var header = records[0].Cells;
            if (trimToHeader) TrimEmptyTail(header, 0);
            var rows = new List<TextRow>(records.Count - 1);
            for (var r = 1; r < records.Count; r++)
            {
                var cells = records[r].Cells;
                if (trimToHeader) TrimEmptyTail(cells, header.Count);
                rows.Add(new TextRow(cells.ToEquatableArray(), records[r].Line));
            }

            var headerRow = new TextRow(header.ToEquatableArray(), records[0].Line);
            parts.Tables.Add(new TextTable(new[] { headerRow }.ToEquatableArray(), rows.ToEquatableArray(), records[0].Line, parts.Section));
        }

        public static char DetectSeparator(string headerLine)
        {
            var commas = CountSeparators(headerLine, ',');
            var semicolons = CountSeparators(headerLine, ';');
            return semicolons > commas ? ';' : ',';
        }

        /// <summary>How many times <paramref name="separator"/> occurs in <paramref name="line"/> outside double quotes.</summary>
        public static int CountSeparators(string line, char separator)
        {
            var count = 0;
            var inQuotes = false;
            foreach (var c in line)
            {
                if (c == '"') inQuotes = !inQuotes;
                else if (c == separator && !inQuotes) count++;
            }

            return count;
        }

        /// <summary>Drops empty cells at the end of a record past <paramref name="keep"/> cells (a paste's trailing tabs).</summary>
        private static void TrimEmptyTail(List<TextCell> cells, int keep)
        {
            while (cells.Count > keep && cells.Count > 1 && cells[cells.Count - 1].Text.Length == 0) cells.RemoveAt(cells.Count - 1);
        }
    }
}
