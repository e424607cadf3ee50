using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// "Bounded" for every format: the size limit applies, the largest readable file is read in bounded time (the Text
    /// stage; BoundedTests times the whole pipeline on one), and cancellation stops a parse promptly.
    /// </summary>
    [Collection(LargeFiles.Name)]
    public sealed class FormatBoundedTests
    {
        private static readonly ConcurrentDictionary<string, string> Largest = new();

        public static TheoryData<string> Extensions() => new() { ".csv", ".tsv", ".md", ".wiki", ".json" };

        /// <summary>A city table in the format of <paramref name="extension"/>, as large as NkGen reads.</summary>
        private static string LargestReadable(string extension) => Largest.GetOrAdd(extension, e =>
        {
            var text = new StringBuilder(e switch
            {
                ".csv" => "City,Province,Population\n",
                ".tsv" => "City\tProvince\tPopulation\n",
                ".md" => "City | Province | Population\n--- | --- | ---:\n",
                ".wiki" => "{| class=\"wikitable\"\n! City !! Province !! Population\n",
                _ => "[\n",
            });
            for (var i = 0; text.Length < DocumentReader.MaxFileLength - 200; i++)
            {
                var (name, province, population) = ("City" + i, "Province" + (i % 97), 1000 + i);
                text.Append(e switch
                {
                    ".csv" => $"{name},{province},\"{population:N0}\"\n",
                    ".tsv" => $"{name}\t{province}\t{population:N0}\n",
                    ".md" => $"{name} | {province} | {population:N0}\n",
                    ".wiki" => $"|-\n| [[{name}]] || {{{{nowrap|{province}}}}} || {{{{formatnum:{population}}}}}\n",
                    _ => (i == 0 ? "" : ",\n") + $"{{\"City\": \"{name}\", \"Province\": \"{province}\", \"Population\": {population}}}",
                });
            }

            text.Append(e switch { ".wiki" => "|}\n", ".json" => "\n]\n", _ => "" });
            return text.ToString();
        });

        [Theory]
        [MemberData(nameof(Extensions))]
        public void The_largest_readable_file_is_read_in_bounded_time(string extension)
        {
            var text = LargestReadable(extension);
            Assert.True(text.Length <= DocumentReader.MaxFileLength);
            var clock = Stopwatch.StartNew();
            // The Text stage only: the Tables stage's cost on a large table is BoundedTests' concern, and is the same for every format.
            var document = DocumentReader.Read("/data/large" + extension, text);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed.TotalSeconds:N1} s");
            var table = Assert.Single(document.Tables);
            var header = extension == ".json" ? 0 : 1;
            Assert.Equal(text.Split('\n').Count(l => l.IndexOf("City", StringComparison.Ordinal) >= 0) - header, table.Rows.Count);
            Assert.True(table.Rows.Count > 30_000, $"{table.Rows.Count} rows read");
            Assert.Empty(document.Problems);
        }

        [Theory]
        [MemberData(nameof(Extensions))]
        public void Cancelling_mid_parse_stops_promptly(string extension)
        {
            var text = LargestReadable(extension);
            using var cancellation = new CancellationTokenSource();
            var started = new ManualResetEventSlim();
            var parse = Task.Run(() =>
            {
                started.Set();
                return PureStages.Read("/data/large" + extension, text, cancellation.Token);
            });
            started.Wait();
            Thread.Sleep(TimeSpan.FromMilliseconds(30));
            cancellation.Cancel();
            var cancelledAt = Stopwatch.StartNew();
            var thrown = Assert.ThrowsAny<OperationCanceledException>(() => parse.GetAwaiter().GetResult());
            Assert.Equal(cancellation.Token, thrown.CancellationToken);
            Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(1), $"stopped {cancelledAt.ElapsedMilliseconds} ms after cancellation");
        }

        [Theory]
        [MemberData(nameof(Extensions))]
        public void A_file_past_the_limit_is_NKG2006_and_nothing_else(string extension)
        {
            var text = LargestReadable(extension) + new string(' ', 300);
            var document = DocumentReader.Read("/data/huge" + extension, text);

            Assert.Equal(ProblemKind.FileTooLarge, Assert.Single(document.Problems).Kind);
            Assert.Empty(document.Tables);
        }
    }
}
