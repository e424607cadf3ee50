using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NkGen.Generator.Diagnostics;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// "Never drop" in every format users bring: the same random city rows written as CSV, TSV, GitHub Markdown,
    /// MediaWiki source and JSON; each row becomes a city, or a warning located in the file says why not.
    /// </summary>
    public sealed class NeverDropFormatsTests
    {
        internal enum RowKind
        {
            Normal,
            EmptyName,
            Placeholder,
            Duplicate,
        }

        internal sealed record CityRowSpec(RowKind Kind, string Name);

        private static readonly Gen<string> Word = Gen.Frequency(
                (8, Gen.Char['a', 'z']),
                (1, Gen.OneOf('Ŭ', 'ŏ', 'é', ' ', '\'', '.', '"', ',', ';')))
            .Array[2, 10].Select(cs => new string(cs).Trim(' ', '\'', '.', '"', ',', ';'));

        /// <summary>Rows whose names are distinct by construction (a row number ends each), plus deliberate duplicates.</summary>
        private static readonly Gen<List<CityRowSpec>> Rows =
            Gen.Select(
                    Gen.Frequency((8, Gen.Const(RowKind.Normal)), (1, Gen.Const(RowKind.EmptyName)), (1, Gen.Const(RowKind.Placeholder)), (2, Gen.Const(RowKind.Duplicate))),
                    Word)
                .List[1, 30]
                .Select(specs =>
                {
                    var rows = new List<CityRowSpec>();
                    for (var i = 0; i < specs.Count; i++)
                    {
                        var (kind, word) = specs[i];
                        var normals = rows.Where(r => r.Kind == RowKind.Normal).ToList();
                        rows.Add(kind switch
                        {
                            RowKind.Normal => new CityRowSpec(kind, "Z" + (word.Length == 0 ? "x" : word) + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            RowKind.EmptyName => new CityRowSpec(kind, ""),
                            RowKind.Placeholder => new CityRowSpec(kind, "n/a"),
                            RowKind.Duplicate when normals.Count > 0 => new CityRowSpec(kind, normals[word.Length % normals.Count].Name),
                            _ => new CityRowSpec(RowKind.Normal, "Zdup " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        });
                    }

                    return rows;
                });

        public static TheoryData<string> Formats() => new() { "csv", "tsv", "md", "wiki", "json" };

        private static string Write(string format, IReadOnlyList<CityRowSpec> rows)
        {
            var text = new StringBuilder();
            switch (format)
            {
                case "csv":
                    text.Append("City,Province,Population\n");
                    foreach (var row in rows) text.Append('"').Append(row.Name.Replace("\"", "\"\"")).Append("\",Chagang,\"1,000\"\n");
                    break;
                case "tsv":
                    text.Append("City\tProvince\tPopulation\n");
                    foreach (var row in rows) text.Append(row.Name).Append("\tChagang\t1000\n");
                    break;
                case "md":
                    text.Append("# Cities\n\nCity | Province | Population\n--- | --- | ---:\n");
                    // Rows with outer pipes: without them, a row whose first cell is empty would start with its separator.
                    foreach (var row in rows) text.Append("| ").Append(row.Name).Append(" | Chagang | 1,000 |\n");
                    break;
                case "wiki":
                    text.Append("{| class=\"wikitable sortable\"\n|+ Cities\n! City !! Province !! Population\n");
                    foreach (var row in rows) text.Append("|-\n| ").Append(row.Name).Append(" || [[Chagang Province|Chagang]] || {{formatnum:1000}}\n");
                    text.Append("|}\n");
                    break;
                default:
                    text.Append("[\n");
                    text.Append(string.Join(",\n", rows.Select(r => "  {\"City\": \"" + r.Name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\", \"Province\": \"Chagang\", \"Population\": 1000}")));
                    text.Append("\n]\n");
                    break;
            }

            return text.ToString();
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void Rows_in_equal_cities_out_plus_located_warnings_in_every_format(string format)
        {
            FuzzRun.Check(Rows, rows =>
            {
                var path = "/data/cities." + format;
                var run = PureStages.Run(new[] { (path, Write(format, rows)) });
                var normals = rows.Count(r => r.Kind == RowKind.Normal);
                var dropped = rows.Count - normals;
                var reported = run.Problems.Where(p => p.Kind is ProblemKind.MalformedRow or ProblemKind.DuplicateEntity).ToList();

                Assert.Equal(normals, run.Model.Cities.Count);
                Assert.Equal(dropped, reported.Count);
                Assert.All(reported, p => Assert.True(p.Span.File == path && p.Span.Line > 1, $"{p.Kind} at {p.Span}: {p.Message}"));
                Assert.DoesNotContain(run.Problems, p => p.Kind is ProblemKind.InternalError or ProblemKind.NoTableRead or ProblemKind.UnreadableValue);
            }, FuzzRun.Iterations(300), rows => string.Join(" / ", rows.Select(r => $"{r.Kind}:{Mutation.Escape(r.Name)}")));
        }
    }
}
