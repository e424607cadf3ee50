namespace NkGen.Generator.Common
{
    /// <summary>
    /// Where a piece of text sits in a data file: the file path, the 1-based line and column, and the
    /// 0-based character offset and length (what a compiler location needs). A span never crosses a line.
    /// </summary>
    internal sealed record SourceSpan(string File, int Line, int Column, int Start, int Length)
    {
        /// <summary>The file name without its folders, as shown in docs and messages.</summary>
        public string FileName
        {
            get
            {
                var slash = File.LastIndexOfAny(new[] { '/', '\\' });
                return slash < 0 ? File : File.Substring(slash + 1);
            }
        }

        /// <summary>The part of this span from <paramref name="offset"/> characters in, <paramref name="length"/> long (same line).</summary>
        public SourceSpan Slice(int offset, int length) => this with { Column = Column + offset, Start = Start + offset, Length = length };

        /// <summary>Formats as <c>file(line,column)</c>, the way compilers locate messages.</summary>
        public override string ToString() => $"{FileName}({Line},{Column})";
    }
}
