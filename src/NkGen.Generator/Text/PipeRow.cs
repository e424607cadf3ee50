using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// The one place a pipe-table line is split into cells: <c>| a | b |</c>, or <c>a | b</c> without outer pipes as
    /// GitHub Markdown allows, <c>\|</c> for a pipe inside a cell.
    /// </summary>
    internal static class PipeRow
    {
        private static readonly char[] SeparatorMarks = { '-', ':', ' ' };

        public static bool IsPipeRow(SourceLine line) => line.Text.TrimStart().StartsWith("|", System.StringComparison.Ordinal);

        // One list per thread, reused: a row keeps only the exact array of its cells. A list grown past a sane width (a
        // hostile line of pipes) is not kept with the thread.
        private const int KeptCapacity = 256;

        [System.ThreadStatic]
        private static List<TextCell>? Scratch;

        public static TextRow Split(SourceLine line)
        {
            var text = line.Text;
            // Taken from the thread while in use, and given back empty.
            var cells = Scratch ?? new List<TextCell>();
            Scratch = null;
            // Text before a leading pipe is indentation; without a leading pipe the first cell starts the line.
            var cellStart = IsPipeRow(line) ? text.IndexOf('|') + 1 : 0;
            for (var i = cellStart; i <= text.Length; i++)
            {
                var atEnd = i == text.Length;
                if (!atEnd && text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
                {
                    i++;
                    continue;
                }

                if (!atEnd && text[i] != '|') continue;
                var cell = line.Cell(cellStart, i - cellStart);
                // The text after the closing pipe is not a cell unless there is some.
                if (!atEnd || cell.Text.Length > 0) cells.Add(cell.Text.IndexOf('\\') < 0 ? cell : cell with { Text = cell.Text.Replace("\\|", "|") });
                cellStart = i + 1;
            }

            var row = new TextRow(new EquatableArray<TextCell>(cells.ToArray()), line.Span);
            cells.Clear();
            if (cells.Capacity <= KeptCapacity) Scratch = cells;
            return row;
        }

        /// <summary>A markdown separator row such as <c>| --- | :---: |</c>.</summary>
        public static bool IsSeparator(TextRow row)
        {
            if (row.Cells.Count == 0) return false;
            foreach (var cell in row.Cells)
            {
                var t = cell.Text.Trim();
                if (t.Length == 0 || t.Trim(SeparatorMarks).Length != 0 || t.IndexOf('-') < 0) return false;
            }

            return true;
        }
    }
}
