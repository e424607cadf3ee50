using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NkGen.Generator;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// "Bounded" for the shapes of exports read beyond plain tables: a GeoNames dump as large as NkGen reads (mostly
    /// features that are not places), SPARQL results in JSON, and cells that look like Korean counts or dates but are
    /// a megabyte long. Each is read by the Text and Tables stages in bounded time, and accounted for.
    /// </summary>
    [Collection(LargeFiles.Name)]
    public sealed class ExportShapeBoundedTests
    {
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

        [Fact]
        public void A_geonames_dump_as_large_as_nkgen_reads_is_read_in_bounded_time_and_its_other_features_counted_once()
        {
            var text = new StringBuilder();
            var places = 0;
            for (var i = 0; text.Length < DocumentReader.MaxFileLength - 300; i++)
            {
                var place = i % 5 == 0;
                places += place ? 1 : 0;
                text.Append(1_000_000 + i).Append('\t').Append("Place").Append(i).Append('\t').Append("Place").Append(i).Append("\tAlt").Append(i).Append(",평양")
                    .Append("\t40.1\t127.5\t").Append(place ? "P\tPPL" : "T\tMT").Append("\tKP\t\t17\t\t\t\t").Append(place ? i : 0)
                    .Append("\t\t20\tAsia/Pyongyang\t2019-09-05\n");
            }

            var clock = Stopwatch.StartNew();
            var reading = DataFileReader.Read("/data/KP.txt", text.ToString(), priority: 0).Reading;

            Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Equal(places, reading.Cities.Count);
            Assert.Single(reading.Problems, p => p.Kind == ProblemKind.NotAPlace);
        }

        [Fact]
        public void Sparql_results_as_large_as_nkgen_reads_are_read_in_bounded_time()
        {
            var text = new StringBuilder("{\"head\": {\"vars\": [\"itemLabel\", \"population\"]}, \"results\": {\"bindings\": [\n");
            var rows = 0;
            for (; text.Length < DocumentReader.MaxFileLength - 300; rows++)
            {
                if (rows > 0) text.Append(",\n");
                text.Append("{\"itemLabel\": {\"xml:lang\": \"en\", \"type\": \"literal\", \"value\": \"Place").Append(rows)
                    .Append("\"}, \"population\": {\"type\": \"literal\", \"value\": \"").Append(1000 + rows).Append("\"}}");
            }

            text.Append("]}}");
            var clock = Stopwatch.StartNew();
            var reading = DataFileReader.Read("/data/query.json", text.ToString(), priority: 0).Reading;

            Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Equal(rows, reading.Cities.Count);
            Assert.Empty(reading.Problems);
        }

        [Theory]
        [InlineData("만")]
        [InlineData("년")]
        public void A_megabyte_cell_that_looks_like_a_korean_count_or_date_is_reported_in_bounded_time(string unit)
        {
            var cell = string.Concat(Enumerable.Repeat("12" + unit + " ", 300_000));
            var clock = Stopwatch.StartNew();
            var reading = DataFileReader.Read("/data/t.csv", "City,Population,Founded\nKilju,\"" + cell + "\",\"" + cell + "\"\n", priority: 0).Reading;

            Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Single(reading.Cities);
            Assert.Equal(2, reading.Problems.Count(p => p.Kind == ProblemKind.UnreadableValue));
        }
    }
}
