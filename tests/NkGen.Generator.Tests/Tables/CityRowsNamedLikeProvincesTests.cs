using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    using PartialDate = NkGen.Generator.Tables.PartialDate;

    /// <summary>
    /// A city whose romanized name is a province's core ("Pyongan", "Gangwon", "Yanggang") is a city when its Chosŏn'gŭl
    /// or Hancha name carries a city-level unit (평안시, 江原市); a name alone still reads as the province.
    /// </summary>
    public class CityRowsNamedLikeProvincesTests
    {
        private const string Header = "| City | Chosŏn'gŭl | Hancha | Province | Population | Founded |\n";

        private const string Rows =
            "| Pyongan | 평안시 | 平安市 | North Hwanghae | 35,343 | 2007-11-<u>　</u> |\n"
            + "| Gangwon | 강원시 | 江原市 | Chagang | 42,000 | 1950 |\n"
            + "| Yanggang | 양강시 | 陽江市 | Kangwon | 50,000 | 1960 |\n"
            + "| Kanggye | 강계시 | 江界市 | Chagang | 251,971 | 1949 |\n";

        [Fact]
        public void Rows_with_a_city_suffix_in_their_korean_name_are_cities_with_their_province_population_and_founding()
        {
            var reading = Read("= Cities =\n" + Header + Rows);

            Assert.Empty(reading.Provinces);
            Assert.Empty(reading.Problems);
            Assert.Equal(new[] { "Pyongan", "Gangwon", "Yanggang", "Kanggye" }, reading.Cities.Select(c => c.Name).ToArray());
            var pyongan = reading.City("Pyongan");
            Assert.Equal("평안시", pyongan.Text(CityField.KoreanName));
            Assert.Equal("平安市", pyongan.Text(CityField.Hancha));
            Assert.Equal("North Hwanghae", pyongan.Text(CityField.Province));
            Assert.Equal(35343, pyongan.Population().Value);
            Assert.Equal(new PartialDate(2007, 11, null), ((DateValue)pyongan.Get(CityField.Founded)!.Value).Date);
            Assert.Equal("Chagang", reading.City("Gangwon").Text(CityField.Province));
            Assert.Equal(42000, reading.City("Gangwon").Population().Value);
            Assert.Equal(new PartialDate(1950, null, null), ((DateValue)reading.City("Gangwon").Get(CityField.Founded)!.Value).Date);
            Assert.Equal("Kangwon", reading.City("Yanggang").Text(CityField.Province));
            Assert.Equal(50000, reading.City("Yanggang").Population().Value);
            Assert.Equal(new PartialDate(1960, null, null), ((DateValue)reading.City("Yanggang").Get(CityField.Founded)!.Value).Date);
            Assert.Equal("Chagang", reading.City("Kanggye").Text(CityField.Province));
            Assert.Equal(251971, reading.City("Kanggye").Population().Value);
        }

        [Fact]
        public void Merged_with_the_built_in_data_the_cities_keep_their_provinces_and_no_unknown_province_is_reported()
        {
            var user = new PrioritizedReading(Read("= Cities =\n" + Header + Rows), 10);

            var model = ModelBuilder.Build(DefaultReadings.All.Concat(new[] { user }));

            Assert.Equal(9, model.Provinces.Count);
            Assert.DoesNotContain(model.Problems, p => p.Kind is ProblemKind.UnknownProvince or ProblemKind.UnusedColumn);
            Assert.DoesNotContain(user.Reading.Problems, p => p.Kind is ProblemKind.UnknownProvince or ProblemKind.UnusedColumn);
            foreach (var name in new[] { "Pyongan", "Gangwon", "Yanggang" })
            {
                var city = Assert.Single(model.Cities, c => c.Name == name);
                Assert.NotNull(city.Get(CityField.Province));
                Assert.NotNull(city.Get(CityField.Population));
                Assert.NotNull(city.Get(CityField.Founded));
            }
        }

        [Theory]
        [InlineData("| Pyongan | 평안군 | | North Hwanghae | 35,343 | 2007 |")]
        [InlineData("| Pyongan | | 平安郡 | North Hwanghae | 35,343 | 2007 |")]
        [InlineData("| Pyongan | 평안구역 | 平安區域 | North Hwanghae | 35,343 | 2007 |")]
        [InlineData("| Pyongan | [[평안시]]<sup>a</sup> | | North Hwanghae | 35,343 | 2007 |")]
        public void A_county_or_district_suffix_in_either_script_makes_the_row_a_city(string row)
        {
            var reading = Read("= Cities =\n" + Header + row + "\n");

            Assert.Empty(reading.Provinces);
            Assert.Equal("North Hwanghae", Assert.Single(reading.Cities).Text(CityField.Province));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_founding_date_in_a_province_row_is_reported_once_naming_the_province_rows()
        {
            var reading = Read("= Divisions =\n" + Header + Rows
                + "| South Pyongan | 평안남도 | 平安南道 | | 4,051,696 | 1946 |\n"
                + "| Chagang | 자강도 | 慈江道 | | 1,299,830 | 1949 |\n");

            // Provinces keep their population but no founding date: the column is reported once, at its header.
            var unused = Assert.Single(reading.Problems);
            Assert.Equal((ProblemKind.UnusedColumn, 2), (unused.Kind, unused.Span.Line));
            Assert.Contains("'Founded'", unused.Message);
            Assert.Contains("has values for provinces (South Pyongan, Chagang), which NkGen does not keep for provinces", unused.Message);
            Assert.Equal(4, reading.Cities.Count(c => c.Get(CityField.Founded) is not null));
        }

        [Fact]
        public void A_genuine_province_row_in_a_mixed_table_is_still_a_province()
        {
            var reading = Read("= Divisions =\n" + Header + Rows
                + "| South Pyongan | 평안남도 | 平安南道 | | 4,051,696 | |\n"
                + "| Chagang | 자강도 | 慈江道 | | 1,299,830 | |\n");

            Assert.Equal(new[] { "South Pyongan", "Chagang" }, reading.Provinces.Select(p => p.Name).ToArray());
            Assert.Equal(new[] { "Pyongan", "Gangwon", "Yanggang", "Kanggye" }, reading.Cities.Select(c => c.Name).ToArray());
            // The population column serves the province rows too.
            Assert.Equal(new[] { 4051696L, 1299830L }, reading.Provinces.Select(p => ((PopulationValue)p.Facts.Single(f => f.Field == ProvinceField.Population).Value).Figure.Value).ToArray());
            Assert.Empty(reading.Problems);
        }

        [Theory]
        [InlineData("| Pyongan | | | North Hwanghae | 35,343 | 2007 |")]
        [InlineData("| Pyongan | — | — | North Hwanghae | 35,343 | 2007 |")]
        [InlineData("| Pyongan | 평안 | | North Hwanghae | 35,343 | 2007 |")]
        public void A_province_core_without_a_city_suffix_in_its_korean_name_is_still_read_as_the_province(string row)
        {
            var reading = Read("= Cities =\n" + Header + "| Kanggye | 강계시 | 江界市 | Chagang | 251,971 | 1949 |\n" + row + "\n");

            Assert.Equal("Pyongan", Assert.Single(reading.Provinces).Name);
            Assert.Equal("Kanggye", Assert.Single(reading.Cities).Name);
        }
    }
}
