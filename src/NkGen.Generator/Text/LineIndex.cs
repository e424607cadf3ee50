using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// The line and column of a character offset, for the readers that scan the whole text rather than line by line
    /// (CSV, JSON): their fields and values may run across line breaks, but a span never crosses a line.
    /// </summary>
    internal sealed class LineIndex
    {
        private readonly string _file;
        private readonly IReadOnlyList<SourceLine> _lines;

        public LineIndex(string file, IReadOnlyList<SourceLine> lines)
        {
            _file = file;
            _lines = lines;
        }

        /// <summary>The line found last: readers ask in text order, so the answer is nearly always it or the next line.</summary>
        private int _last;

        /// <summary>The line holding <paramref name="offset"/>; an offset in a line break belongs to the line it ends.</summary>
        public SourceLine LineAt(int offset)
        {
            if (_lines.Count == 0) return new SourceLine(_file, 1, 0, "");
            for (var at = _last; at < _lines.Count && at <= _last + 1; at++)
            {
                if (_lines[at].Start <= offset && (at + 1 == _lines.Count || _lines[at + 1].Start > offset))
                {
                    _last = at;
                    return _lines[at];
                }
            }

            int low = 0, high = _lines.Count - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (_lines[mid].Start <= offset) low = mid;
                else high = mid - 1;
            }

            _last = low;
            return _lines[low];
        }

        /// <summary>The span of <paramref name="length"/> characters at <paramref name="offset"/>, cut at the end of its line.</summary>
        public SourceSpan Span(int offset, int length)
        {
            var line = LineAt(offset);
            var column = offset - line.Start;
            if (column < 0) column = 0;
            var onLine = System.Math.Max(0, System.Math.Min(length, line.Text.Length - column));
            return new SourceSpan(_file, line.Number, column + 1, line.Start + column, onLine);
        }

        /// <summary>A cell whose text was read (unquoted, unescaped) from the source at <paramref name="offset"/>.</summary>
        public TextCell Cell(string text, int offset, int length) => new(text, Span(offset, length));
    }
}
