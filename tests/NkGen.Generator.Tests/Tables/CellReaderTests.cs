using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class CellReaderTests
    {
        private static (FactView? Fact, ReadingParts Parts) ReadCell(CityField field, string written, string header = "", int? census = null)
        {
            var parts = new ReadingParts(File, census);
            var fact = CellReader.Read(field, Cell(written, 7, 12), HeaderText.Of(header.Length == 0 ? field.ToString() : header), "Anju", parts);
            return (FactView.Of(fact), parts);
        }

        public static TheoryData<string> AllFields => new(System.Enum.GetNames(typeof(CityField)));

        [Theory]
        [MemberData(nameof(AllFields))]
        public void A_placeholder_gives_no_fact_and_no_problem_in_any_column(string field)
        {
            foreach (var placeholder in new[] { "", "KP-??", "none", "n/a", "—", "<u>　</u>" })
            {
                var (fact, parts) = ReadCell(System.Enum.Parse<CityField>(field), placeholder);

                Assert.Null(fact);
                Assert.Empty(parts.Problems);
            }
        }

        [Fact]
        public void A_fact_is_located_at_its_cell_and_keeps_the_text_as_written()
        {
            var (fact, _) = ReadCell(CityField.Founded, "1987-08-<u>　</u>");

            Assert.Equal(CityField.Founded, fact!.Field);
            Assert.Equal((7, 12), (fact.Span.Line, fact.Span.Column));
            Assert.Equal("1987-08-<u>　</u>", fact.Value.Written);
            Assert.Equal(FactAuthority.Incidental, fact.Authority);
        }

        [Theory]
        [InlineData("AA")]
        [InlineData("AB")]
        [InlineData("AC")]
        public void A_first_level_code_in_the_province_column_is_a_first_level_status(string code)
        {
            var (fact, parts) = ReadCell(CityField.Province, code);

            Assert.Equal(CityField.Status, fact!.Field);
            Assert.Equal(CityStatus.FirstLevel, ((StatusValue)fact.Value).Status);
            Assert.Equal(code, fact.Value.Written);
            Assert.Empty(parts.Problems);
        }

        [Fact]
        public void Province_names_lose_their_province_suffix_and_markup()
        {
            Assert.Equal("North Hamgyong", ((TextValue)ReadCell(CityField.Province, "**North Hamgyong Province**").Fact!.Value).Text);
            Assert.Equal("South Pyongan", ((TextValue)ReadCell(CityField.RelatedProvince, "South Pyongan province").Fact!.Value).Text);
        }

        [Fact]
        public void Roles_are_a_list()
        {
            var roles = (TextListValue)ReadCell(CityField.Roles, "capital, economic hub, and cultural center").Fact!.Value;

            Assert.Equal(new[] { "capital", "economic hub", "cultural center" }, roles.Items.ToArray());
        }

        [Fact]
        public void A_census_year_in_the_header_wins_over_the_documents_census_note()
        {
            Assert.Equal(1993, ((PopulationValue)ReadCell(CityField.Population, "768,551", "Population (1993 census)", census: 2008).Fact!.Value).Figure.CensusYear);
            Assert.Equal(2008, ((PopulationValue)ReadCell(CityField.Population, "768,551", "Population", census: 2008).Fact!.Value).Figure.CensusYear);
        }

        [Theory]
        [InlineData(nameof(CityField.Population), "many", "a count such as")]
        [InlineData(nameof(CityField.Area), "large", "an area such as")]
        [InlineData(nameof(CityField.Density), "dense", "a density such as")]
        [InlineData(nameof(CityField.Founded), "1987-13", "a date such as")]
        [InlineData(nameof(CityField.Status), "province", "a status such as")]
        [InlineData(nameof(CityField.SpecialCityPeriods), "once", "a list of years")]
        public void An_unreadable_value_is_reported_at_the_cell_naming_the_city_the_value_and_what_was_expected(string field, string written, string expected)
        {
            var (fact, parts) = ReadCell(System.Enum.Parse<CityField>(field), written);

            Assert.Null(fact);
            var problem = Assert.Single(parts.Problems);
            Assert.Equal(ProblemKind.UnreadableValue, problem.Kind);
            Assert.Equal((7, 12, written.Length), (problem.Span.Line, problem.Span.Column, problem.Span.Length));
            Assert.Contains("Anju", problem.Message);
            Assert.Contains($"'{written}'", problem.Message);
            Assert.Contains(expected, problem.Message);
        }

        [Fact]
        public void The_authority_given_is_kept()
        {
            var parts = new ReadingParts(File, null);
            var fact = CellReader.Read(CityField.Status, Cell("Special city", 1), HeaderText.Of("Type"), "Rason", parts, FactAuthority.Dedicated);

            Assert.Equal(FactAuthority.Dedicated, fact!.Value.Authority);
        }
    }
}
