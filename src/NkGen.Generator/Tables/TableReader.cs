using System.Linq;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// The Tables stage's entry point: recognizes each table of a document by its header and turns tables, guide blocks
    /// and summary fields into typed rows. A table no kind recognizes is reported (NKG2001), never guessed at; a file
    /// that gives nothing at all is reported as a whole (NKG2009).
    /// </summary>
    internal static class TableReader
    {
        public static TableReading Read(DataDocument document, CancellationToken cancellationToken = default)
        {
            var parts = new ReadingParts(document.File, CensusNote.Find(document), cancellationToken);
            foreach (var field in document.Fields) SummaryFieldReader.Read(field, parts);
            foreach (var block in document.Blocks) BlockReader.Read(block, parts);
            foreach (var written in document.Tables)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var table = GeoNamesDump.Headed(TableShape.WithDataRowsRestored(written), parts);
                switch (TableKinds.Classify(table, out var plan))
                {
                    case TableKind.Cities: CityTableReader.Read(table, parts, plan); break;
                    case TableKind.Provinces: ProvinceTableReader.Read(table, parts); break;
                    case TableKind.Classification: ClassificationTableReader.Read(table, parts); break;
                    case TableKind.Counts: CountTableReader.Read(table, parts); break;
                    default: ReportUnrecognized(table, parts); break;
                }
            }

            // A file too large to read is already reported as such (NKG2006).
            if (parts.Cities.Count == 0 && parts.Provinces.Count == 0 && parts.Counts.Count == 0 && !document.Problems.Any(p => p.Kind == ProblemKind.FileTooLarge))
            {
                ReportNothingRead(document, parts);
            }

            return parts.Build(document.Title is { } title ? Markup.Plain(title.Text) : null);
        }

        private static void ReportNothingRead(DataDocument document, ReadingParts parts)
        {
            const int Shown = 5;
            var tables = document.Tables;
            var found = tables.Count switch
            {
                0 => "it has no table",
                1 => $"its one table has the header '{TableShape.Describe(tables[0])}'",
                _ => $"its {tables.Count} tables have the headers " + string.Join("; ", tables.Take(Shown).Select(t => $"'{TableShape.Describe(t)}'"))
                     + (tables.Count > Shown ? $" and {tables.Count - Shown} more" : ""),
            };
            var file = new SourceSpan(document.File, 1, 1, 0, 0);
            parts.Report(ProblemKind.NoTableRead, file, $"No city, province or count could be read from {file.FileName}: {found}. NkGen reads " + string.Join("; ", TableKinds.Expected));
        }

        private static void ReportUnrecognized(TextTable table, ReadingParts parts)
        {
            parts.Report(ProblemKind.UnrecognizedTable, table.Span,
                $"The table with header '{TableShape.Describe(table)}' is not a kind NkGen reads, so its {table.Rows.Count} rows were not used; "
                + "NkGen reads " + string.Join("; ", TableKinds.Expected));
        }
    }
}
