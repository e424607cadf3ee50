using System;
using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// GitHub Markdown: pipe tables with a delimiter row (<see cref="GfmTable"/>), with or without outer pipes; ATX
    /// headings (<c># Title</c>, <c>## Section</c>); <c>- Key: value</c> and note bullets as in the wiki dialect. Fenced
    /// code is skipped. Cells are kept as written: a short or long row is reported by the Tables stage, not padded here.
    /// </summary>
    internal sealed class MarkdownReader : DialectReader
    {
        private int _fenceLine = -1;
        private string _fence = "";

        public MarkdownReader(IReadOnlyList<SourceLine> lines, DocumentParts parts)
            : base(lines, parts)
        {
        }

        protected override int TryRead(int index)
        {
            var line = Lines[index];
            var text = line.Text.TrimStart();
            if (_fenceLine >= 0)
            {
                if (text.StartsWith(_fence, StringComparison.Ordinal) && text.Trim().Trim(_fence[0]).Length == 0) _fenceLine = -1;
                return index + 1;
            }

            if (text.StartsWith("```", StringComparison.Ordinal) || text.StartsWith("~~~", StringComparison.Ordinal))
            {
                var length = 0;
                while (length < text.Length && text[length] == text[0]) length++;
                _fence = new string(text[0], length);
                _fenceLine = index;
                return index + 1;
            }

            if (TryHeading(line)) return index + 1;
            if (GfmTable.StartsAt(Lines, index)) return ReadGfmTable(index);
            if (PipeRow.IsPipeRow(line)) return SkipUndelimited(index);
            return -1;
        }

        protected override void Finish()
        {
            if (_fenceLine >= 0)
            {
                Parts.Malformed(Lines[_fenceLine].Whole().Span, $"The code fence '{_fence}' opened here is never closed, so the rest of the file was read as code and none of it as tables");
            }
        }

        private bool TryHeading(SourceLine line)
        {
            var text = line.Text;
            var i = 0;
            while (i < text.Length && i < 3 && text[i] == ' ') i++;
            var hashes = 0;
            while (i + hashes < text.Length && text[i + hashes] == '#') hashes++;
            if (hashes == 0 || hashes > 6) return false;
            var from = i + hashes;
            if (from < text.Length && text[from] != ' ' && text[from] != '\t') return false;
            var to = text.Length;
            // A closing run of '#' after a space is not part of the heading.
            var trimmed = text.TrimEnd();
            var closing = trimmed.Length;
            while (closing > from && trimmed[closing - 1] == '#') closing--;
            if (closing < trimmed.Length && (closing == from || trimmed[closing - 1] == ' ' || trimmed[closing - 1] == '\t')) to = closing;
            var cell = line.Cell(from, Math.Max(0, to - from));
            if (hashes == 1 && Parts.Title is null) Parts.Title = cell;
            else Parts.Section = cell.Text;
            return true;
        }

        private int ReadGfmTable(int index)
        {
            var end = GfmTable.BodyEnd(Lines, index + 2);
            var rows = new List<TextRow>();
            for (var i = index + 2; i < end; i++) rows.Add(PipeRow.Split(Lines[i]));
            var header = new[] { PipeRow.Split(Lines[index]) }.ToEquatableArray();
            Parts.Tables.Add(new TextTable(header, rows.ToEquatableArray(), Lines[index].Span, Parts.Section));
            return end;
        }

        /// <summary>GitHub shows pipe lines without a delimiter row as text; they are reported rather than guessed at.</summary>
        private int SkipUndelimited(int index)
        {
            var i = index;
            while (i < Lines.Count && PipeRow.IsPipeRow(Lines[i]) && !GfmTable.StartsAt(Lines, i)) i++;
            Parts.Malformed(Lines[index].Whole().Span,
                $"These {i - index} pipe lines have no delimiter row ('| --- | --- |') under their first line, so GitHub Markdown shows them as text, not a table; they were not read");
            return i;
        }
    }
}
