using System.Collections.Generic;
using System.Threading;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
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
        private readonly CancellationToken _cancellationToken;
        private readonly List<TextCell> _cells = new();
        private readonly char[] _fieldEnds;
        private bool _quotesAreText;
        private int _fieldsRead;
        private int _at;

        /// <summary>A reader of the records from <paramref name="start"/> on (the first record is the header's line).</summary>
        public DelimitedText(string text, int start, char separator, LineIndex index, DocumentParts parts, CancellationToken cancellationToken)
        {
            _text = text;
            _at = start;
            _separator = separator;
            _fieldEnds = new[] { separator, '\n', '\r' };
            _index = index;
            _parts = parts;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Reads the next record that holds any text as a row (cells and the span of the line it starts on); false at
        /// the end of the text. Rows are built as they are read: no list of cells or of records is kept between them.
        /// </summary>
        public bool TryReadRecord(out TextRow row)
        {
            while (_at < _text.Length)
            {
                var recordStart = _at;
                var anyText = false;
                while (true)
                {
                    if (_fieldsRead++ % CancellationCheckInterval == 0) _cancellationToken.ThrowIfCancellationRequested();
                    var end = ReadField(_at, out var cell, out var quoted);
                    _cells.Add(cell);
                    anyText |= quoted || cell.Text.Length > 0;
                    if (end < _text.Length && _text[end] == _separator)
                    {
                        _at = end + 1;
                        continue;
                    }

                    _at = end >= _text.Length ? _text.Length : end + (_text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1);
                    break;
                }

                if (!anyText)
                {
                    _cells.Clear();
                    continue;
                }

                // The one copy of a record's cells: the buffer is reused for the next record.
                row = new TextRow(new EquatableArray<TextCell>(_cells.ToArray()), _index.LineSpanAt(recordStart));
                _cells.Clear();
                return true;
            }

            row = null!;
            return false;
        }

        /// <summary>
        /// What follows the closing quote of an RDF literal, as SPARQL results in TSV write them (the Wikidata Query
        /// Service's TSV download): a language tag (<c>"Kilju"@en</c>, <c>@ko-Kore</c>) or a datatype (<c>"125000"^^&lt;…#decimal&gt;</c>,
        /// <c>^^xsd:decimal</c>). The literal is the field's text; its tag says nothing NkGen reads.
        /// </summary>
        private static bool IsLiteralTag(string after)
        {
            if (after.StartsWith("^^", System.StringComparison.Ordinal))
            {
                var type = after.Substring(2);
                return (type.Length > 2 && type[0] == '<' && type[type.Length - 1] == '>' && type.IndexOf(' ') < 0) || (type.IndexOf(':') > 0 && type.IndexOf(' ') < 0);
            }

            if (after.Length < 2 || after[0] != '@') return false;
            for (var i = 1; i < after.Length; i++)
            {
                var c = after[i];
                if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' || (c == '-' && i > 1))) return false;
            }

            return true;
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

            var stop = FieldEnd(start);
            var from = start;
            var to = stop;
            while (from < to && Common.Blank.Is(_text[from])) from++;
            while (to > from && Common.Blank.Is(_text[to - 1])) to--;
            cell = _index.Cell(_text.Substring(from, to - from), from, to - from);
            return stop;
        }

        /// <summary>The separator, line break or end of text at or after <paramref name="from"/> (a search the runtime vectorizes).</summary>
        private int FieldEnd(int from)
        {
            var end = _text.IndexOfAny(_fieldEnds, from);
            return end < 0 ? _text.Length : end;
        }

        /// <summary>A quoted field from its opening quote; -1 when the quote is never closed (then quotes are text from here).</summary>
        private int ReadQuoted(int open, out TextCell cell)
        {
            var j = open + 1;
            var close = -1;
            var doubled = false;
            while (j < _text.Length)
            {
                j = _text.IndexOf('"', j);
                if (j < 0) break;
                if (j + 1 < _text.Length && _text[j + 1] == '"')
                {
                    doubled = true;
                    j += 2;
                    continue;
                }

                close = j;
                break;
            }

            if (close < 0)
            {
                var at = _index.Span(open, 1);
                var last = _index.NumberAt(_text.Length);
                _parts.Malformed(at,
                    $"The quote opened here is never closed, so lines {at.Line} to {last} would all be one cell; they were read as rows instead, with every quote from here on read as plain text");
                _quotesAreText = true;
                cell = default;
                return -1;
            }

            // Every quote between the two is half of a doubled one, so undoubling them all is the unescaping; most
            // quoted fields (a spreadsheet's "3,255,288") hold none and are one substring.
            var text = _text.Substring(open + 1, close - open - 1);
            if (doubled) text = text.Replace("\"\"", "\"");
            var stop = FieldEnd(close + 1);
            if (stop > close + 1)
            {
                var after = _text.Substring(close + 1, stop - close - 1);
                if (after.Trim().Length > 0 && !IsLiteralTag(after.Trim()))
                {
                    _parts.Malformed(_index.Span(close + 1, after.Length),
                        $"The text '{after.Trim()}' follows the closing quote of its field; it was kept as part of the field");
                    text += after.TrimEnd();
                }
            }

            cell = _index.Cell(text, open + 1, close - open - 1);
            return stop;
        }
    }
}
