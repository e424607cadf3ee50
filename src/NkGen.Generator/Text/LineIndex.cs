using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// The line and column of a character offset, for the readers that scan the whole text rather than line by line
    /// (CSV, TSV, JSON): their fields and values may run across line breaks, but a span never crosses a line. Lines are
    /// numbered as <see cref="LineSplitter"/> splits them (LF, CRLF or CR; a leading byte order mark is no part of line
    /// 1), but only their start offsets are kept: a CSV export needs no copy of each line's text, which was as much
    /// garbage as the cells themselves.
    /// </summary>
    internal sealed class LineIndex
    {
        private static readonly char[] Breaks = { '\r', '\n' };

        private readonly string _file;
        private readonly string _text;
        private readonly int[] _starts;

        /// <summary>The line found last: readers ask in text order, so the answer is nearly always it or the next line.</summary>
        private int _last;

        public LineIndex(string file, string text)
        {
            _file = file;
            _text = text;
            _starts = Starts(text);
        }

        /// <summary>How many lines the text has (a final line break starts no line).</summary>
        public int Count => _starts.Length;

        /// <summary>The offset of the 0-based line <paramref name="line"/>.</summary>
        public int StartOf(int line) => _starts[line];

        /// <summary>The offset just past the text of the 0-based line <paramref name="line"/>, before its line break.</summary>
        public int EndOf(int line)
        {
            var start = _starts[line];
            var end = line + 1 < _starts.Length ? _starts[line + 1] : _text.Length;
            if (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
            {
                end--;
                if (_text[end] == '\n' && end > start && _text[end - 1] == '\r') end--;
            }

            return end;
        }

        /// <summary>The text of the 0-based line <paramref name="line"/>, without its line break.</summary>
        public string TextOf(int line) => _text.Substring(_starts[line], EndOf(line) - _starts[line]);

        /// <summary>Whether the 0-based line <paramref name="line"/> holds only blank characters.</summary>
        public bool IsBlank(int line)
        {
            var end = EndOf(line);
            for (var i = _starts[line]; i < end; i++)
            {
                if (!Blank.Is(_text[i])) return false;
            }

            return true;
        }

        /// <summary>The 1-based number of the line holding <paramref name="offset"/>.</summary>
        public int NumberAt(int offset) => _starts.Length == 0 ? 1 : LineAt(offset) + 1;

        /// <summary>The whole line holding <paramref name="offset"/>, as a span (a row's span).</summary>
        public SourceSpan LineSpanAt(int offset)
        {
            if (_starts.Length == 0) return new SourceSpan(_file, 1, 1, 0, 0);
            var line = LineAt(offset);
            return new SourceSpan(_file, line + 1, 1, _starts[line], EndOf(line) - _starts[line]);
        }

        /// <summary>The span of <paramref name="length"/> characters at <paramref name="offset"/>, cut at the end of its line.</summary>
        public SourceSpan Span(int offset, int length)
        {
            int number, start, lineLength;
            if (_starts.Length == 0)
            {
                number = 1;
                start = 0;
                lineLength = 0;
            }
            else
            {
                var line = LineAt(offset);
                number = line + 1;
                start = _starts[line];
                lineLength = EndOf(line) - start;
            }

            var column = offset - start;
            if (column < 0) column = 0;
            var onLine = System.Math.Max(0, System.Math.Min(length, lineLength - column));
            return new SourceSpan(_file, number, column + 1, start + column, onLine);
        }

        /// <summary>A cell whose text was read (unquoted, unescaped) from the source at <paramref name="offset"/>.</summary>
        public TextCell Cell(string text, int offset, int length) => new(text, Span(offset, length));

        /// <summary>
        /// The start of every line, in two passes (count, then fill) so that the array is allocated once at its size; a
        /// file of 30,000 lines would otherwise grow it through several large-object-heap copies.
        /// </summary>
        public static int[] Starts(string text)
        {
            var first = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var count = 0;
            for (var at = first; at < text.Length; at = NextStart(text, at)) count++;
            var starts = new int[count];
            count = 0;
            for (var at = first; at < text.Length; at = NextStart(text, at)) starts[count++] = at;
            return starts;
        }

        /// <summary>The start of the line after the one at <paramref name="at"/>; the text's length when there is none.</summary>
        private static int NextStart(string text, int at)
        {
            var end = text.IndexOfAny(Breaks, at);
            if (end < 0) return text.Length;
            return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        /// <summary>The 0-based line holding <paramref name="offset"/>; an offset in a line break belongs to the line it ends.</summary>
        private int LineAt(int offset)
        {
            for (var at = _last; at < _starts.Length && at <= _last + 1; at++)
            {
                if (_starts[at] <= offset && (at + 1 == _starts.Length || _starts[at + 1] > offset))
                {
                    _last = at;
                    return at;
                }
            }

            int low = 0, high = _starts.Length - 1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (_starts[mid] <= offset) low = mid;
                else high = mid - 1;
            }

            _last = low;
            return low;
        }
    }
}
