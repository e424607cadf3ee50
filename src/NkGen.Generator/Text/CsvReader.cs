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
        /// <summary>
        /// Reads the text as one table. CSV needs no line list (<see cref="DocumentReader"/> splits none for it): the
        /// header line is the one line copied, for the separator; cells are cut from the text itself.
        /// </summary>
        public static void Read(string text, DocumentParts parts, CancellationToken cancellationToken)
        {
            var index = new LineIndex(parts.File, text);
            var first = 0;
            while (first < index.Count && index.IsBlank(first)) first++;
            if (first == index.Count) return;
            var separator = DetectSeparator(index.TextOf(first));
            var records = new DelimitedText(text, index.StartOf(first), separator, index, parts, cancellationToken);
            AddTable(records, index.Count - first - 1, parts, trimToHeader: false);
        }

        /// <summary>
        /// Turns the records into one table: the first record is the header. <paramref name="rowsAtMost"/> (the lines
        /// after the header's) sizes the rows at once, so that a file without blank lines fills them without a copy.
        /// </summary>
        public static void AddTable(DelimitedText records, int rowsAtMost, DocumentParts parts, bool trimToHeader)
        {
            if (!records.TryReadRecord(out var header)) return;
            if (trimToHeader) header = WithoutEmptyTail(header, 0);
            var rows = new TextRow[System.Math.Max(0, rowsAtMost)];
            var count = 0;
            while (records.TryReadRecord(out var row))
            {
                if (trimToHeader) row = WithoutEmptyTail(row, header.Cells.Count);
                // Records never outnumber lines; growing is only a guard.
                if (count == rows.Length) System.Array.Resize(ref rows, System.Math.Max(4, rows.Length * 2));
                rows[count++] = row;
            }

            if (count < rows.Length) System.Array.Resize(ref rows, count);
            parts.Tables.Add(new TextTable(new[] { header }.ToEquatableArray(), new EquatableArray<TextRow>(rows), header.Span, parts.Section));
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

        /// <summary>A row without its empty cells past <paramref name="keep"/> cells (a paste's trailing tabs); the row itself when it has none.</summary>
        private static TextRow WithoutEmptyTail(TextRow row, int keep)
        {
            var cells = row.Cells;
            var count = cells.Count;
            while (count > keep && count > 1 && cells[count - 1].Text.Length == 0) count--;
            if (count == cells.Count) return row;
            var kept = new TextCell[count];
            for (var i = 0; i < count; i++) kept[i] = cells[i];
            return new TextRow(new EquatableArray<TextCell>(kept), row.Span);
        }
    }
}
