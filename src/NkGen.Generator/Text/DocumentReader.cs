using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Text
{
    /// <summary>Reads one data file in whichever dialect it is written: the Text stage's entry point.</summary>
    internal static class DocumentReader
    {
        /// <summary>
        /// The largest file read, in characters (4 Mi, about 40,000 table rows): past it the file is reported as NKG2006
        /// instead of tying up the compiler.
        /// </summary>
        public const int MaxFileLength = 4 * 1024 * 1024;

        private static readonly Regex GuideMarker = new(@"^\s*(\[(FACTBOX|TABLE|SECTION)\]|\*\*[^*]+\*\*\s*(\([^)]*\)\s*)?$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static DataDocument Read(string file, string text, CancellationToken cancellationToken = default)
        {
            var parts = new DocumentParts(file);
            if (text.Length > MaxFileLength)
            {
                parts.Problems.Add(new DataProblem(
                    ProblemKind.FileTooLarge,
                    new SourceSpan(file, 1, 1, 0, 0),
                    // Invariant: the message is part of the cached pipeline data and must not change with the build machine's culture.
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "{0} has {1:N0} characters, more than the {2:N0} NkGen reads; the file was skipped",
                        new SourceSpan(file, 1, 1, 0, 0).FileName,
                        text.Length,
                        MaxFileLength)));
                return parts.Build(TextDialect.Wiki);
            }

            var lines = LineSplitter.Split(file, text);
            var dialect = Detect(lines);
            DialectReader reader = dialect == TextDialect.Guide ? new GuideReader(lines, parts) : new WikiReader(lines, parts);
            reader.ReadAll(cancellationToken);
            return parts.Build(dialect);
        }

        /// <summary>Guide documents open with front matter or use bracket markers and bold blocks; anything else is read as wiki.</summary>
        public static TextDialect Detect(IReadOnlyList<SourceLine> lines)
        {
            var sawContent = false;
            foreach (var line in lines)
            {
                if (line.IsBlank) continue;
                if (!sawContent && line.Text.Trim() == "---") return TextDialect.Guide;
                sawContent = true;
                if (GuideMarker.IsMatch(line.Text)) return TextDialect.Guide;
            }

            return TextDialect.Wiki;
        }
    }
}
