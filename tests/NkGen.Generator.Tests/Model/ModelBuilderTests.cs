using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Model
{
    using StatusPeriod = NkGen.Generator.Model.StatusPeriod;

    public class ModelBuilderTests
    {
        [Fact]
        public void A_rounded_figure_that_the_exact_one_rounds_to_agrees_and_is_not_reported()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("list.txt", cities: new[] { City("Hamhung", At("list.txt", 25), Fact(CityField.Population, Exact(768551, "768,551", 2008), At("list.txt", 25, 40))) }),
                Reading("guide.txt", cities: new[] { City("Hamhung", At("guide.txt", 33), Fact(CityField.Population, Rounded(770000, 2, "770,000"), At("guide.txt", 33, 12))) }),
            });

            var hamhung = Assert.Single(model.Cities);
            Assert.Equal("768,551", hamhung.Get(CityField.Population)?.Value.Written);
            Assert.Equal(new[] { At("guide.txt", 33, 12) }, hamhung.Get(CityField.Population)!.Value.Agreeing.ToArray());
            Assert.Empty(model.Problems);
        }

        [Fact]
        public void A_rounded_figure_that_disagrees_is_reported_at_the_losing_value_naming_entity_field_values_and_sources()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("list.txt", cities: new[] { City("Chongjin", At("list.txt", 22), Fact(CityField.Population, Exact(667929, "667,929", 2008), At("list.txt", 22, 40))) }),
                Reading("guide.txt", cities: new[] { City("Chongjin", At("guide.txt", 38), Fact(CityField.Population, Rounded(620000, 2, "620,000"), At("guide.txt", 38, 13))) }),
            });

            Assert.Equal(667929, ((PopulationValue)model.Cities[0].Get(CityField.Population)?.Value!).Figure.Value);
            var problem = Assert.Single(model.Problems);
            Assert.Equal(ProblemKind.SourceDisagreement, problem.Kind);
            Assert.Equal(At("guide.txt", 38, 13), problem.Span);
            Assert.Contains("Chongjin population", problem.Message);
            Assert.Contains("'620,000' in Title of guide.txt guide.txt(38,13)", problem.Message);
            Assert.Contains("'667,929' in Title of list.txt list.txt(22,40)", problem.Message);
            Assert.Contains("more precise value", problem.Message);
        }

        [Theory]
        [InlineData(768551, 2, 770000, true)]
        [InlineData(667929, 2, 620000, false)]
        [InlineData(308440, 2, 310000, true)]
        [InlineData(3255288, 2, 2800000, false)]
        [InlineData(196954, 3, 205000, false)]
        public void Rounding_agreement_uses_the_rounded_figures_significant_digits(long exact, int digits, long rounded, bool agree)
        {
            Assert.Equal(agree, FactAgreement.Agree(Exact(exact, "e"), Rounded(rounded, digits, "r")));
        }

        [Fact]
        public void Precedence_user_priority_beats_an_exact_figure()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("a.txt", cities: new[] { City("Anju", At("a.txt", 1), Fact(CityField.Population, Exact(240117, "240,117", 2008), At("a.txt", 1))) }),
                Reading("b.txt", priority: 5, cities: new[] { City("Anju", At("b.txt", 1), Fact(CityField.Population, Rounded(300000, 1, "300,000"), At("b.txt", 1))) }),
            });

            Assert.Equal("300,000", model.Cities[0].Get(CityField.Population)?.Value.Written);
            Assert.Contains("higher source priority", Assert.Single(model.Problems).Message);
        }

        [Fact]
        public void Precedence_census_dated_beats_undated_when_both_are_exact()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("a.txt", cities: new[] { City("Nampo", At("a.txt", 1), Fact(CityField.Population, Exact(366815, "366,815"), At("a.txt", 1))) }),
                Reading("b.txt", cities: new[] { City("Nampo", At("b.txt", 1), Fact(CityField.Population, Exact(366341, "366,341", 2008), At("b.txt", 1))) }),
            });

            Assert.Equal("366,341", model.Cities[0].Get(CityField.Population)?.Value.Written);
            var problem = Assert.Single(model.Problems);
            Assert.Equal("a.txt", problem.Span.File);
            Assert.Contains("census-dated figure", problem.Message);
        }

        [Fact]
        public void Precedence_a_table_dedicated_to_status_beats_a_list_column_and_a_named_status_beats_first_level()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("002.txt", cities: new[]
                {
                    City("Kaesong", At("002.txt", 20), Fact(CityField.Status, Status(CityStatus.SpecialCity, "Special city"), At("002.txt", 20, 5), FactAuthority.Dedicated)),
                    City("Kaesong", At("002.txt", 30), Fact(CityField.Status, Status(CityStatus.SpecialLevelCity, "Special-level city"), At("002.txt", 30, 30))),
                }),
                Reading("001.txt", cities: new[] { City("Kaesong", At("001.txt", 32), Fact(CityField.Status, Status(CityStatus.FirstLevel, "AC"), At("001.txt", 32, 20))) }),
            });

            var kaesong = Assert.Single(model.Cities);
            Assert.Equal(CityStatus.SpecialCity, kaesong.Status);
            var problem = Assert.Single(model.Problems);
            Assert.Equal(At("002.txt", 30, 30), problem.Span);
            Assert.Contains("table dedicated to this fact", problem.Message);
        }

        [Fact]
        public void Names_merge_ignoring_case_and_diacritics()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("a.txt", cities: new[] { City("Hamhung", At("a.txt", 1)) }),
                Reading("b.txt", cities: new[] { City("HAMHŬNG", At("b.txt", 1)), City("Ham-hung", At("b.txt", 2)) }),
            });

            var city = Assert.Single(model.Cities);
            Assert.Equal("Hamhung", city.Name);
            Assert.Equal(3, city.NameSources.Count);
        }

        [Fact]
        public void A_province_row_that_is_a_first_level_city_is_reported_and_never_becomes_a_province()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("list.txt", cities: new[]
                {
                    City("Pyongyang", At("list.txt", 38), Fact(CityField.Status, Status(CityStatus.DirectlyGovernedCity, "Directly administered city"), At("list.txt", 38, 30))),
                    City("Hamhung", At("list.txt", 25), Fact(CityField.Province, Plain("South Hamgyong"), At("list.txt", 25, 20))),
                }),
                Reading("guide.txt", provinces: new[] { Province("Pyongyang", At("guide.txt", 60, 3)), Province("South Hamgyong", At("guide.txt", 62, 3)) }),
            });

            Assert.Equal(new[] { "South Hamgyong" }, model.Provinces.Select(p => p.Name).ToArray());
            Assert.Equal(new[] { "Hamhung" }, model.Provinces[0].CityNames.ToArray());
            var problem = Assert.Single(model.Problems);
            Assert.Equal(ProblemKind.SourceDisagreement, problem.Kind);
            Assert.Equal(At("guide.txt", 60, 3), problem.Span);
            Assert.Contains("Pyongyang is a directly governed city, not a province", problem.Message);
        }

        [Fact]
        public void Status_history_fills_the_gap_between_special_periods_and_starts_the_current_status_when_the_last_ended()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("a.txt", cities: new[]
                {
                    City("Chongjin", At("a.txt", 36),
                        Fact(CityField.Province, Plain("North Hamgyong"), At("a.txt", 36, 30)),
                        Fact(CityField.SpecialCityPeriods, Periods("1960–1967, 1977–1985", (1960, 1967), (1977, 1985)), At("a.txt", 36, 50)),
                        Fact(CityField.Founded, Date(1985), At("a.txt", 36, 70))),
                }),
            });

            var chongjin = model.Cities[0];
            Assert.Equal(CityStatus.City, chongjin.Status);
            Assert.Equal(
                new[]
                {
                    new StatusPeriod(CityStatus.SpecialCity, 1960, 1967),
                    new StatusPeriod(CityStatus.City, 1967, 1977),
                    new StatusPeriod(CityStatus.SpecialCity, 1977, 1985),
                    new StatusPeriod(CityStatus.City, 1985, null),
                },
                chongjin.History.ToArray());
            Assert.Equal(new DefunctSpecialStatus(1985, "North Hamgyong", "1960–1967, 1977–1985"), chongjin.Defunct);
        }

        [Fact]
        public void A_summary_count_that_disagrees_with_the_model_is_reported_at_the_claim()
        {
            var claimAt = At("guide.txt", 12, 25);
            var model = ModelBuilder.Build(new[]
            {
                Reading("list.txt", cities: new[] { City("Pyongyang", At("list.txt", 1), Fact(CityField.Status, Status(CityStatus.DirectlyGovernedCity, "d"), At("list.txt", 1))) }),
                Reading("guide.txt", counts: new[]
                {
                    new CountClaim(CountedThing.DirectlyGovernedCities, 2, claimAt, "2 directly governed cities"),
                    new CountClaim(CountedThing.FirstLevelCities, 1, At("guide.txt", 13), "1 first-level city"),
                }),
            });

            var problem = Assert.Single(model.Problems);
            Assert.Equal(claimAt, problem.Span);
            Assert.Contains("says 2, but the merged tables have 1 (Pyongyang)", problem.Message);
        }

        [Fact]
        public void The_model_does_not_depend_on_the_order_of_the_files()
        {
            var a = Reading("a.txt", cities: new[] { City("Anju", At("a.txt", 1), Fact(CityField.Population, Exact(1, "1"), At("a.txt", 1))) });
            var b = Reading("b.txt", cities: new[] { City("Anju", At("b.txt", 1), Fact(CityField.Population, Exact(2, "2"), At("b.txt", 1))) });

            Assert.Equal(ModelBuilder.Build(new[] { a, b }), ModelBuilder.Build(new[] { b, a }));
        }
    }
}
