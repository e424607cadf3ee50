using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>Issue 7, "never drop": every data row of a table becomes a member, or a warning located at that row says why not.</summary>
    public sealed class NeverDropTests
    {
        private const string Header = "| City | Province | Population |\n| --- | --- | --- |\n";
        private static readonly Regex Member = new(@"public static global::NkGen\.City \S+ => __nkgenTable\[", RegexOptions.CultureInvariant);

        internal enum RowKind
        {
            Normal,
            Ragged,
            EmptyName,
            Placeholder,
            Duplicate,
        }

        internal sealed record TableRow(RowKind Kind, string Name, int Cells)
        {
            public string Text(IReadOnlyList<TableRow> earlier) => Kind switch
            {
                RowKind.Ragged => "| " + string.Join(" | ", new[] { Name, "Chagang", "1,000", "x", "y", "z" }.Take(Cells)) + " |",
                RowKind.EmptyName => "|  | Chagang | 1,000 |",
                RowKind.Placeholder => "| n/a | Chagang | 1,000 |",
                RowKind.Duplicate when earlier.Count > 0 => $"| {earlier[Cells % earlier.Count].Name} | Chagang | 2,000 |",
                _ => $"| {Name} | Chagang | 1,000 |",
            };
        }

        private static readonly Gen<string> Name = Gen.Frequency(
                (6, Gen.Char.AlphaNumeric),
                (1, Gen.OneOf(' ', '\'', '.', '(', ')', 'Ŭ', 'ŏ', '평', '"', '\\', '<', '&', '*', '/', '#', '{', '@')),
                (1, Gen.OneOf(HostileText.Bidi.Concat(HostileText.LoneSurrogates).ToArray())))
            .Array[1, 12].Select(cs => new string(cs).Trim());

        private static readonly Gen<TableRow> Row = Gen.Select(
            Gen.Frequency((8, Gen.Const(RowKind.Normal)), (2, Gen.Const(RowKind.Ragged)), (1, Gen.Const(RowKind.EmptyName)),
                (1, Gen.Const(RowKind.Placeholder)), (2, Gen.Const(RowKind.Duplicate))),
            Name,
            Gen.Int[1, 6],
            (kind, name, cells) => new TableRow(kind, name.Length == 0 ? "x" : name, kind == RowKind.Ragged && cells == 3 ? 4 : cells));

        private static string Table(List<TableRow> rows, out List<string> lines)
        {
            lines = new List<string>();
            for (var i = 0; i < rows.Count; i++) lines.Add(rows[i].Text(rows.Take(i).Where(r => r.Kind == RowKind.Normal).ToList()));
            return "= Cities =\n\n" + Header + string.Join("\n", lines) + "\n";
        }

        /// <summary>The line of row <paramref name="i"/>: a title, a blank line, the header and the separator come first.</summary>
        private static int LineOf(int i) => i + 5;

        [Fact]
        public void Rows_in_equal_members_out_plus_located_warnings()
        {
            FuzzRun.Check(Row.List[1, 40], rows =>
            {
                var text = Table(rows, out _);
                var run = PureStages.Run(new[] { ("/data/rows.md", text) });
                var members = Member.Matches(run.Sources["Cities.g.cs"]).Count;
                var memberLines = run.Model.Cities.SelectMany(c => c.NameSources).Select(s => s.Line).ToHashSet();
                var warned = run.Problems.Where(p => p.Kind is ProblemKind.MalformedRow or ProblemKind.DuplicateEntity).Select(p => p.Span.Line).ToHashSet();

                var dropped = 0;
                for (var i = 0; i < rows.Count; i++)
                {
                    var line = LineOf(i);
                    if (memberLines.Contains(line)) continue;
                    Assert.True(warned.Contains(line), $"row {i} (line {line}, {rows[i].Kind}) was dropped without a warning at its line");
                    dropped++;
                }

                Assert.Equal(rows.Count, members + dropped);
                Assert.Equal(members, run.Model.Cities.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i].Kind == RowKind.Ragged) Assert.Contains(LineOf(i), warned);
                }
            }, FuzzRun.Iterations(2_000), rows => string.Join(" / ", rows.Select(r => $"{r.Kind}:{Mutation.Escape(r.Name)}:{r.Cells}")));
        }

        [Fact]
        public void The_driver_locates_each_dropped_row_at_its_line()
        {
            var rows = new List<TableRow>
            {
                new(RowKind.Normal, "Alpha", 3), new(RowKind.Ragged, "Beta", 2), new(RowKind.EmptyName, "", 3), new(RowKind.Placeholder, "", 3),
                new(RowKind.Normal, "Gamma", 3), new(RowKind.Duplicate, "", 0), new(RowKind.Ragged, "Delta", 5),
            };
            var text = Table(rows, out _);
            var result = new GeneratorHarness().Property("NkGenIncludeDefaultData", "false").DataFile("/data/rows.md", text).Run();
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
            var located = result.GeneratorDiagnostics.Where(d => d.Id is "NKG2002" or "NKG2004")
                .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().Path)).ToList();
            Assert.All(located, l => Assert.Equal("/data/rows.md", l.Path));
            Assert.Equal(new[] { ("NKG2002", LineOf(1)), ("NKG2002", LineOf(2)), ("NKG2002", LineOf(3)), ("NKG2004", LineOf(5)), ("NKG2002", LineOf(6)) },
                located.Select(l => (l.Id, l.Line)).OrderBy(l => l.Line).ToArray());
            var generated = new Generated(result.Load());
            Assert.Equal(new[] { "Alpha", "Beta", "Delta", "Gamma" }, generated.Cities.Select(c => c.Name));
        }

        /// <summary>The shapes of table (and guide blocks) the second property writes, each with its own header and row syntax.</summary>
        internal enum Shape
        {
            Cities,
            GermanCities,
            Provinces,
            ProvincesByContent,
            Classification,
            Counts,
            GuideBlocks,
        }

        internal enum Entry
        {
            Normal,
            Ragged,
            EmptyName,
            Placeholder,
            Duplicate,
            Total,
            Unreadable,
        }

        internal sealed record ShapedTable(Shape Shape, List<(Entry Kind, string Name)> Rows);

        private static readonly Gen<string> PlainName = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"].Array[2, 8].Select(cs => "Q" + new string(cs));

        private static Gen<Entry> EntriesOf(Shape shape) => shape switch
        {
            Shape.Counts => Gen.Frequency((8, Gen.Const(Entry.Normal)), (2, Gen.Const(Entry.Ragged))),
            Shape.GuideBlocks => Gen.Frequency((8, Gen.Const(Entry.Normal)), (2, Gen.Const(Entry.Placeholder))),
            Shape.Classification => Gen.Frequency((8, Gen.Const(Entry.Normal)), (2, Gen.Const(Entry.Ragged)), (2, Gen.Const(Entry.Unreadable)), (1, Gen.Const(Entry.Placeholder))),
            _ => Gen.Frequency((8, Gen.Const(Entry.Normal)), (2, Gen.Const(Entry.Ragged)), (1, Gen.Const(Entry.EmptyName)), (1, Gen.Const(Entry.Placeholder)), (2, Gen.Const(Entry.Duplicate)), (1, Gen.Const(Entry.Total))),
        };

        private static readonly Gen<ShapedTable> ShapedTables = Gen.Enum<Shape>().SelectMany(shape =>
            Gen.Select(EntriesOf(shape), PlainName).List[1, 25].Select(rows => new ShapedTable(shape, rows)));

        /// <summary>The file for one shaped table; <paramref name="rowLines"/> gets the line of each data row.</summary>
        internal static string Write(ShapedTable table, out List<int> rowLines)
        {
            var lines = new List<string>();
            var header = table.Shape switch
            {
                Shape.Cities => new[] { "= Cities =", "", "| City | Province | Population |" },
                Shape.GermanCities => new[] { "= Städte =", "", "| Stadt | Provinz | Einwohner Zensus 2008 |" },
                Shape.Provinces => new[] { "= Regions =", "", "| Region | Character | Known For | Major City |" },
                Shape.ProvincesByContent => new[] { "= Provinces =", "", "| Province | Capital | Population |" },
                Shape.Classification => new[] { "= Special cities =", "", "| Type | City names | Number of cities |" },
                Shape.Counts => new[] { "= Counts =", "", "| Name | Korean | No. |" },
                _ => new[] { "---", "title: \"Guide\"", "---", "", "[SECTION] Major Cities [/SECTION]" },
            };
            lines.AddRange(header);
            rowLines = new List<int>();
            var earlier = new List<string>();
            foreach (var (kind, name) in table.Rows)
            {
                rowLines.Add(lines.Count + 1);
                lines.Add(RowText(table.Shape, kind, name, earlier));
                if (table.Shape == Shape.GuideBlocks) lines.Add("Role: port city");
                if (kind == Entry.Normal) earlier.Add(name);
            }

            return string.Join("\n", lines) + "\n";
        }

        private static string RowText(Shape shape, Entry kind, string name, List<string> earlier)
        {
            var shown = kind switch
            {
                Entry.EmptyName => "",
                Entry.Placeholder => "n/a",
                Entry.Duplicate when earlier.Count > 0 => earlier[name.Length % earlier.Count],
                Entry.Total => "Total",
                _ => name,
            };
            var extra = kind == Entry.Ragged ? " extra |" : "";
            return shape switch
            {
                Shape.Cities => $"| {shown} | Chagang | 1,000 |{extra}",
                Shape.GermanCities => $"| {shown} | Chagang | 240.117 |{extra}",
                Shape.Provinces => $"| {shown} | rural | mining | Kanggye |{extra}",
                Shape.ProvincesByContent => $"| {(shown.Length == 0 || shown is "n/a" or "Total" ? shown : shown + "-do")} | Kanggye | 1,000 |{extra}",
                Shape.Classification => kind switch
                {
                    Entry.Unreadable => $"| county | {name} | 1 |",
                    Entry.Placeholder => "| special city | None | 0 |",
                    _ => $"| special city | {name}, {name}b | 2 |{extra}",
                },
                Shape.Counts => $"| | special city | 3 |{extra}",
                _ => $"**{shown}** (1,000)",
            };
        }

        /// <summary>
        /// Rows in = rows out + rows reported, for every kind of table NkGen reads and for guide blocks, in English and German:
        /// each data row's line is a city or province of the model, or a count claim, or carries a problem that says why not.
        /// </summary>
        [Fact]
        public void Every_shape_of_table_accounts_for_every_row()
        {
            FuzzRun.Check(ShapedTables.List[1, 4], tables =>
            {
                var files = tables.Select((t, i) => (Path: $"/data/t{i}.md", Text: Write(t, out _))).ToList();
                var readings = files.Select(f => PureStages.Read(f.Path, f.Text)).ToList();
                var run = PureStages.Run(readings);
                for (var i = 0; i < tables.Count; i++)
                {
                    Write(tables[i], out var rowLines);
                    var path = files[i].Path;
                    var reading = readings[i].Reading;
                    var expectedKept = tables[i].Rows.Count(row => row.Kind is Entry.Normal or Entry.Ragged);
                    if (reading.Problems.Any(p => p.Kind is ProblemKind.UnrecognizedTable))
                    {
                        // Only a provinces table without one province value is not known for one; it is reported as a whole.
                        Assert.Equal((Shape.ProvincesByContent, 0), (tables[i].Shape, expectedKept));
                        continue;
                    }

                    var members = run.Model.Cities.SelectMany(c => c.NameSources).Concat(run.Model.Provinces.SelectMany(p => p.NameSources))
                        .Concat(reading.Counts.Select(c => c.Span))
                        .Where(s => s.File == path).Select(s => s.Line).ToHashSet();
                    var reported = reading.Problems.Where(p => p.Kind is ProblemKind.MalformedRow or ProblemKind.DuplicateEntity or ProblemKind.TotalRow or ProblemKind.UnreadableValue)
                        .Select(p => p.Span.Line).ToHashSet();
                    var entities = 0;
                    var dropped = 0;
                    for (var r = 0; r < rowLines.Count; r++)
                    {
                        var line = rowLines[r];
                        if (members.Contains(line))
                        {
                            entities++;
                            continue;
                        }

                        Assert.True(reported.Contains(line), $"{tables[i].Shape} row {r} (line {line}, {tables[i].Rows[r].Kind}) was dropped without a problem at its line");
                        dropped++;
                    }

                    Assert.Equal(rowLines.Count, entities + dropped);
                    Assert.Equal(entities == 0, reading.Problems.Any(p => p.Kind == ProblemKind.NoTableRead));
                    Assert.True(entities >= expectedKept, $"{tables[i].Shape}: {expectedKept} readable rows but only {entities} became members");
                }
            }, FuzzRun.Iterations(500), tables => string.Join(" // ", tables.Select(t => t.Shape + ": " + string.Join(" / ", t.Rows.Select(r => $"{r.Kind}:{r.Name}")))));
        }

        [Fact]
        public void The_table_shapes_are_what_they_say()
        {
            foreach (var shape in System.Enum.GetValues<Shape>())
            {
                var table = new ShapedTable(shape, new List<(Entry, string)> { (Entry.Normal, "Qalpha"), (Entry.Normal, "Qbeta") });
                var reading = PureStages.Read("/data/s.md", Write(table, out var lines)).Reading;

                Assert.DoesNotContain(reading.Problems, p => p.Kind is ProblemKind.UnrecognizedTable or ProblemKind.NoTableRead or ProblemKind.MalformedRow);
                var expected = shape switch
                {
                    Shape.Provinces or Shape.ProvincesByContent => reading.Provinces.Select(p => p.NameSpan.Line),
                    Shape.Counts => reading.Counts.Select(c => c.Span.Line),
                    _ => reading.Cities.Select(c => c.NameSpan.Line),
                };
                Assert.Equal(lines, expected.Distinct().ToList());
            }
        }
    }
}
