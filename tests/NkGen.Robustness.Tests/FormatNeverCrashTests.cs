using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// "Never crash" for the formats other sources export: the format fixtures (CSV, TSV, GitHub Markdown, MediaWiki,
    /// JSON), mutated, go through every stage without an exception or NKG2008, and every problem in them is located.
    /// </summary>
    public sealed class FormatNeverCrashTests
    {
        private static readonly PrioritizedReading[] SeedReadings = SeedDocuments.All.Select(d => PureStages.Read(d.Path, d.Text)).ToArray();

        [Fact]
        public void Pure_stages_survive_mutated_format_fixtures()
        {
            FuzzRun.Check(MutatedFormatDocument.Gen, document =>
            {
                var path = document.Path;
                var reading = PureStages.Read(path, document.Text);
                Assert.DoesNotContain(reading.Reading.Problems, p => p.Kind == ProblemKind.InternalError);
                Assert.All(reading.Reading.Problems.Where(p => p.Span.File == path), p => Assert.True(p.Span.Line >= 1 && p.Span.Column >= 1, $"{p.Kind} at {p.Span.Line},{p.Span.Column}: {p.Message}"));
                // The model and the emitter cost more than reading one small file: about every eighth input goes through them.
                if ((document.Fixture + document.Mutations.Sum(m => (long)m.Other) + document.Inserts.Sum(i => (long)i.At)) % 8 != 0) return;
                var run = PureStages.Run(SeedReadings.Append(reading).ToList());
                Assert.DoesNotContain(run.Problems, p => p.Kind == ProblemKind.InternalError);
                SourceChecks.NoRawInvisibles(run.Sources);
            }, FuzzRun.Iterations(FuzzRun.CiIterations / 8), d => d.ToString());
        }

        [Fact]
        public void Generator_driver_survives_mutated_format_fixtures()
        {
            FuzzRun.Check(MutatedFormatDocument.Gen, document =>
            {
                var result = new GeneratorHarness().DataFile(document.Path, document.Text).Run();
                Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
                Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
                Assert.Equal(3, result.Sources.Count);
            }, FuzzRun.Iterations(50), d => d.ToString());
        }

        public static TheoryData<string, string> Extremes() => new()
        {
            { "a.csv", "City,Notes\nAnju,\"" + new string('x', 1 << 20) },
            { "b.csv", string.Concat(Enumerable.Repeat("\"", 1 << 20)) },
            { "c.csv", "City;Province\n" + string.Concat(Enumerable.Repeat(";", 1 << 20)) },
            { "d.tsv", "caption\n" + new string('\t', 1 << 20) + "\nx" },
            { "e.md", "a | b\n--- | ---\n" + string.Concat(Enumerable.Repeat("\\|", 1 << 19)) },
            { "f.md", string.Concat(Enumerable.Repeat("```\n", 50_000)) },
            { "g.wiki", string.Concat(Enumerable.Repeat("{|\n", 50_000)) },
            { "h.wiki", "{|\n! City\n|-\n| " + string.Concat(Enumerable.Repeat("{{", 1 << 19)) + "\n|}\n" },
            { "i.wiki", "{|\n! City\n|-\n| " + string.Concat(Enumerable.Repeat("[[a|", 1 << 18)) + string.Concat(Enumerable.Repeat("<ref", 1 << 16)) },
            { "j.wiki", "{|\n! City\n|-\n| colspan=999999999 rowspan=999999999 | x\n|-\n| y\n|}\n" },
            { "k.json", new string('[', 100_000) + new string(']', 100_000) },
            { "l.json", "[{\"City\": \"Anju\", \"x\": " + new string('{', 100_000) },
            { "m.json", "[" + string.Concat(Enumerable.Repeat("{\"City\": \"A\"},", 100_000)) },
            { "n.json", "[{\"" + new string('k', 1 << 20) + "\": 1}]" },
        };

        [Theory]
        [MemberData(nameof(Extremes))]
        public void Extreme_inputs_in_each_format_pass_every_stage_in_bounded_time(string name, string text)
        {
            var clock = Stopwatch.StartNew();
            var run = PureStages.Run(new[] { ("/data/" + name, text) });
            // The pure stages without Guard, so that a crash is the exception itself; the driver property covers the driver.
            Assert.DoesNotContain(run.Problems, p => p.Kind == ProblemKind.InternalError);
            Assert.True(clock.Elapsed.TotalSeconds < 20, $"{name} took {clock.Elapsed.TotalSeconds:N1} s");
        }
    }
}
