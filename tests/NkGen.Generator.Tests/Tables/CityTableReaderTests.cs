using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    using PartialDate = NkGen.Generator.Tables.PartialDate;

    public class CityTableReaderTests
    {
        private const string Header = "| City | Chosŏn'gŭl | Hancha | Province | Population | Founded |\n";

        [Fact]
        public void Each_row_becomes_a_city_with_a_fact_per_column_located_at_its_cell()
        {
            var reading = Read("= L =\n" + Header + "| Hamhung | 함흥시 | 咸興市 | South Hamgyong | 768,551 | 1967-<u>　</u>-<u>　</u> |\n");

            var hamhung = Assert.Single(reading.Cities);
            Assert.Equal("Hamhung", hamhung.Name);
            Assert.Equal((3, 3), (hamhung.NameSpan.Line, hamhung.NameSpan.Column));
            Assert.Equal("함흥시", hamhung.Text(CityField.KoreanName));
            Assert.Equal("咸興市", hamhung.Text(CityField.Hancha));
            Assert.Equal("South Hamgyong", hamhung.Text(CityField.Province));
            Assert.Equal(768551, hamhung.Population().Value);
            Assert.False(hamhung.Population().IsRounded);
            Assert.Equal(new PartialDate(1967, null, null), ((DateValue)hamhung.Get(CityField.Founded)!.Value).Date);
            Assert.Equal("1967-<u>　</u>-<u>　</u>", hamhung.Get(CityField.Founded)!.Value.Written);
            var population = hamhung.Get(CityField.Population)!;
            Assert.Equal((3, 42), (population.Span.Line, population.Span.Column));
            Assert.All(hamhung.Facts, f => Assert.Equal(FactAuthority.Incidental, f.Authority));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Rows_that_write_a_province_alike_share_its_value_and_keep_their_own_places()
        {
            var reading = Read("= L =\n" + Header
                + "| Hamhung | 함흥시 | 咸興市 | South Hamgyong | 768,551 | 1967 |\n"
                + "| Sinpo | 신포시 | 新浦市 | South Hamgyong | 152,759 | 1960 |\n"
                + "| Tanchon | 단천시 | 端川市 | South Hamgyŏng Province | 345,875 | 1982 |\n");

            var (hamhung, sinpo, tanchon) = (reading.Cities[0].Get(CityField.Province)!, reading.Cities[1].Get(CityField.Province)!, reading.Cities[2].Get(CityField.Province)!);
            Assert.Same(hamhung.Value, sinpo.Value);
            Assert.Equal((3, 4), (hamhung.Span.Line, sinpo.Span.Line));
            Assert.NotSame(hamhung.Value, tanchon.Value);
            Assert.Equal("South Hamgyŏng", reading.Cities[2].Text(CityField.Province));
            Assert.Equal("South Hamgyŏng Province", tanchon.Value.Written);
        }

        [Fact]
        public void A_hand_built_table_is_read_the_same_way()
        {
            var reading = Read(Document(new[]
            {
                Table(19, new[] { "City", "Province", "Population" }, new[] { "Anju", "South Pyongan Province", "240,117" }, new[] { "Kusong", "North Pyongan", "196,515" }),
            }));

            Assert.Equal(new[] { "Anju", "Kusong" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal("South Pyongan", reading.City("Anju").Text(CityField.Province));
            Assert.Equal(21, reading.City("Kusong").NameSpan.Line);
            Assert.Equal(196515, reading.City("Kusong").Population().Value);
        }

        [Fact]
        public void The_first_level_codes_in_a_province_column_become_a_first_level_status_and_no_province()
        {
            var reading = Read(Document(new[]
            {
                Table(1, new[] { "City", "Province" }, new[] { "Pyongyang", "AA" }, new[] { "Nampo", "AB" }, new[] { "Kaesong", "AC" }),
            }));

            Assert.All(reading.Cities, c =>
            {
                Assert.Equal(CityStatus.FirstLevel, c.Status());
                Assert.Null(c.Get(CityField.Province));
            });
            Assert.Equal("AC", reading.City("Kaesong").Get(CityField.Status)!.Value.Written);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_two_letter_code_in_another_column_is_just_text()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "City", "Region" }, new[] { "Pyongyang", "AA" }) }));

            Assert.Equal("AA", reading.City("Pyongyang").Text(CityField.Region));
            Assert.Null(reading.City("Pyongyang").Get(CityField.Status));
        }

        [Theory]
        [InlineData("")]
        [InlineData("KP-??")]
        [InlineData("none")]
        [InlineData("n/a")]
        [InlineData("—")]
        [InlineData("<u>　</u>")]
        public void Empty_cells_and_placeholders_give_no_fact_and_no_problem(string placeholder)
        {
            var reading = Read(Document(new[]
            {
                Table(1, new[] { "Name", "ISO", "Population", "Area (km^{2})", "Founded", "Type", "Capital" }, new[] { "Kaesong", placeholder, placeholder, placeholder, placeholder, placeholder, placeholder }),
            }));

            Assert.Empty(reading.City("Kaesong").Facts);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Statuses_in_a_type_column_are_read()
        {
            var reading = Read(Document(new[]
            {
                Table(
                    1,
                    new[] { "Name", "Type" },
                    new[] { "Pyongyang", "Directly administered city" },
                    new[] { "Rason", "Special city" },
                    new[] { "Kaesong", "Special-level city" },
                    new[] { "Anju", "city" }),
            }));

            Assert.Equal(
                new[] { CityStatus.DirectlyGovernedCity, CityStatus.SpecialCity, CityStatus.SpecialLevelCity, CityStatus.City },
                reading.Cities.Select(c => c.Status()).ToArray());
        }

        [Fact]
        public void Areas_follow_the_unit_in_the_header_or_the_cell()
        {
            var reading = Read(Document(new[]
            {
                Table(1, new[] { "Name", "Area (km^{2})", "Density (/km^{2})" }, new[] { "Pyongyang", "3,194", "1,019" }, new[] { "Rason", "710 sqmi", "275" }),
            }));

            Assert.Equal(3194, reading.City("Pyongyang").Area().Value);
            Assert.False(reading.City("Pyongyang").Area().IsRounded);
            Assert.Equal(1838.89, reading.City("Rason").Area().Value, 2);
            Assert.True(reading.City("Rason").Area().IsRounded);
            Assert.Equal(MeasureParser.PerSquareKilometre, ((MeasureValue)reading.City("Rason").Get(CityField.Density)!.Value).Measure.Unit);
        }

        [Fact]
        public void A_census_year_in_the_population_header_dates_its_figures()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "City", "Population (2008 census)" }, new[] { "Anju", "240,117" }) }));

            Assert.Equal(2008, reading.City("Anju").Population().CensusYear);
        }

        [Fact]
        public void A_table_of_defunct_special_cities_gives_the_years_each_was_special_and_the_province_it_joined()
        {
            var reading = Read(
                "= S =\n==List of defunct special cities==\n"
                + "| Division name | Chosŏn'gŭl | Hancha | Province absorbed into | Administered Years |\n"
                + "| Chongjin | 청진시 | 淸津市 | North Hamgyong | 1960–1967, 1977–1985 |\n"
                + "| Hamhung | 함흥시 | 咸興市 | South Hamgyong | 1960–1967 |\n");

            var chongjin = reading.City("Chongjin");
            Assert.Equal(new[] { new YearSpan(1960, 1967), new YearSpan(1977, 1985) }, ((PeriodsValue)chongjin.Get(CityField.SpecialCityPeriods)!.Value).Periods.ToArray());
            Assert.Equal("North Hamgyong", chongjin.Text(CityField.Province));
            Assert.Equal(new[] { new YearSpan(1960, 1967) }, ((PeriodsValue)reading.City("Hamhung").Get(CityField.SpecialCityPeriods)!.Value).Periods.ToArray());
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_short_row_is_reported_at_its_line_and_its_aligned_cells_are_still_read()
        {
            var reading = Read("= L =\n| City | Province | Population |\n| Anju | South Pyongan |\n| Kusong | North Pyongan | 196,515 |\n");

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            Assert.Equal(3, problem.Span.Line);
            Assert.Contains("2 cells", problem.Message);
            Assert.Contains("has 3", problem.Message);
            var anju = reading.City("Anju");
            Assert.Equal("South Pyongan", anju.Text(CityField.Province));
            Assert.Null(anju.Get(CityField.Population));
            Assert.Equal(196515, reading.City("Kusong").Population().Value);
        }

        [Fact]
        public void A_long_row_is_reported_and_its_extra_cells_are_not_used()
        {
            var reading = Read("= L =\n| City | Population |\n| Anju | 240,117 | stray | more |\n");

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            Assert.Equal(3, problem.Span.Line);
            Assert.Contains("2 extra cells", problem.Message);
            Assert.Single(reading.City("Anju").Facts);
        }

        [Fact]
        public void The_same_name_twice_in_one_table_keeps_the_first_row_and_reports_the_second()
        {
            var reading = Read("= L =\n| City | Population |\n| Hamhung | 768,551 |\n| Anju | 240,117 |\n| HAMHŬNG | 770,000 |\n");

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.DuplicateEntity, problem.Kind);
            Assert.Equal(5, problem.Span.Line);
            Assert.Contains("first on line 3", problem.Message);
            Assert.Equal(new[] { "Hamhung", "Anju" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal(768551, reading.City("Hamhung").Population().Value);
        }

        [Fact]
        public void The_same_name_in_two_tables_is_not_a_duplicate()
        {
            var reading = Read("= L =\n| City | Population |\n| Hamhung | 768,551 |\n\n| Division name | Administered Years |\n| Hamhung | 1960–1967 |\n");

            Assert.Empty(reading.Problems);
            Assert.Equal(2, reading.Cities.Count(c => c.Name == "Hamhung"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("none")]
        [InlineData("<u>　</u>")]
        public void A_row_without_a_name_is_reported_at_its_line_and_not_used(string name)
        {
            var reading = Read(Document(new[] { Table(7, new[] { "City", "Population" }, new[] { name, "240,117" }, new[] { "Kusong", "196,515" }) }));

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            Assert.Equal(8, problem.Span.Line);
            Assert.Contains("'City'", problem.Message);
            Assert.Equal("Kusong", Assert.Single(reading.Cities).Name);
        }

        [Fact]
        public void An_unreadable_value_is_reported_at_its_cell_and_the_rest_of_the_row_is_kept()
        {
            const string text = "= L =\n| City | Province | Population | Founded |\n| Anju | South Pyongan | many | 1987-13-01 |\n";
            var reading = Read(text);

            Assert.Equal(2, reading.Problems.Count);
            Assert.All(reading.Problems, p => Assert.Equal(ProblemKind.UnreadableValue, p.Kind));
            var population = reading.Problems[0];
            Assert.Equal((3, 26), (population.Span.Line, population.Span.Column));
            Assert.Equal(4, population.Span.Length);
            Assert.Contains("Anju", population.Message);
            Assert.Contains("'many'", population.Message);
            Assert.Contains("'1987-13-01'", reading.Problems[1].Message);
            var anju = reading.City("Anju");
            Assert.Equal("South Pyongan", anju.Text(CityField.Province));
            Assert.Null(anju.Get(CityField.Population));
            Assert.Null(anju.Get(CityField.Founded));
        }

        [Fact]
        public void Ignored_columns_give_no_facts_and_no_problems_and_an_unknown_column_is_reported_once_at_its_header()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "No.", "City", "McCune–Reischauer", "Mayor", "Population" }, new[] { "1", "Anju", "Anju", "Kim", "240,117" }, new[] { "2", "Kusong", "Kusŏng", "Ri", "196,515" }) }));

            Assert.Equal(2, reading.Cities.Count);
            Assert.Equal(CityField.Population, Assert.Single(reading.City("Anju").Facts).Field);
            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.UnusedColumn, problem.Kind);
            Assert.Equal((1, 36), (problem.Span.Line, problem.Span.Column));
            Assert.Contains("'Mayor'", problem.Message);
            Assert.Contains("'No. | City | McCune–Reischauer | Mayor | Population'", problem.Message);
        }

        [Fact]
        public void A_wide_table_is_named_in_messages_by_its_first_columns_and_its_width()
        {
            var header = new[] { "City", "Population", "A1", "A2", "A3", "A4", "A5", "A6", "Mayor", "A8" };
            var reading = Read(Document(new[] { Table(1, header, new[] { "Anju", "240,117", "", "", "", "", "", "", "Kim", "" }) }));

            var mayor = Assert.Single(reading.Problems, p => p.Message.Contains("'Mayor'"));
            Assert.Contains("of the table 'City | Population | A1 | A2 | A3 | A4 | A5 | A6 | … (10 columns)'", mayor.Message);
        }
    }
}
