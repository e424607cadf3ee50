using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class TableKindTests
    {
        private static TableKind Kind(string[] header, params string[][] rows) => TableKinds.Classify(Table(1, header, rows));

        [Fact]
        public void A_name_column_with_a_city_fact_column_is_a_city_table()
        {
            Assert.Equal(TableKind.Cities, Kind(new[] { "City", "Province", "Population" }, new[] { "Anju", "South Pyongan", "240,117" }));
            Assert.Equal(TableKind.Cities, Kind(new[] { "Division name", "Administered Years" }, new[] { "Hamhung", "1960–1967" }));
            Assert.Equal(TableKind.Cities, Kind(new[] { "Name", "Type", "Area (km^{2})" }));
        }

        [Fact]
        public void Headers_are_recognized_whatever_their_case_and_markup()
        {
            Assert.Equal(TableKind.Cities, Kind(new[] { "**CITY**", "<u>province</u>", "POPULATION (2008 census)" }, new[] { "Anju", "South Pyongan", "240,117" }));
            Assert.Equal(TableKind.Provinces, Kind(new[] { "REGION", "**Major city**" }, new[] { "Kangwon", "Wonsan" }));
            Assert.Equal(TableKind.Classification, Kind(new[] { "TYPE", "City Names" }, new[] { "Special city", "Rason" }));
        }

        [Fact]
        public void A_province_or_region_column_first_with_a_province_fact_is_a_province_table()
        {
            Assert.Equal(TableKind.Provinces, Kind(new[] { "Region", "Character", "Known For", "Major City" }, new[] { "Kangwon Province", "rural", "tourism", "Wonsan" }));
            Assert.Equal(TableKind.Provinces, Kind(new[] { "Province", "Largest city" }, new[] { "Chagang", "Kanggye" }));
        }

        [Fact]
        public void A_province_column_that_is_not_first_belongs_to_a_city_table()
        {
            Assert.Equal(TableKind.Cities, Kind(new[] { "City", "Province", "Known For" }, new[] { "Anju", "South Pyongan", "coal" }));
        }

        [Fact]
        public void Type_with_city_names_is_a_classification_table()
        {
            Assert.Equal(TableKind.Classification, Kind(
                new[] { "Type", "Chosŏn'gŭl", "Hancha", "McCune–Reischauer", "City names", "Number of cities" },
                new[] { "Special city", "특별시", "特別市", "t'ŭkpyŏlsi", "Rason, Nampo, Kaesong", "3" }));
        }

        [Fact]
        public void A_number_column_whose_rows_each_pair_a_status_with_a_count_is_a_count_table()
        {
            Assert.Equal(TableKind.Counts, Kind(new[] { "Name", "Korean", "No.", "", "" }, new[] { "", "special city", "", "", "3" }, new[] { "", "city", "", "", "25" }));
        }

        [Fact]
        public void A_number_column_with_a_row_that_is_no_count_is_not_a_count_table()
        {
            Assert.Equal(TableKind.Cities, Kind(new[] { "No.", "City", "Population" }, new[] { "1", "Anju", "240,117" }));
            Assert.Equal(TableKind.Unrecognized, Kind(new[] { "No.", "Status" }));
        }

        [Fact]
        public void A_numbered_city_list_with_a_type_column_is_a_city_table_not_a_count_table()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "No.", "City", "Type" }, new[] { "1", "Anju", "city" }, new[] { "2", "Rason", "special city" }) }));

            Assert.Equal(TableKind.Cities, TableKinds.Classify(Table(1, new[] { "No.", "City", "Type" }, new[] { "1", "Anju", "city" })));
            Assert.Empty(reading.Counts);
            Assert.Equal(new[] { ("Anju", CityStatus.City), ("Rason", CityStatus.SpecialCity) }, reading.Cities.Select(c => (c.Name, c.Status())).ToArray());
        }

        [Theory]
        [InlineData("Rank|Team|Points")]
        [InlineData("City")]
        [InlineData("Population|Area")]
        [InlineData("Character|Region")]
        [InlineData("")]
        public void Other_headers_are_unrecognized(string header)
        {
            Assert.Equal(TableKind.Unrecognized, Kind(header.Split('|'), new[] { "a", "b", "c" }));
        }

        [Fact]
        public void An_unrecognized_table_is_reported_at_its_header_line_naming_its_header_and_its_rows_are_not_used()
        {
            var reading = Read("= Sports =\n\nIntro\n| Rank | Team | Points |\n| 1 | Pyongyang | 30 |\n| 2 | Kaesong | 20 |\n", "sports.txt");

            var problem = Assert.Single(reading.PartProblems());
            Assert.Equal(ProblemKind.UnrecognizedTable, problem.Kind);
            Assert.Equal("sports.txt", problem.Span.File);
            Assert.Equal(4, problem.Span.Line);
            Assert.Equal(1, problem.Span.Column);
            Assert.Contains("'Rank | Team | Points'", problem.Message);
            Assert.Contains("2 rows", problem.Message);
            Assert.Empty(reading.Cities);
            Assert.Empty(reading.Provinces);
            Assert.Empty(reading.Counts);
            var file = reading.Problems.Single(p => p.Kind == ProblemKind.NoTableRead);
            Assert.Equal((1, 1, 0), (file.Span.Line, file.Span.Column, file.Span.Length));
            Assert.Contains("sports.txt", file.Message);
            Assert.Contains("'Rank | Team | Points'", file.Message);
            Assert.Contains("NkGen reads cities (City, Name", file.Message);
        }

        [Fact]
        public void Recognition_does_not_depend_on_the_file_name_or_the_table_position()
        {
            const string cities = "| City | Population |\n| Anju | 240,117 |\n";
            const string provinces = "| Region | Major City |\n| Kangwon | Wonsan |\n";
            const string other = "| Rank | Team |\n| 1 | Pyongyang |\n";

            var first = Read("= A =\n" + cities + "\n" + provinces + "\n" + other, "001_list.txt");
            var second = Read("= B =\n" + other + "\n" + provinces + "\n" + cities, "zzz.txt");

            Assert.Equal(first.Cities.Select(c => (c.Name, c.Facts.Count)), second.Cities.Select(c => (c.Name, c.Facts.Count)));
            Assert.Equal(first.Provinces.Select(p => p.Name), second.Provinces.Select(p => p.Name));
            Assert.Equal(first.Problems.Select(p => p.Kind), second.Problems.Select(p => p.Kind));
            Assert.Equal(ProblemKind.UnrecognizedTable, Assert.Single(second.Problems).Kind);
        }
    }
}
