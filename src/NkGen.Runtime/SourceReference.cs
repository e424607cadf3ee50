namespace NkGen
{
    /// <summary>Where a fact came from: a data document and a line in it.</summary>
    public sealed class SourceReference
    {
        /// <summary>Creates a reference.</summary>
        /// <param name="document">The document's title, or its file name when it has none.</param>
        /// <param name="file">The data file's name.</param>
        /// <param name="line">The 1-based line of the fact.</param>
        public SourceReference(string document, string file, int line)
        {
            Document = document;
            File = file;
            Line = line;
        }

        /// <summary>The document's title, or its file name when it has none.</summary>
        public string Document { get; }

        /// <summary>The data file's name.</summary>
        public string File { get; }

        /// <summary>The 1-based line of the fact.</summary>
        public int Line { get; }

        /// <summary>Formats as <c>file(line)</c>.</summary>
        public override string ToString() => File + "(" + Line + ")";
    }
}
