using System.Linq;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class CountTableReaderTests
    {
        // Seed 001, lines 12–17: a two-row header, then a status and a number per row.
        private const string Seed001Table =
            "| Name | Korean | No. | | |\n"
            + "| Chosŏn'gŭl | Hancha | | | |\n"
            + "| | direct-administered city | | | 1 |\n"
            + "| | special city | | | 3 |\n"
            + "| | special-level city | | | 0 |\n"
            + "| | city | | | 25 |\n";

        [Fact]
        public void Each_row_is_a_count_claim_for_its_status_located_at_the_number()
        {
            var text = "= List =\n" + Seed001Table;
            var reading = Read(text);

            Assert.Equal(
                new[] { (CountedThing.DirectlyGovernedCities, 1), (CountedThing.SpecialCities, 3), (CountedThing.SpecialLevelCities, 0), (CountedThing.Cities, 25) },
                reading.Counts.Select(c => (c.Thing, c.Count)).ToArray());
            Assert.Equal(new[] { 4, 5, 6, 7 }, reading.Counts.Select(c => c.Span.Line).ToArray());
            Assert.Equal("25", text.Substring(reading.Counts[3].Span.Start, reading.Counts[3].Span.Length));
            Assert.Equal("25 city", reading.Counts[3].Written);
            Assert.Empty(reading.Cities);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_ragged_count_row_is_reported_and_still_counted()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "No.", "Status" }, new[] { "3", "special city", "extra" }) }));

            Assert.Equal(3, Assert.Single(reading.Counts).Count);
            Assert.Equal(2, Assert.Single(reading.Problems).Span.Line);
        }

        [Fact]
        public void A_count_row_is_a_status_and_a_whole_number()
        {
            Assert.True(CountTableReader.IsCountRow(Row(1, "", "special city", "3")));
            Assert.False(CountTableReader.IsCountRow(Row(1, "", "special city", "")));
            Assert.False(CountTableReader.IsCountRow(Row(1, "Anju", "240,117")));
        }
    }
}
