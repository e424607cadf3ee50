using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>One line of a data file without its terminator: its 1-based number and 0-based offset in the file.</summary>
    internal readonly struct SourceLine
    {
        public SourceLine(string file, int number, int start, string text)
        {
            File = file;
            Number = number;
            Start = start;
            Text = text;
        }

        public string File { get; }

        public int Number { get; }

        public int Start { get; }

        public string Text { get; }

        public bool IsBlank => Blank.IsAll(Text);

        /// <summary>The text at [<paramref name="from"/>, <paramref name="from"/>+<paramref name="length"/>) of this line, trimmed, with its span.</summary>
        public TextCell Cell(int from, int length)
        {
            var end = from + length;
            while (from < end && Blank.Is(Text[from])) from++;
            while (end > from && Blank.Is(Text[end - 1])) end--;
            return new TextCell(Text.Substring(from, end - from), new SourceSpan(File, Number, from + 1, Start + from, end - from));
        }

        /// <summary>The whole line, trimmed.</summary>
        public TextCell Whole() => Cell(0, Text.Length);

        public SourceSpan Span => new(File, Number, 1, Start, Text.Length);
    }
}
