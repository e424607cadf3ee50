using System.Collections.Generic;
using System.Text;
using System.Threading;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>One record of delimited text: its cells, and the line it starts on (read and turned into a row at once, never cached).</summary>
    internal sealed record DelimitedRecord(List<TextCell> Cells, SourceSpan Line);

    /// <summary>
    /// The one record splitter CSV and TSV share, an RFC 4180 state machine in one pass: a field that starts with
    /// <c>"</c> is quoted (separators and line breaks inside it are text, <c>""</c> is a quote); any other field runs to
    /// the next separator or line break and is trimmed. A quote that is never closed is reported at the quote and, from
    /// there on, quotes are read as plain text, so the rest of the file is still read as rows (one re-read at most, so
    /// linear). A record whose every cell is empty (a blank line, <c>,,,</c>) is skipped.
    /// </summary>
    internal sealed class DelimitedText
    {
        private const int CancellationCheckInterval = 1024;

        private readonly string _text;
        private readonly char _separator;
        private readonly LineIndex _index;
        private readonly DocumentParts _parts;
        private readonly StringBuilder _field = new();
        private bool _quotesAreText;
        private int _fieldsRead;

        public DelimitedText(string text, char separator, LineIndex index, DocumentParts parts)
        {
            _text = text;
            _separator = separator;
            _index = index;
            _parts = parts;
        }

        public List<DelimitedRecord> Records(int start, CancellationToken cancellationToken)
        {
            var records = new List<DelimitedRecord>();
            var i = start;
            var width = 4;
            while (i < _text.Length)
            {
                // As wide as the record before: records of one file are nearly always alike.
                var cells = new List<TextCell>(width);
                var recordStart = i;
                var anyText = false;
                while (true)
                {
                    if (_fieldsRead++ % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                    var end = ReadField(i, out var cell, out var quoted);
                    cells.Add(cell);
                    anyText |= quoted || cell.Text.Length > 0;
                    if (end < _text.Length && _text[end] == _separator)
                    {
                        i = end + 1;
                        continue;
                    }

                    i = end >= _text.Length ? _text.Length : end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
                    break;
                }

                width = cells.Count;
                if (anyText) records.Add(new DelimitedRecord(cells, _index.LineAt(recordStart).Span));
            }

            return records;
        }

        /// <summary>Reads the field at <paramref name="start"/>; returns the index of the separator, line break or end after it.</summary>
        private int ReadField(int start, out TextCell cell, out bool quoted)
        {
            var open = start;
            while (open < _text.Length && (_text[open] == ' ' || (_text[open] == '\t' && _separator != '\t'))) open++;
            quoted = !_quotesAreText && open < _text.Length && _text[open] == '"';
            if (quoted)
            {
                var end = ReadQuoted(open, out cell);
                if (end >= 0) return end;
                quoted = false;
            }

            var stop = start;
            while (stop < _text.Length && _text[stop] != _separator && _text[stop] != '\n' && _text[stop] != '\r') stop++;
            var from = start;
            var to = stop;
            while (from < to && Common.Blank.Is(_text[from])) from++;
            while (to > from && Common.Blank.Is(_text[to - 1])) to--;
            cell = _index.Cell(_text.Substring(from, to - from), from, to - from);
            return stop;
        }

        /// <summary>A quoted field from its opening quote; -1 when the quote is never closed (then quotes are text from here).</summary>
        private int ReadQuoted(int open, out TextCell cell)
        {
            _field.Clear();
            var j = open + 1;
            var close = -1;
            while (j < _text.Length)
            {
                var c = _text[j];
                if (c == '"')
                {
                    if (j + 1 < _text.Length && _text[j + 1] == '"')
                    {
                        _field.Append('"');
                        j += 2;
                        continue;
                    }

                    close = j;
                    break;
                }

                _field.Append(c);
                j++;
            }

            if (close < 0)
            {
                var at = _index.Span(open, 1);
                var last = _index.LineAt(_text.Length).Number;
                _parts.Malformed(at,
                    $"The quote opened here is never closed, so lines {at.Line} to {last} would all be one cell; they were read as rows instead, with every quote from here on read as plain text");
                _quotesAreText = true;
                cell = null!;
                return -1;
            }

            var stop = close + 1;
            while (stop < _text.Length && _text[stop] != _separator && _text[stop] != '\n' && _text[stop] != '\r') stop++;
            var after = _text.Substring(close + 1, stop - close - 1);
            if (after.Trim().Length > 0)
            {
                _parts.Malformed(_index.Span(close + 1, after.Length),
                    $"The text '{after.Trim()}' follows the closing quote of its field; it was kept as part of the field");
                _field.Append(after.TrimEnd());
            }

            cell = _index.Cell(_field.ToString(), open + 1, close - open - 1);
            return stop;
        }
    }
}
