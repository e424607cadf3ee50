using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>Issue 7, "bounded": cancellation stops a long parse promptly, and a file past the size limit is skipped with NKG2006.</summary>
    [Collection(LargeFiles.Name)]
    public sealed class BoundedTests
    {
        /// <summary>A city table as large as NkGen reads: about 4 Mi characters, tens of thousands of rows.</summary>
        private static string LargestReadableTable()
        {
            var text = new StringBuilder("= Many cities =\n\n| City | Province | Population | Founded |\n| --- | --- | --- | --- |\n");
            for (var i = 0; text.Length < DocumentReader.MaxFileLength - 200; i++)
            {
                text.Append("| City").Append(i).Append(" | Province").Append(i % 97).Append(" | ").Append(1000 + i).Append(" | 1967-0").Append(1 + (i % 9)).Append(" |\n");
            }

            return text.ToString();
        }

        [Fact]
        public void Cancelling_mid_parse_stops_promptly()
        {
            var text = LargestReadableTable();
            Assert.True(text.Length <= DocumentReader.MaxFileLength);

            // Reading the whole file takes well over a second on the CI machine (see the bounded-time test below).
            using var cancellation = new CancellationTokenSource();
            var started = new ManualResetEventSlim();
            var parse = Task.Run(() =>
            {
                started.Set();
                return PureStages.Run(new[] { ("/data/large.md", text) }, cancellation.Token);
            });
            started.Wait();
            Thread.Sleep(TimeSpan.FromMilliseconds(30));
            cancellation.Cancel();
            var cancelledAt = Stopwatch.StartNew();
            var thrown = Assert.ThrowsAny<OperationCanceledException>(() => parse.GetAwaiter().GetResult());
            Assert.Equal(cancellation.Token, thrown.CancellationToken);
            Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(1), $"stopped {cancelledAt.ElapsedMilliseconds} ms after cancellation");
        }

        [Fact]
        public void A_cancelled_token_stops_the_driver()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            var harness = new GeneratorHarness().DataFile("/data/large.md", LargestReadableTable());
            Assert.ThrowsAny<OperationCanceledException>(() => harness.Driver().RunGenerators(harness.Compilation(), cancellation.Token));
        }

        [Fact]
        public void A_file_past_the_limit_gives_NKG2006_quickly_and_nothing_else_from_it()
        {
            var text = "| City | Province |\n" + new string('x', DocumentReader.MaxFileLength);
            var clock = Stopwatch.StartNew();
            var result = new GeneratorHarness().DataFile("/data/huge.md", text).Run();
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:N1} s");
            var tooLarge = Assert.Single(result.Data("NKG2006"));
            Assert.Equal("/data/huge.md", tooLarge.Location.GetLineSpan().Path);
            Assert.Contains(DocumentReader.MaxFileLength.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), tooLarge.GetMessage(System.Globalization.CultureInfo.CurrentCulture));
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id != "NKG2006" && d.Location.GetLineSpan().Path == "/data/huge.md");
            Assert.DoesNotContain(result.CompilationDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        }

        [Fact]
        public void The_largest_readable_file_is_read_in_bounded_time()
        {
            var text = LargestReadableTable();
            var clock = Stopwatch.StartNew();
            var run = PureStages.Run(new[] { ("/data/large.md", text) });
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.True(run.Model.Cities.Count > 30_000, $"{run.Model.Cities.Count} rows read");
            Assert.DoesNotContain(run.Problems, p => p.Kind == NkGen.Generator.Diagnostics.ProblemKind.FileTooLarge);
            Assert.Equal(run.Model.Cities.Count, text.Split('\n').Count(l => l.StartsWith("| City", StringComparison.Ordinal) && l.Contains("Province", StringComparison.Ordinal)) - 1);
        }
    }
}
