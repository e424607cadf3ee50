using System.Collections.Generic;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// Where a GitHub Markdown table is (GFM spec, "Tables (extension)"): a header line, a delimiter row with as many
    /// cells (<c>---</c>, <c>:---</c>, <c>---:</c>, <c>:---:</c>), then body lines up to a blank line or the start of another
    /// block (a heading, a quote, a code fence, a list item).
    /// </summary>
    internal static class GfmTable
    {
        public static bool StartsAt(IReadOnlyList<SourceLine> lines, int index)
        {
            if (index + 1 >= lines.Count) return false;
            var header = lines[index];
            var delimiter = lines[index + 1];
            if (header.IsBlank || Indentation(header.Text) >= 4 || Indentation(delimiter.Text) >= 4) return false;
            if (!HasPipe(header.Text) && !HasPipe(delimiter.Text)) return false;
            var delimiterRow = PipeRow.Split(delimiter);
            return IsDelimiterRow(delimiterRow) && PipeRow.Split(header).Cells.Count == delimiterRow.Cells.Count;
        }

        /// <summary>The index of the first line after the body rows that start at <paramref name="from"/>.</summary>
        public static int BodyEnd(IReadOnlyList<SourceLine> lines, int from)
        {
            var i = from;
            while (i < lines.Count && !EndsBody(lines[i])) i++;
            return i;
        }

        /// <summary>
        /// Stricter than <see cref="PipeRow.IsSeparator"/>, which the wiki and guide dialects use to drop a separator
        /// wherever it stands: here the delimiter row decides whether there is a table at all, so it is GFM's exactly
        /// (<c>:?-+:?</c> per cell).
        /// </summary>
        public static bool IsDelimiterRow(TextRow row)
        {
            if (row.Cells.Count == 0) return false;
            foreach (var cell in row.Cells)
            {
                var t = cell.Text;
                var from = t.Length > 0 && t[0] == ':' ? 1 : 0;
                var to = t.Length > from && t[t.Length - 1] == ':' ? t.Length - 1 : t.Length;
                if (to <= from) return false;
                for (var i = from; i < to; i++)
                {
                    if (t[i] != '-') return false;
                }
            }

            return true;
        }

        private static bool EndsBody(SourceLine line)
        {
            if (line.IsBlank) return true;
            var text = line.Text.TrimStart();
            if (Indentation(line.Text) >= 4) return false;
            if (text[0] == '#' || text[0] == '>' || text.StartsWith("```", System.StringComparison.Ordinal) || text.StartsWith("~~~", System.StringComparison.Ordinal)) return true;
            // A list item interrupts the table, but a row without outer pipes may start with a "-" placeholder cell.
            return !HasPipe(text) && text.Length > 1 && (text[0] == '-' || text[0] == '*' || text[0] == '+') && text[1] == ' ';
        }

        private static bool HasPipe(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\') i++;
                else if (text[i] == '|') return true;
            }

            return false;
        }

        private static int Indentation(string text)
        {
            var width = 0;
            for (var i = 0; i < text.Length && (text[i] == ' ' || text[i] == '\t'); i++) width += text[i] == '\t' ? 4 : 1;
            return width;
        }
    }
}
