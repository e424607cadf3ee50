using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Model;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>Issue 7, "deterministic": the same data gives byte-identical files, whatever the run, file order or line endings.</summary>
    public sealed class DeterminismTests
    {
        private static string Lf(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

        private static readonly PrioritizedReading[] SeedReadings = SeedDocuments.All.Select(d => PureStages.Read(d.Path, d.Text)).ToArray();

        [Fact]
        public void Output_ignores_file_order_and_line_endings()
        {
            FuzzRun.Check(MutatedDocument.Gen, document =>
            {
                // One BOM is the variant under test; a mutation may already have put one (or two) in front.
                var lf = Lf(document.Text).TrimStart('\uFEFF');
                var others = SeedReadings.Where((_, i) => i != document.Seed).ToList();
                IReadOnlyDictionary<string, string> Emit(string text) => PureStages.Run(others.Append(PureStages.Read(document.Path, text)).ToList()).Sources;
                var expected = Emit(lf);

                Assert.Equal(expected, PureStages.Run(new[] { PureStages.Read(document.Path, lf) }.Concat(Enumerable.Reverse(others)).ToList()).Sources);
                Assert.Equal(expected, Emit(lf.Replace("\n", "\r\n")));
                Assert.Equal(expected, Emit(lf.Replace('\n', '\r')));
                Assert.Equal(expected, Emit("\uFEFF" + lf));
                Assert.Equal(expected, Emit("\uFEFF" + lf.Replace("\n", "\r\n")));
            }, FuzzRun.Iterations(200), d => d.ToString());
        }

        [Fact]
        public void The_driver_gives_byte_identical_files_across_runs_and_orders()
        {
            GeneratorHarness Harness(IEnumerable<(string Path, string Text)> files)
            {
                var harness = new GeneratorHarness();
                foreach (var (path, text) in files) harness.DataFile(path, text);
                return harness;
            }

            var seeds = SeedDocuments.All;
            var first = Harness(seeds).Run().Sources;
            Assert.Equal(first, Harness(seeds).Run().Sources);
            Assert.Equal(first, Harness(seeds.Reverse()).Run().Sources);
            Assert.Equal(first, Harness(seeds.Select(s => (s.Path, "\uFEFF" + Lf(s.Text).Replace("\n", "\r\n")))).Run().Sources);
        }

        [Fact]
        public void The_model_is_the_same_whatever_the_order_of_readings()
        {
            var readings = SeedDocuments.All.Select(d => PureStages.Read(d.Path, d.Text)).ToList();
            var forward = ModelBuilder.Build(readings);
            var backward = ModelBuilder.Build(Enumerable.Reverse(readings));
            Assert.Equal(forward.Cities, backward.Cities);
            Assert.Equal(forward.Provinces, backward.Provinces);
            Assert.Equal(forward.Problems.OrderBy(p => p.ToString()), backward.Problems.OrderBy(p => p.ToString()));
        }
    }
}
