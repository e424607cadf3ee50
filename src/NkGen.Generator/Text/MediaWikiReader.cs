using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// MediaWiki table source (Help:Tables): <c>{|</c> … <c>|}</c>, <c>|+</c> caption, <c>|-</c> rows, <c>!</c>/<c>!!</c>
    /// header cells, <c>|</c>/<c>||</c> data cells, a cell's text continued on the lines below it, and cell attributes
    /// before a single <c>|</c> (<c>style="…" | value</c>). <c>rowspan</c> repeats the cell in the rows below and
    /// <c>colspan</c> in the columns beside it, so columns never shift. Cell text is read by <see cref="MediaWikiText"/>.
    /// The leading rows of header cells are the table's header (the first row always is). Headings (<c>== x ==</c>) set
    /// the section; a table under no heading takes its caption as its section. A table inside a cell is reported and
    /// skipped (its lines counted, never read recursively), and the outer table read on.
    /// </summary>
    internal sealed class MediaWikiReader
    {
        private const int CancellationCheckInterval = 256;

        /// <summary>The widest a cell may span; a larger colspan is read as this and reported.</summary>
        private const int MaxColumnSpan = 64;

        private readonly IReadOnlyList<SourceLine> _lines;
        private readonly DocumentParts _parts;
        private readonly List<List<WikiCell>> _rows = new();
        private readonly List<string> _problems = new();
        private SourceLine _tableOpen;
        private bool _inTable;
        private string? _caption;
        private int _nestedDepth;
        private List<WikiCell>? _row;

        public MediaWikiReader(IReadOnlyList<SourceLine> lines, DocumentParts parts)
        {
            _lines = lines;
            _parts = parts;
        }

        public void ReadAll(CancellationToken cancellationToken)
        {
            for (var i = 0; i < _lines.Count; i++)
            {
                if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                var line = _lines[i];
                var text = line.Text.TrimStart();
                var indent = line.Text.Length - text.Length;
                if (_nestedDepth > 0)
                {
                    if (text.StartsWith("{|", StringComparison.Ordinal)) _nestedDepth++;
                    else if (text.StartsWith("|}", StringComparison.Ordinal)) _nestedDepth--;
                }
                else if (!_inTable)
                {
                    if (text.StartsWith("{|", StringComparison.Ordinal)) OpenTable(line);
                    else WikiHeading.TryRead(line, _parts);
                }
                else if (text.StartsWith("{|", StringComparison.Ordinal))
                {
                    _nestedDepth = 1;
                    _parts.Malformed(line.Cell(indent, 2).Span,
                        "A table inside a table is not read (NkGen reads no nested tables); it was skipped up to its '|}' and the outer table read on");
                }
                else if (text.StartsWith("|}", StringComparison.Ordinal))
                {
                    CloseTable();
                }
                else if (text.StartsWith("|+", StringComparison.Ordinal))
                {
                    var (from, to) = Value(line.Text, indent + 2, line.Text.Length);
                    _caption = MediaWikiText.Plain(line.Text.Substring(from, to - from), _problems);
                    Report(line.Cell(from, to - from).Span);
                }
                else if (text.StartsWith("|-", StringComparison.Ordinal))
                {
                    EndRow();
                }
                else if (text.StartsWith("|", StringComparison.Ordinal) && !ContinuesTemplate())
                {
                    ReadCells(line, indent + 1, header: false);
                }
                else if (text.StartsWith("!", StringComparison.Ordinal))
                {
                    ReadCells(line, indent + 1, header: true);
                }
                else
                {
                    _row?.LastOrDefault()?.Continue(line);
                }
            }

            if (_nestedDepth > 0 || _inTable)
            {
                _parts.Malformed(_tableOpen.Cell(_tableOpen.Text.IndexOf('{'), 2).Span, "The table opened here is never closed with '|}'; it was read to the end of the file");
                if (_inTable) CloseTable();
            }
        }

        private void OpenTable(SourceLine line)
        {
            _inTable = true;
            _tableOpen = line;
            _caption = null;
            _rows.Clear();
            _row = null;
        }

        /// <summary>A line starting with '|' inside a cell's open template is one of its arguments, not a new cell.</summary>
        private bool ContinuesTemplate() => _row?.LastOrDefault() is { OpenTemplates: > 0 };

        private void ReadCells(SourceLine line, int from, bool header)
        {
            _row ??= new List<WikiCell>();
            foreach (var (start, end) in Pieces(line.Text, from, header))
            {
                var (valueFrom, valueTo) = Value(line.Text, start, end);
                var attributes = line.Text.Substring(start, valueFrom - start);
                var cell = new WikiCell(header, line, valueFrom, valueTo, SpanAttribute(attributes, "rowspan"), SpanAttribute(attributes, "colspan"));
                if (cell.ColumnSpan > MaxColumnSpan)
                {
                    _parts.Malformed(cell.Span, $"This cell spans {cell.ColumnSpan} columns; it was read as spanning {MaxColumnSpan}");
                    cell.ColumnSpan = MaxColumnSpan;
                }

                _row.Add(cell);
            }
        }

        private void EndRow()
        {
            if (_row is { Count: > 0 }) _rows.Add(_row);
            _row = null;
        }

        private void CloseTable()
        {
            EndRow();
            _inTable = false;
            if (_rows.Count == 0) return;
            var laidOut = LayOut();
            var headerCount = 1;
            while (headerCount < _rows.Count && _rows[headerCount].All(c => c.IsHeader)) headerCount++;
            var table = new TextTable(
                laidOut.Take(headerCount).ToEquatableArray(),
                laidOut.Skip(headerCount).ToEquatableArray(),
                laidOut[0].Span,
                _parts.Section ?? _caption);
            _parts.Tables.Add(table);
        }

        /// <summary>Reads every cell's text and places it in its columns: a rowspan repeats the cell in the rows below.</summary>
        private List<TextRow> LayOut()
        {
            var rows = new List<TextRow>(_rows.Count);
            var spanning = new List<(int Rows, TextCell Cell)>();
            foreach (var written in _rows)
            {
                var cells = new List<TextCell>();
                var column = 0;
                void FillSpanned()
                {
                    while (column < spanning.Count && spanning[column].Rows > 0)
                    {
                        cells.Add(spanning[column].Cell);
                        spanning[column] = (spanning[column].Rows - 1, spanning[column].Cell);
                        column++;
                    }
                }

                foreach (var cell in written)
                {
                    FillSpanned();
                    var read = new TextCell(MediaWikiText.Plain(cell.Source.ToString(), _problems), cell.Span);
                    Report(cell.Span);
                    for (var n = 0; n < cell.ColumnSpan; n++)
                    {
                        cells.Add(read);
                        while (spanning.Count <= column) spanning.Add((0, read));
                        spanning[column] = (Math.Max(spanning[column].Rows, cell.RowSpan - 1), read);
                        column++;
                    }
                }

                FillSpanned();
                rows.Add(new TextRow(cells.ToEquatableArray(), written[0].Line.Span));
            }

            return rows;
        }

        private void Report(SourceSpan at)
        {
            foreach (var problem in _problems) _parts.Malformed(at, problem);
            _problems.Clear();
        }

        /// <summary>The cells of a row line: split at '||' (and '!!' on a header line) outside links and templates.</summary>
        private static List<(int Start, int End)> Pieces(string text, int from, bool header)
        {
            var pieces = new List<(int, int)>();
            var depth = 0;
            var start = from;
            for (var i = from; i + 1 < text.Length; i++)
            {
                i = MediaWikiText.SkipNowiki(text, i, text.Length);
                if (i + 1 >= text.Length) break;
                var pair = (text[i], text[i + 1]);
                if (pair is ('{', '{') or ('[', '['))
                {
                    depth++;
                    i++;
                }
                else if (pair is ('}', '}') or (']', ']') && depth > 0)
                {
                    depth--;
                    i++;
                }
                else if (depth == 0 && (pair == ('|', '|') || (header && pair == ('!', '!'))))
                {
                    pieces.Add((start, i));
                    start = i + 2;
                    i++;
                }
            }

            pieces.Add((start, text.Length));
            return pieces;
        }

        /// <summary>The value part of a cell written from <paramref name="start"/> to <paramref name="end"/>: after its attributes' single '|'.</summary>
        private static (int From, int To) Value(string text, int start, int end)
        {
            var depth = 0;
            for (var i = start; i < end; i++)
            {
                i = MediaWikiText.SkipNowiki(text, i, end);
                if (i >= end) break;
                var c = text[i];
                var next = i + 1 < end ? text[i + 1] : '\0';
                if ((c == '{' && next == '{') || (c == '[' && next == '['))
                {
                    depth++;
                    i++;
                }
                else if (((c == '}' && next == '}') || (c == ']' && next == ']')) && depth > 0)
                {
                    depth--;
                    i++;
                }
                else if (c == '|' && depth == 0)
                {
                    return (i + 1, end);
                }
            }

            return (start, end);
        }

        /// <summary>The number in <c>rowspan=2</c> / <c>colspan="3"</c>; 1 when absent or unreadable.</summary>
        private static int SpanAttribute(string attributes, string name)
        {
            var at = attributes.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return 1;
            var i = at + name.Length;
            while (i < attributes.Length && (attributes[i] == ' ' || attributes[i] == '=' || attributes[i] == '"' || attributes[i] == '\'')) i++;
            var value = 0;
            var digits = 0;
            while (i < attributes.Length && char.IsDigit(attributes[i]) && digits < 6)
            {
                value = (value * 10) + (attributes[i] - '0');
                i++;
                digits++;
            }

            return value < 1 ? 1 : value;
        }

        /// <summary>One cell as written: its source text (over one or more lines), where its value starts, its spans.</summary>
        private sealed class WikiCell
        {
            public WikiCell(bool isHeader, SourceLine line, int from, int to, int rowSpan, int columnSpan)
            {
                IsHeader = isHeader;
                Line = line;
                RowSpan = rowSpan;
                ColumnSpan = columnSpan;
                var first = line.Cell(from, to - from);
                Span = first.Span;
                Source.Append(line.Text, from, to - from);
                OpenTemplates = Balance(first.Text);
            }

            public bool IsHeader { get; }

            public SourceLine Line { get; }

            public int RowSpan { get; }

            public int ColumnSpan { get; set; }

            /// <summary>Where the value's text starts: on its first line, or on the first line below that has text.</summary>
            public SourceSpan Span { get; private set; }

            public StringBuilder Source { get; } = new();

            public int OpenTemplates { get; private set; }

            public void Continue(SourceLine line)
            {
                if (Span.Length == 0 && !line.IsBlank) Span = line.Whole().Span;
                Source.Append('\n').Append(line.Text);
                OpenTemplates = Math.Max(0, OpenTemplates + Balance(line.Text));
            }

            private static int Balance(string text)
            {
                var balance = 0;
                for (var i = 0; i + 1 < text.Length; i++)
                {
                    if (text[i] == '{' && text[i + 1] == '{') { balance++; i++; }
                    else if (text[i] == '}' && text[i + 1] == '}') { balance--; i++; }
                }

                return balance;
            }
        }
    }
}
