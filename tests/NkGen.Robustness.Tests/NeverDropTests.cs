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
        private static readonly Regex Member = new(@"public static readonly global::NkGen\.City \S+ = new", RegexOptions.CultureInvariant);

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
    }
}
