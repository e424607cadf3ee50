using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class SummaryFieldReaderTests
    {
        private static string At(string text, Common.SourceSpan span) => text.Substring(span.Start, span.Length);

        [Fact]
        public void Administrative_divisions_give_a_count_per_counted_noun_located_at_the_item()
        {
            // Seed 000, line 13.
            const string text = "[FACTBOX]\nAdministrative Divisions: 9 provinces, 2 directly governed cities, and 3 special administrative regions\n[/FACTBOX]\n";
            var reading = Read(text);

            Assert.Equal(new[] { (CountedThing.Provinces, 9), (CountedThing.DirectlyGovernedCities, 2) }, reading.Counts.Select(c => (c.Thing, c.Count)).ToArray());
            Assert.Equal("9 provinces", At(text, reading.Counts[0].Span));
            Assert.Equal("2 directly governed cities", At(text, reading.Counts[1].Span));
            Assert.Equal((2, 40), (reading.Counts[1].Span.Line, reading.Counts[1].Span.Column));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Cities_over_one_million_are_counted()
        {
            // Seed 000, line 16.
            const string text = "[FACTBOX]\nNumber of Cities Over 1M: 2\n[/FACTBOX]\n";
            var claim = Assert.Single(Read(text).Counts);

            Assert.Equal(CountedThing.CitiesOverOneMillion, claim.Thing);
            Assert.Equal(2, claim.Count);
            Assert.Equal((2, 27), (claim.Span.Line, claim.Span.Column));
        }

        [Theory]
        [InlineData("Number of provinces: 9", nameof(CountedThing.Provinces), 9)]
        [InlineData("Number of special cities: 3 (2024)", nameof(CountedThing.SpecialCities), 3)]
        [InlineData("Current Number: 4 Special Cities", nameof(CountedThing.FirstLevelCities), 4)]
        [InlineData("Cities over one million: 2", nameof(CountedThing.CitiesOverOneMillion), 2)]
        public void Count_keys_are_read_as_claims(string line, string thing, int count)
        {
            var claim = Assert.Single(Read("- " + line + "\n").Counts);

            Assert.Equal(System.Enum.Parse<CountedThing>(thing), claim.Thing);
            Assert.Equal(count, claim.Count);
        }

        [Fact]
        public void Markup_around_counts_is_ignored()
        {
            var reading = Read("[FACTBOX]\nAdministrative Divisions: **9** provinces, <u>2</u> directly governed cities\nNumber of Cities Over 1M: **2**\n[/FACTBOX]\n");

            Assert.Equal(new[] { (CountedThing.Provinces, 9), (CountedThing.DirectlyGovernedCities, 2), (CountedThing.CitiesOverOneMillion, 2) }, reading.Counts.Select(c => (c.Thing, c.Count)).ToArray());
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_count_that_does_not_start_with_a_number_is_reported_at_the_value()
        {
            var reading = Read("[FACTBOX]\nNumber of Cities Over 1M: two\n[/FACTBOX]\n");

            var problem = Assert.Single(reading.PartProblems());
            Assert.Equal(ProblemKind.UnreadableValue, problem.Kind);
            Assert.Equal((2, 27), (problem.Span.Line, problem.Span.Column));
            Assert.Empty(reading.Counts);
        }

        [Fact]
        public void The_largest_city_is_a_city_with_a_rounded_population_located_at_the_figure()
        {
            // Seed 000, line 14.
            const string text = "[FACTBOX]\nLargest City: Pyongyang, 2.8M\n[/FACTBOX]\n";
            var pyongyang = Assert.Single(Read(text).Cities);

            Assert.Equal("Pyongyang", pyongyang.Name);
            Assert.Equal("Pyongyang", At(text, pyongyang.NameSpan));
            var population = pyongyang.Get(CityField.Population)!;
            Assert.Equal("2.8M", At(text, population.Span));
            Assert.Equal(2800000, pyongyang.Population().Value);
            Assert.True(pyongyang.Population().IsRounded);
            Assert.Equal(2, pyongyang.Population().SignificantDigits);
        }

        [Fact]
        public void A_largest_city_figure_with_thousands_separators_is_read_whole()
        {
            const string text = "[FACTBOX]\nLargest City: Pyongyang, 3,255,288\n[/FACTBOX]\n";
            var pyongyang = Assert.Single(Read(text).Cities);

            Assert.Equal("Pyongyang", pyongyang.Name);
            Assert.Equal(3255288, pyongyang.Population().Value);
            Assert.Equal("3,255,288", At(text, pyongyang.Get(CityField.Population)!.Span));
        }

        [Fact]
        public void Population_and_area_ranges_give_a_fact_per_city_located_at_the_figure()
        {
            // Seed 002, lines 8–9.
            const string text = "= Special cities =\n"
                + "- Population Range: 205,000 (Rason) – 3,255,388 (Pyongyang)\n"
                + "- Area Range: 710 sqmi (Rason) – 400 sqmi (Pyongyang)\n";
            var reading = Read(text);

            Assert.Equal(new[] { "Rason", "Pyongyang", "Rason", "Pyongyang" }, reading.Cities.Select(c => c.Name).ToArray());
            var rasonPopulation = reading.Cities[0];
            Assert.Equal(205000, rasonPopulation.Population().Value);
            Assert.Equal("205,000", At(text, rasonPopulation.Get(CityField.Population)!.Span));
            Assert.Equal("Rason", At(text, rasonPopulation.NameSpan));
            Assert.Equal(3255388, reading.Cities[1].Population().Value);
            Assert.False(reading.Cities[1].Population().IsRounded);
            var rasonArea = reading.Cities[2];
            Assert.Equal(710 * 2.589988110336, rasonArea.Area().Value, 6);
            Assert.True(rasonArea.Area().IsRounded);
            Assert.Equal("710 sqmi", At(text, rasonArea.Get(CityField.Area)!.Span));
            Assert.Equal((3, 15), (rasonArea.Get(CityField.Area)!.Span.Line, rasonArea.Get(CityField.Area)!.Span.Column));
            Assert.Equal("400 sqmi", At(text, reading.Cities[3].Get(CityField.Area)!.Span));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_year_in_parentheses_is_not_a_city()
        {
            var reading = Read("= Pyongyang =\n- Population: 3,255,288 (2008)\n- Area: 1,000 km² (2008 est.)\n");

            Assert.Empty(reading.Cities);
            Assert.Empty(reading.PartProblems());
        }

        [Fact]
        public void Other_keys_and_other_origins_hold_nothing_read()
        {
            var reading = Read(Document(fields: new[]
            {
                Field("Capital", "Pyongyang", 1),
                Field("Map", "330px", 2, FieldOrigin.Infobox),
                Field("Government", "Single-Party Government", 3, FieldOrigin.Infobox),
                Field("Largest City", "Pyongyang, 2.8M", 4, FieldOrigin.FrontMatter),
                Field("Number of provinces", "9", 5, FieldOrigin.Block),
            }));

            Assert.Empty(reading.Cities);
            Assert.Empty(reading.Counts);
            Assert.Empty(reading.PartProblems());
            Assert.Equal(ProblemKind.NoTableRead, Assert.Single(reading.Problems).Kind);
        }
    }
}
