using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class ClassificationTableReaderTests
    {
        // Seed 002, lines 18–21.
        private const string Seed002Table =
            "| Type | Chosŏn'gŭl | Hancha | McCune–Reischauer | City names | Number of cities |\n"
            + "| Direct-administered city | 직할시 | 直轄市 | chikhalsi | Pyongyang | 1 |\n"
            + "| Special city | 특별시 | 特別市 | t'ŭkpyŏlsi | Rason, Nampo, Kaesong | 3 |\n"
            + "| Special-level city | 특급시 | 特級市 | t'ŭkkŭpsi | None | 0 |\n";

        private static TableReading ReadSeedTable() => Read("= Special cities =\n" + Seed002Table);

        [Fact]
        public void Each_named_city_gets_its_row_status_as_a_dedicated_fact()
        {
            var reading = ReadSeedTable();

            Assert.Equal(new[] { "Pyongyang", "Rason", "Nampo", "Kaesong" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal(CityStatus.DirectlyGovernedCity, reading.City("Pyongyang").Status());
            Assert.All(reading.Cities.Skip(1), c => Assert.Equal(CityStatus.SpecialCity, c.Status()));
            Assert.All(reading.Cities, c => Assert.Equal(FactAuthority.Dedicated, Assert.Single(c.Facts).Authority));
            Assert.Equal("Special city", reading.City("Nampo").Get(CityField.Status)!.Value.Written);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Each_named_city_is_located_at_its_name_inside_the_list_and_its_status_at_the_type_cell()
        {
            var text = "= Special cities =\n" + Seed002Table;
            var reading = Read(text);

            var nampo = reading.City("Nampo");
            Assert.Equal(4, nampo.NameSpan.Line);
            Assert.Equal("Nampo", text.Substring(nampo.NameSpan.Start, nampo.NameSpan.Length));
            var status = nampo.Get(CityField.Status)!;
            Assert.Equal((4, 3), (status.Span.Line, status.Span.Column));
        }

        [Fact]
        public void The_number_column_gives_a_count_claim_per_status_located_at_the_number()
        {
            var text = "= Special cities =\n" + Seed002Table;
            var counts = Read(text).Counts;

            Assert.Equal(
                new[] { (CountedThing.DirectlyGovernedCities, 1), (CountedThing.SpecialCities, 3), (CountedThing.SpecialLevelCities, 0) },
                counts.Select(c => (c.Thing, c.Count)).ToArray());
            Assert.Equal(new[] { 3, 4, 5 }, counts.Select(c => c.Span.Line).ToArray());
            Assert.Equal(new[] { "1", "3", "0" }, counts.Select(c => text.Substring(c.Span.Start, c.Span.Length)).ToArray());
            Assert.Equal("3 Special city", counts[1].Written);
        }

        [Fact]
        public void A_none_in_the_city_names_gives_no_city_but_its_count_still_counts()
        {
            var reading = ReadSeedTable();

            Assert.DoesNotContain(reading.Cities, c => c.NameSpan.Line == 5);
            Assert.Contains(reading.Counts, c => c.Span.Line == 5 && c.Count == 0);
        }

        [Fact]
        public void A_type_that_is_no_known_status_is_reported_at_the_type_cell_and_the_row_is_not_used()
        {
            var reading = Read(Document(new[]
            {
                Table(10, new[] { "Type", "City names", "Number of cities" }, new[] { "Province", "Chagang", "1" }, new[] { "Special city", "Rason", "1" }),
            }));

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.UnreadableValue, problem.Kind);
            Assert.Equal((11, 3), (problem.Span.Line, problem.Span.Column));
            Assert.Contains("'Province'", problem.Message);
            Assert.Equal("Rason", Assert.Single(reading.Cities).Name);
            Assert.Single(reading.Counts);
        }

        [Fact]
        public void A_count_that_is_no_whole_number_is_reported_at_its_cell()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "Type", "City names", "Number of cities" }, new[] { "Special city", "Rason", "three" }) }));

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.UnreadableValue, problem.Kind);
            Assert.Equal(2, problem.Span.Line);
            Assert.Contains("'three'", problem.Message);
            Assert.Empty(reading.Counts);
            Assert.Equal("Rason", Assert.Single(reading.Cities).Name);
        }

        [Theory]
        [InlineData("")]
        [InlineData("<u>　</u>")]
        [InlineData("n/a")]
        public void A_placeholder_count_gives_no_claim_and_no_problem(string count)
        {
            var reading = Read(Document(new[] { Table(1, new[] { "Type", "City names", "Number of cities" }, new[] { "Special city", "Rason", count }) }));

            Assert.Empty(reading.Counts);
            Assert.Empty(reading.Problems);
            Assert.Single(reading.Cities);
        }

        [Fact]
        public void Without_a_number_column_only_statuses_are_read()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "Status", "Cities" }, new[] { "Special cities", "Rason and Nampo" }) }));

            Assert.Equal(new[] { "Rason", "Nampo" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Empty(reading.Counts);
            Assert.Empty(reading.Problems);
        }
    }
}
