namespace NkGen.Generator.Common
{
    /// <summary>
    /// Where a piece of text sits in a data file: the file path, the 1-based line and column, and the
    /// 0-based character offset and length (what a compiler location needs). A span never crosses a line.
    /// </summary>
    internal readonly record struct SourceSpan(string File, int Line, int Column, int Start, int Length)
    {
        /// <summary>No place in any file: a problem of the project's options, or of NkGen itself (reported without a location).</summary>
        public static SourceSpan None { get; } = new("", 0, 0, 0, 0);

        /// <summary>The start of <paramref name="file"/>: where a problem of the whole file is shown.</summary>
        public static SourceSpan StartOf(string file) => new(file, 1, 1, 0, 0);

        /// <summary>
        /// This span's line only (column 1, no length): what documentation shows of a source, so that moving text
        /// within its line leaves it equal.
        /// </summary>
        public SourceSpan WholeLine() => Column == 1 && Start == 0 && Length == 0 ? this : new(File, Line, 1, 0, 0);

        /// <summary>The file name without its folders, as shown in docs and messages.</summary>
        public string FileName => FileNameOf(File);

        /// <summary>The name of <paramref name="path"/> without its folders, whichever separator it uses.</summary>
        public static string FileNameOf(string path)
        {
            var slash = path.LastIndexOfAny(new[] { '/', '\\' });
            return slash < 0 ? path : path.Substring(slash + 1);
        }

        /// <summary>The part of this span from <paramref name="offset"/> characters in, <paramref name="length"/> long (same line).</summary>
        public SourceSpan Slice(int offset, int length) => this with { Column = Column + offset, Start = Start + offset, Length = length };

        /// <summary>Formats as <c>file(line,column)</c>, the way compilers locate messages.</summary>
        public override string ToString() => $"{FileName}({Line},{Column})";
    }
}
