using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tests.Tables
{
    /// <summary>
    /// Builds Text-stage output by hand, so the Tables stage is tested without the readers, and reads text through
    /// both stages when a test is clearer written as the table itself.
    /// </summary>
    internal static class Documents
    {
        public const string File = "hand.txt";

        /// <summary>A cell at <paramref name="line"/>:<paramref name="column"/>; offsets are made up but distinct per line.</summary>
        public static TextCell Cell(string text, int line, int column = 1) => new(text, new SourceSpan(File, line, column, (line * 1000) + column - 1, text.Length));

        /// <summary>A row written <c>| a | b |</c> at <paramref name="line"/>, each cell at the column it would have.</summary>
        public static TextRow Row(int line, params string[] cells)
        {
            var column = 3;
            var list = new List<TextCell>();
            foreach (var text in cells)
            {
                list.Add(Cell(text, line, column));
                column += text.Length + 3;
            }

            return new TextRow(list.ToEquatableArray(), new SourceSpan(File, line, 1, line * 1000, column - 2));
        }

        /// <summary>A table whose header is at <paramref name="line"/> and whose rows follow it line by line.</summary>
        public static TextTable Table(int line, string[] header, params string[][] rows) => new(
            new[] { Row(line, header) }.ToEquatableArray(),
            rows.Select((cells, i) => Row(line + 1 + i, cells)).ToEquatableArray(),
            new SourceSpan(File, line, 1, line * 1000, 1),
            null);

        public static DocumentField Field(string key, string value, int line, FieldOrigin origin = FieldOrigin.Factbox) =>
            new(Cell(key, line), Cell(value, line, key.Length + 3), origin, null);

        public static NamedBlock Block(string name, string? figure, int line, params (string Key, string Value)[] fields) => new(
            Cell(name, line, 3),
            figure is null ? null : Cell(figure, line, name.Length + 7),
            fields.Select((f, i) => Field(f.Key, f.Value, line + 1 + i, FieldOrigin.Block)).ToEquatableArray(),
            null);

        public static Note Note(string text, int line) => new(Cell(text, line, 3), null);

        public static DataDocument Document(
            TextTable[]? tables = null,
            DocumentField[]? fields = null,
            NamedBlock[]? blocks = null,
            Note[]? notes = null,
            string? title = null) => new(
            File,
            TextDialect.Wiki,
            title is null ? null : Cell(title, 1, 3),
            (fields ?? new DocumentField[0]).ToEquatableArray(),
            (blocks ?? new NamedBlock[0]).ToEquatableArray(),
            (tables ?? new TextTable[0]).ToEquatableArray(),
            (notes ?? new Note[0]).ToEquatableArray(),
            EquatableArray<DataProblem>.Empty);

        public static TableReading Read(DataDocument document) => TableReader.Read(document);

        /// <summary>Text through both stages, as the generator reads a file.</summary>
        public static TableReading Read(string text, string file = "t.txt") => TableReader.Read(DocumentReader.Read(file, text));

        /// <summary>The problems about the file's parts, without the file-level NKG2009 a file that gives no row also gets.</summary>
        public static IReadOnlyList<DataProblem> PartProblems(this TableReading reading) => reading.Problems.Where(p => p.Kind != ProblemKind.NoTableRead).ToList();

        public static CityRow City(this TableReading reading, string name) => reading.Cities.Single(c => c.Name == name);

        public static FactView? Get(this CityRow row, CityField field) => row.Facts.Where(f => f.Field == field).Select(f => new FactView(f)).SingleOrDefault();

        public static PopulationFigure Population(this CityRow row) => ((PopulationValue)row.Get(CityField.Population)!.Value).Figure;

        public static Measure Area(this CityRow row) => ((MeasureValue)row.Get(CityField.Area)!.Value).Measure;

        public static CityStatus Status(this CityRow row) => ((StatusValue)row.Get(CityField.Status)!.Value).Status;

        public static string Text(this CityRow row, CityField field) => ((TextValue)row.Get(field)!.Value).Text;
    }

    /// <summary>A row's fact as tests read it: an object, so that a fact the row lacks is null (<see cref="CityFact"/> is a struct).</summary>
    internal sealed record FactView(CityField Field, FactValue Value, SourceSpan Span, FactAuthority Authority)
    {
        public FactView(CityFact fact) : this(fact.Field, fact.Value, fact.Span, fact.Authority)
        {
        }

        public static FactView? Of(CityFact? fact) => fact is { } read ? new FactView(read) : null;
    }
}
