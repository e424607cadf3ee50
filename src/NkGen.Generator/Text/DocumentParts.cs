using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Text
{
    /// <summary>What a reader has collected so far; <see cref="Build"/> freezes it into a <see cref="DataDocument"/>.</summary>
    internal sealed class DocumentParts
    {
        public DocumentParts(string file) => File = file;

        public string File { get; }

        public TextCell? Title { get; set; }

        public string? Section { get; set; }

        public List<DocumentField> Fields { get; } = new();

        public List<NamedBlock> Blocks { get; } = new();

        public List<TextTable> Tables { get; } = new();

        public List<Note> Notes { get; } = new();

        public List<DataProblem> Problems { get; } = new();

        public void Malformed(SourceSpan at, string message) => Problems.Add(new DataProblem(ProblemKind.MalformedRow, at, message));

        public DataDocument Build(TextDialect dialect) => new(
            File,
            dialect,
            Title,
            Fields.ToEquatableArray(),
            Blocks.ToEquatableArray(),
            Tables.ToEquatableArray(),
            Notes.ToEquatableArray(),
            Problems.ToEquatableArray());
    }
}
