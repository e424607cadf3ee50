using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Text
{
    /// <summary>Reads one data file in whichever format it is written: the Text stage's entry point.</summary>
    internal static class DocumentReader
    {
        /// <summary>
        /// The largest file read, in characters (4 Mi, about 40,000 table rows): past it the file is reported as NKG2006
        /// instead of tying up the compiler.
        /// </summary>
        public const int MaxFileLength = 4 * 1024 * 1024;

        public static DataDocument Read(string file, string text, CancellationToken cancellationToken = default) =>
            Read(file, text, null, cancellationToken);

        /// <summary>Reads <paramref name="text"/> in <paramref name="format"/>, or, when that is null, the format <see cref="FormatChoice"/> picks.</summary>
        public static DataDocument Read(string file, string text, TextDialect? format, CancellationToken cancellationToken)
        {
            var parts = new DocumentParts(file);
            if (text.Length > MaxFileLength)
            {
                parts.Problems.Add(new DataProblem(
                    ProblemKind.FileTooLarge,
                    SourceSpan.StartOf(file),
                    // Invariant: the message is part of the cached pipeline data and must not change with the build machine's culture.
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} has {1:N0} characters, more than the {2:N0} NkGen reads; the file was skipped",
                        SourceSpan.FileNameOf(file),
                        text.Length,
                        MaxFileLength)));
                return parts.Build(format ?? TextDialect.Wiki);
            }

            // Lines are split only for the readers that read line by line: CSV and JSON scan the text itself, and a large
            // export split into lines first was as much garbage as its cells.
            List<SourceLine>? split = null;
            List<SourceLine> Lines() => split ??= LineSplitter.Split(file, text);
            var chosen = FormatChoice.ByName(file, format) ?? FormatChoice.ByContent(file, Lines());
            switch (chosen)
            {
                case TextDialect.Guide: new GuideReader(Lines(), parts).ReadAll(cancellationToken); break;
                case TextDialect.Markdown: new MarkdownReader(Lines(), parts).ReadAll(cancellationToken); break;
                case TextDialect.Csv: CsvReader.Read(text, parts, cancellationToken); break;
                case TextDialect.Tsv: TsvReader.Read(text, Lines(), parts, cancellationToken); break;
                case TextDialect.MediaWiki: new MediaWikiReader(Lines(), parts).ReadAll(cancellationToken); break;
                case TextDialect.Json: JsonReader.Read(text, parts, cancellationToken); break;
                default: new WikiReader(Lines(), parts).ReadAll(cancellationToken); break;
            }

            return parts.Build(chosen);
        }
    }
}
