using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables
{
    /// <summary>
    /// A GeoNames dump, as its export by country writes it (KP.txt): nineteen tab-separated columns, no header row, every
    /// named feature of the country.
    /// </summary>
    public sealed class GeoNamesDumpTests
    {
        private static readonly string Dump = string.Join("\n",
            Row("1871859", "Hamhung", "Hamheung,Hamhŭng,Kanko,咸興,함흥", "P", "PPLA", "768551", admin1: "03"),
            Row("2043572", "Kilju-gun", "Kilchu-gun,길주군", "A", "ADM2", "0"),
            Row("1877449", "Hamgyong-bukto", "North Hamgyong,함경북도", "A", "ADM1", "2327362"),
            Row("1839026", "Paektu-san", "Baekdu-san", "T", "MT", "0"),
            Row("1876002", "Taedong-gang", "", "H", "STM", "0"),
            Row("1870000", "Old Town", "", "P", "PPLH", "0"),
            Row("1870001", "Sinpo", "신포", "P", "PPL", "0", admin1: "03")) + "\n";

        [Fact]
        public void Its_places_are_read_with_the_korean_and_hancha_names_among_the_alternate_names()
        {
            var reading = Documents.Read(Dump, "KP.txt");

            Assert.Equal(new[] { "Hamhung", "Kilju-gun", "Sinpo" }, reading.Cities.Select(c => c.Name));
            Assert.Equal("Hamgyong-bukto", Assert.Single(reading.Provinces).Name);
            var hamhung = reading.City("Hamhung");
            Assert.Equal("함흥", hamhung.Text(CityField.KoreanName));
            Assert.Equal("咸興", hamhung.Text(CityField.Hancha));
            Assert.Equal(768551, hamhung.Population().Value);
            // The Korean name is located at its place in the list.
            var korean = hamhung.Get(CityField.KoreanName)!;
            Assert.Equal(Dump.IndexOf("함흥", System.StringComparison.Ordinal), korean.Span.Start);
            // A population of 0 is none.
            Assert.Null(reading.City("Sinpo").Get(CityField.Population));
        }

        [Fact]
        public void The_rows_of_other_features_are_counted_in_one_info_at_the_first()
        {
            var reading = Documents.Read(Dump, "KP.txt");

            var notPlaces = Assert.Single(reading.Problems, p => p.Kind == ProblemKind.NotAPlace);
            Assert.Equal(4, notPlaces.Span.Line);
            Assert.Contains("3 of the 7 rows", notPlaces.Message);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, DiagnosticDescriptors.For(ProblemKind.NotAPlace).DefaultSeverity);
            // Every column is GeoNames' own and known, and the province row keeps its population: nothing else is reported.
            Assert.Single(reading.Problems);
            Assert.Equal(2327362, ((PopulationValue)Assert.Single(reading.Provinces).Facts.Single(f => f.Field == ProvinceField.Population).Value).Figure.Value);
        }

        [Fact]
        public void Merged_with_the_built_in_tables_its_places_join_theirs_and_a_county_is_a_county()
        {
            var model = ModelBuilder.Build(DefaultReadings.All.Append(DataFileReader.Read("/p/KP.txt", Dump, priority: 0)));

            Assert.Equal(9, model.Provinces.Count);
            Assert.Single(model.Cities, c => c.IdentityName == "Hamhung");
            Assert.Single(model.Cities, c => c.IdentityName == "Sinpo");
            Assert.Equal(CityStatus.County, Assert.Single(model.Cities, c => c.Name == "Kilju-gun").Status);
        }

        [Fact]
        public void A_place_is_in_the_first_level_division_of_its_admin1_code_where_the_dump_holds_it()
        {
            var reading = Documents.Read(Dump, "KP.txt");

            // Kilju-gun's code 17 is Hamgyong-bukto's, located at the code; no ADM1 row of the dump has Hamhung's 03.
            var province = reading.City("Kilju-gun").Facts.Single(f => f.Field == CityField.Province);
            Assert.Equal("Hamgyong-bukto", ((TextValue)province.Value).Text);
            var kiljuLine = Dump.Split('\n')[1];
            Assert.Equal((2, kiljuLine.IndexOf("\t17\t", System.StringComparison.Ordinal) + 2, 2), (province.Span.Line, province.Span.Column, province.Span.Length));
            Assert.Null(reading.City("Hamhung").Get(CityField.Province));
            Assert.Null(reading.City("Sinpo").Get(CityField.Province));
        }

        [Fact]
        public void Merged_its_counties_join_the_province_of_their_code()
        {
            var model = ModelBuilder.Build(DefaultReadings.All.Append(DataFileReader.Read("/p/KP.txt", Dump, priority: 0)));

            var kilju = Assert.Single(model.Cities, c => c.Name == "Kilju-gun");
            Assert.Equal("North Hamgyong", kilju.ProvinceIdentity);
            Assert.Contains("Kilju-gun", Assert.Single(model.Provinces, p => p.IdentityName == "North Hamgyong").CityNames);
            Assert.DoesNotContain(model.Problems, p => p.Kind is ProblemKind.UnknownProvince or ProblemKind.UnusedColumn);
        }

        [Fact]
        public void Of_two_divisions_with_one_code_the_first_names_the_province()
        {
            var reading = Documents.Read(
                Row("1", "Hamgyong-bukto", "", "A", "ADM1", "0") + "\n" + Row("2", "Hamgyong-namdo", "", "A", "ADM1", "0") + "\n" + Row("3", "Kilju", "", "P", "PPL", "0") + "\n",
                "KP.txt");

            Assert.Equal("Hamgyong-bukto", reading.City("Kilju").Text(CityField.Province));
        }

        [Fact]
        public void A_dump_of_places_alone_names_no_province()
        {
            // As cities500.txt: populated places of many countries, no divisions to name their codes.
            var reading = Documents.Read(Row("1", "Kilju", "", "P", "PPL", "0") + "\n" + Row("2", "Hamhung", "", "P", "PPLA", "768551", admin1: "03") + "\n", "cities500.txt");

            Assert.All(reading.Cities, c => Assert.Null(c.Get(CityField.Province)));
            Assert.Empty(reading.Problems);
        }

        [Theory]
        [InlineData("geonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tfeature class\tfeature code\tcountry code\tcc2\tadmin1 code\tadmin2 code\tadmin3 code\tadmin4 code\tpopulation\televation\tdem\ttimezone\tmodification date\n"
            + "1871859\tHamhung\tHamhung\t함흥\t39.91833\t127.53639\tP\tPPLA\tKP\t\t03\t\t\t\t768551\t\t20\tAsia/Pyongyang\t2019-09-05\n")]
        public void A_dump_with_its_header_written_out_is_read_as_a_city_list(string text)
        {
            var reading = Documents.Read(text, "KP.tsv");

            Assert.Equal(768551, reading.City("Hamhung").Population().Value);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_table_of_nineteen_columns_of_another_shape_is_not_taken_for_one()
        {
            var header = string.Join("\t", Enumerable.Range(1, 17).Select(i => "Extra" + i));
            var reading = Documents.Read("City\tPopulation\t" + header + "\nKilju\t125000" + new string('\t', 17) + "\n", "t.tsv");

            Assert.Equal(125000, reading.City("Kilju").Population().Value);
        }

        [Theory]
        [InlineData("P", "PPLX")]
        [InlineData("P", "PPLQ")]
        [InlineData("A", "ADM2H")]
        [InlineData("S", "SCH")]
        public void Sections_abandoned_and_historical_places_and_other_features_are_not_read(string featureClass, string code)
        {
            var reading = Documents.Read(Row("1", "Kilju", "", "P", "PPL", "0") + "\n" + Row("2", "Old Kilju", "", featureClass, code, "0") + "\n", "KP.txt");

            Assert.Equal("Kilju", Assert.Single(reading.Cities).Name);
            Assert.Contains("1 of the 2 rows", Assert.Single(reading.Problems, p => p.Kind == ProblemKind.NotAPlace).Message);
        }

        [Fact]
        public void An_administrative_division_of_any_order_is_read()
        {
            var reading = Documents.Read(Row("1", "Kilju-gun", "", "A", "ADM2", "0") + "\n" + Row("2", "Hamgyong-bukto", "", "A", "ADM1", "0") + "\n", "KP.txt");

            Assert.Single(reading.Cities);
            Assert.Single(reading.Provinces);
        }

        private static string Row(string id, string name, string alternates, string featureClass, string code, string population, string admin1 = "17") =>
            string.Join("\t", id, name, name, alternates, "40.1", "127.5", featureClass, code, "KP", "", admin1, "", "", "", population, "", "20", "Asia/Pyongyang", "2019-09-05");
    }
}
