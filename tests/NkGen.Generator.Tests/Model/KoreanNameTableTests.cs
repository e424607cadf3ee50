using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// Tables whose names are written in Chosŏn'gŭl or Hancha alone (a Korean source's list of cities and counties): the
    /// name is also the row's Korean name or Hancha, and a place no source romanizes is shown and named in C# in
    /// McCune–Reischauer as English sources print it; the province it names is shown by the province's own name.
    /// </summary>
    public sealed class KoreanNameTableTests
    {
        private const string Counties = "name,population,province\n은덕군,45000,함경북도\n운산군,52000,평안북도\n";

        [Fact]
        public void A_name_in_hangul_is_also_the_korean_name()
        {
            var reading = Documents.Read(Counties, "counties.csv");

            var row = reading.City("은덕군");
            Assert.Equal("은덕군", row.Text(CityField.KoreanName));
            Assert.Equal(CityField.KoreanName, row.Facts[0].Field);
            Assert.Equal(row.NameSpan, row.Facts[0].Span);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_name_in_hanja_is_also_the_hancha_after_the_korean_name_column()
        {
            var reading = Documents.Read("name,korean\n恩德郡,은덕군\n", "counties.csv");

            var row = reading.City("恩德郡");
            Assert.Equal(new[] { CityField.KoreanName, CityField.Hancha }, row.Facts.Select(f => f.Field));
            Assert.Equal("恩德郡", row.Text(CityField.Hancha));
        }

        [Fact]
        public void A_korean_name_column_is_not_doubled_by_the_name()
        {
            var reading = Documents.Read("name,korean\n은덕군,은덕\n", "counties.csv");

            Assert.Equal("은덕", Assert.Single(reading.City("은덕군").Facts, f => f.Field == CityField.KoreanName).Value.Written);
        }

        [Fact]
        public void A_romanized_name_gets_no_korean_name_of_its_own()
        {
            var reading = Documents.Read("name,population\nUndok,45000\n", "counties.csv");

            Assert.Null(reading.City("Undok").Text(CityField.KoreanName));
        }

        [Fact]
        public void A_place_no_source_romanizes_is_named_in_mccune_reischauer_and_keeps_its_hangul()
        {
            var model = ModelBuilder.Build(new[] { DataFileReader.Read("/p/counties.csv", Counties, priority: 0) });

            var undok = Assert.Single(model.Cities, c => c.Name == "Undok");
            Assert.Equal("Undok", undok.IdentityName);
            Assert.Equal("은덕군", ((TextValue)undok.Get(CityField.KoreanName)!.Value.Value).Text);
            Assert.Contains("Ŭndŏk", undok.OtherNames);
            Assert.Contains("Eundeok", undok.OtherNames);
            Assert.Contains(model.Cities, c => c.Name == "Unsan");
            // Without the built-in tables no source romanizes the provinces either: the nine have their English names.
            Assert.Equal(new[] { "North Hamgyong", "North Pyongan" }, model.Provinces.Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal));
            Assert.All(model.Provinces, p => Assert.Equal(p.Name, p.IdentityName));

            var cities = CodeEmitter.Emit(model, EmitOptions.Default).Files.Single(f => f.HintName == "Cities.g.cs").Text;
            Assert.Contains("public static global::NkGen.City Undok => ", cities);
            // A name ending in 군 is a county's.
            Assert.Equal(CityStatus.County, undok.Status);
            Assert.Contains("Undok (은덕군): county in North Hamgyong province.</para>", cities);
        }

        [Fact]
        public void A_place_a_source_romanizes_keeps_that_spelling()
        {
            // The built-in tables write Chongjin; a table in Korean adds only its Hangul name.
            var model = ModelBuilder.Build(DefaultReadings.All.Append(DataFileReader.Read("/p/cities.csv", "name,population\n청진시,667929\n", priority: 10)));

            var chongjin = Assert.Single(model.Cities, c => c.IdentityName == "Chongjin");
            Assert.Equal("Chongjin", chongjin.Name);
        }

        [Fact]
        public void A_province_written_in_korean_is_shown_by_the_provinces_name_also_where_a_special_city_was_re_merged()
        {
            var model = ModelBuilder.Build(DefaultReadings.All.Append(DataFileReader.Read("/p/cities.csv", "name,province\n함흥시,함경남도\n", priority: 10)));

            var hamhung = Assert.Single(model.Cities, c => c.IdentityName == "Hamhung");
            Assert.Equal("함경남도", ((TextValue)hamhung.Get(CityField.Province)!.Value.Value).Text);
            Assert.Equal("South Hamgyong", hamhung.Defunct!.AbsorbedInto);
            var files = CodeEmitter.Emit(model, EmitOptions.Default).Files;
            var cities = files.Single(f => f.HintName == "Cities.g.cs").Text;
            Assert.Contains("Hamhung (함흥시, 咸興市): city in South Hamgyong province.</para>", cities);
            Assert.Contains("re-merged into South Hamgyong in 1967.", cities);
            Assert.DoesNotContain("함경남도 province", cities);
        }
    }
}
