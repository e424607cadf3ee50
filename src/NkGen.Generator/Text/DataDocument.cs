using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// One data file as the readers see it: neutral blocks of cells, each with its place in the file.
    /// Readers decide nothing about cities or provinces; that is the Tables stage's job.
    /// </summary>
    internal sealed record DataDocument(
        string File,
        TextDialect Dialect,
        TextCell? Title,
        EquatableArray<DocumentField> Fields,
        EquatableArray<NamedBlock> Blocks,
        EquatableArray<TextTable> Tables,
        EquatableArray<Note> Notes,
        EquatableArray<DataProblem> Problems);

    /// <summary>
    /// The formats NkGen reads: the two dialects the seed documents are written in, and the formats other sources export.
    /// <see cref="FormatChoice"/> picks one per file.
    /// </summary>
    internal enum TextDialect
    {
        /// <summary>Front matter, [FACTBOX], [SECTION], **Name** blocks and [TABLE] with a separator row.</summary>
        Guide,

        /// <summary><c>= Title =</c> headings, pipe tables whose first row is the header, <c>- Key: value</c> bullets.</summary>
        Wiki,

        /// <summary>RFC 4180 comma-separated values (or <c>;</c>-separated, as European spreadsheets write them).</summary>
        Csv,

        /// <summary>Tab-separated values, including a table selected in a browser and pasted.</summary>
        Tsv,

        /// <summary>GitHub-flavoured Markdown pipe tables (with a delimiter row) under <c>#</c> headings.</summary>
        Markdown,

        /// <summary>MediaWiki table source: <c>{|</c> … <c>|}</c>.</summary>
        MediaWiki,

        /// <summary>A JSON array of objects, or an object holding such arrays.</summary>
        Json,
    }

    /// <summary>Where a key: value line came from.</summary>
    internal enum FieldOrigin
    {
        FrontMatter,
        Factbox,
        Infobox,
        Block,
    }

    /// <summary>Trimmed text as written (markup kept), and where it is.</summary>
    internal readonly record struct TextCell(string Text, SourceSpan Span);

    /// <summary>A <c>key: value</c> line: YAML front matter, a FACTBOX line, a wiki infobox bullet or a block line.</summary>
    internal sealed record DocumentField(TextCell Key, TextCell Value, FieldOrigin Origin, string? Section);

    /// <summary>A guide block: <c>**Name** (figure)</c> followed by <c>Key: value</c> lines.</summary>
    internal sealed record NamedBlock(TextCell Name, TextCell? Figure, EquatableArray<DocumentField> Fields, string? Section);

    /// <summary>One table row; <see cref="Span"/> covers the whole line.</summary>
    internal sealed record TextRow(EquatableArray<TextCell> Cells, SourceSpan Span);

    /// <summary>
    /// A pipe table. <see cref="HeaderRows"/> holds one row, or more when a header continues on the next lines
    /// (a wiki table with a multi-row header); separator rows are dropped.
    /// </summary>
    internal sealed record TextTable(EquatableArray<TextRow> HeaderRows, EquatableArray<TextRow> Rows, SourceSpan Span, string? Section);

    /// <summary>A bullet or note line that is not a key: value field (e.g. "All population figures come from the 2008 census").</summary>
    internal sealed record Note(TextCell Text, string? Section);
}
