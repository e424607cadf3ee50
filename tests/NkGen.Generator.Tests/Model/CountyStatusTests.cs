using System.Linq;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Tests.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// Counties (kun) and districts (kuyŏk) listed beside the cities: their status is read from a Type column, or, where
    /// no source gives one, from the unit their name ends with; they are second-level, never first-level.
    /// </summary>
    public sealed class CountyStatusTests
    {
        [Theory]
        [InlineData("길주군", null, "Kilju", nameof(CityStatus.County))]
        [InlineData(null, "吉州郡", "Kilju", nameof(CityStatus.County))]
        [InlineData(null, null, "Kilju County", nameof(CityStatus.County))]
        [InlineData(null, null, "Kilju-gun", nameof(CityStatus.County))]
        [InlineData("대성구역", null, "Taesong", nameof(CityStatus.District))]
        [InlineData(null, null, "Taesŏng-guyŏk", nameof(CityStatus.District))]
        [InlineData(null, null, "Taesong District", nameof(CityStatus.District))]
        [InlineData("함흥시", "咸興市", "Hamhung", nameof(CityStatus.City))]
        [InlineData(null, null, "Hamhung", nameof(CityStatus.City))]
        [InlineData("군", null, "Kun", nameof(CityStatus.City))]
        [InlineData(null, null, "Gun", nameof(CityStatus.City))]
        public void The_unit_a_name_ends_with_gives_the_status(string? korean, string? hancha, string name, string status)
        {
            Assert.Equal(System.Enum.Parse<CityStatus>(status), UnitStatus.Of(korean, hancha, name));
        }

        [Fact]
        public void A_status_a_source_gives_wins_over_the_unit_and_counties_are_not_first_level()
        {
            var model = ModelBuilder.Build(new[]
            {
                DataFileReader.Read("/p/units.csv", "name,korean,type,population\nKilju,길주군,,125000\nOdd,오드군,City,1000\nTaesong,대성구역,,200000\nHamhung,함흥시,,768551\n", priority: 0),
            });

            Assert.Equal(CityStatus.County, Status(model, "Kilju"));
            Assert.Equal(CityStatus.City, Status(model, "Odd"));
            Assert.Equal(CityStatus.District, Status(model, "Taesong"));
            Assert.Equal(CityStatus.City, Status(model, "Hamhung"));
            Assert.DoesNotContain(model.Cities, c => c.IsFirstLevel);
        }

        [Fact]
        public void A_type_column_of_counties_and_districts_is_read()
        {
            var reading = Documents.Read("| Name | Type | Province |\n|---|---|---|\n| Kilju | County | North Hamgyong |\n| Taesong | District | Pyongyang |\n", "t.md");

            Assert.Equal(CityStatus.County, reading.City("Kilju").Status());
            Assert.Equal(CityStatus.District, reading.City("Taesong").Status());
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void The_generated_county_has_the_county_status_and_is_no_special_city()
        {
            var result = new GeneratorHarness().DataFile("/p/counties.csv", "name,population,province\n길주군,125000,함경북도\n").Run();
            var api = new Generated(result.Load());

            // 길주 in McCune–Reischauer, as the member is named when no source romanizes it.
            var kilju = api.City("Kilchu");
            Assert.Equal(AdministrativeStatus.County, kilju.Status);
            Assert.False(kilju.IsFirstLevel);
            Assert.DoesNotContain(api.SpecialCities, c => c.Name == "Kilchu");
            Assert.Equal("North Hamgyong", kilju.Province?.Name);
        }

        [Fact]
        public void A_county_without_a_province_is_documented_as_a_county_not_as_first_level()
        {
            var model = ModelBuilder.Build(new[] { DataFileReader.Read("/p/c.csv", "이름,면적,설치\n길주군,\"1,234㎢\",1952년 12월\n", priority: 0) });
            var cities = CitiesFile(model);

            Assert.Contains("Kilchu (길주군): county.</para>", cities);
            Assert.Contains("founded 1952-12; area 1,234㎢.", cities);
            Assert.DoesNotContain("first-level", cities);
        }

        [Fact]
        public void A_city_without_a_province_is_first_level_in_its_docs_only_when_its_status_says_so()
        {
            var model = ModelBuilder.Build(new[] { DataFileReader.Read("/p/c.csv", "Name,Type,Population\nAnju,,240117\nRason,Special city,196954\n", priority: 0) });
            var cities = CitiesFile(model);

            Assert.Contains("Anju: city.</para>", cities);
            Assert.Contains("Rason: special city, a first-level division.</para>", cities);
        }

        private static string CitiesFile(DataModel model) =>
            NkGen.Generator.Emit.CodeEmitter.Emit(model, NkGen.Generator.Emit.EmitOptions.Default).Files.Single(f => f.HintName == "Cities.g.cs").Text;

        private static CityStatus Status(DataModel model, string name) => Assert.Single(model.Cities, c => c.Name == name).Status;
    }
}
