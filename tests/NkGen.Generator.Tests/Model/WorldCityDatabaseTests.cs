using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// City lists as world-city databases export them, merged with the built-in tables: database column names, coordinates
    /// and keys beside the names, a first-level city given as its own first-level division, a capital column of kinds.
    /// </summary>
    public sealed class WorldCityDatabaseTests
    {
        // The shape of the countries-states-cities database's cities.csv.
        private const string StatesAndCities =
            "id,name,state_id,state_code,state_name,country_id,country_code,country_name,latitude,longitude,wikiDataId\n"
            + "65208,Kanggye,3998,04,Chagang,116,KP,North Korea,40.96946000,126.58523000,Q15165\n"
            + "65252,Wŏnsan,3999,07,Kangwon,116,KP,North Korea,39.15278000,127.44361000,Q215627\n"
            + "65200,Hamhŭng,4007,08,South Hamgyong,116,KP,North Korea,39.91833000,127.53639000,Q14891\n"
            + "65186,Changgang-gun,3998,04,Chagang,116,KP,North Korea,41.06333000,126.72556000,Q495470\n"
            + "65235,Pyongyang,4005,01,Pyongyang,116,KP,North Korea,39.03385000,125.75432000,Q18808\n"
            + "65233,Rason,4010,13,Rason,116,KP,North Korea,42.25694000,130.29778000,Q49311\n";

        // The shape of a world-cities CSV with quoted fields, an ASCII name beside the name and a capital column of kinds.
        private const string WorldCities =
            "\"city\",\"city_ascii\",\"lat\",\"lng\",\"country\",\"iso2\",\"iso3\",\"admin_name\",\"capital\",\"population\",\"id\"\n"
            + "\"Pyongyang\",\"Pyongyang\",\"39.0194\",\"125.7381\",\"Korea, North\",\"KP\",\"PRK\",\"P’yŏngyang\",\"primary\",\"3255288\",\"1408738594\"\n"
            + "\"Hamhŭng\",\"Hamhung\",\"39.9167\",\"127.5333\",\"Korea, North\",\"KP\",\"PRK\",\"Hamgyŏng-namdo\",\"admin\",\"768551\",\"1408118489\"\n"
            + "\"Namp’o\",\"Nampo\",\"38.7333\",\"125.4000\",\"Korea, North\",\"KP\",\"PRK\",\"Namp’o\",\"admin\",\"366815\",\"1408340404\"\n"
            + "\"Kilju\",\"Kilju\",\"40.9667\",\"129.3333\",\"Korea, North\",\"KP\",\"PRK\",\"Hamgyŏng-bukto\",\"\",\"125000\",\"1408000001\"\n";

        [Fact]
        public void A_states_and_cities_export_gives_each_city_its_province_and_first_level_cities_none()
        {
            var (reading, model) = Merge("/p/cities.csv", StatesAndCities);

            Assert.Equal(new[] { "Kanggye", "Wŏnsan", "Hamhŭng", "Changgang-gun", "Pyongyang", "Rason" }, reading.Cities.Select(c => c.Name).ToArray());
            // Keys, codes and coordinates are known columns NkGen does not keep: nothing to report.
            Assert.Empty(reading.Problems);
            Assert.Equal("Chagang", ProvinceOf(reading, "Changgang-gun"));
            Assert.Equal(CityStatus.FirstLevel, StatusOf(reading, "Pyongyang"));
            Assert.Equal(CityStatus.FirstLevel, StatusOf(reading, "Rason"));
            Assert.Null(ProvinceOf(reading, "Pyongyang"));

            // No province is made of a first-level city, and none is reported unknown.
            Assert.Equal(9, model.Provinces.Count);
            Assert.DoesNotContain(model.Problems, p => p.Kind == ProblemKind.UnknownProvince);
            var pyongyang = Assert.Single(model.Cities, c => c.IdentityName == "Pyongyang");
            Assert.Equal(CityStatus.DirectlyGovernedCity, pyongyang.Status);
            Assert.Null(pyongyang.ProvinceIdentity);
            Assert.Equal("South Hamgyong", Assert.Single(model.Cities, c => c.IdentityName == "Hamhung").ProvinceIdentity);
        }

        [Fact]
        public void A_world_cities_export_reads_its_admin_names_as_provinces_and_reports_its_capital_kinds_once()
        {
            var (reading, model) = Merge("/p/worldcities.csv", WorldCities);

            Assert.Equal(4, reading.Cities.Count);
            Assert.Equal("Hamgyŏng-namdo", ProvinceOf(reading, "Hamhŭng"));
            Assert.Equal(CityStatus.FirstLevel, StatusOf(reading, "Pyongyang"));
            Assert.Equal(CityStatus.FirstLevel, StatusOf(reading, "Namp’o"));
            Assert.All(reading.Cities, c => Assert.DoesNotContain(c.Facts, f => f.Field == CityField.Capital));

            var capital = Assert.Single(reading.Problems);
            Assert.Equal((ProblemKind.UnusedColumn, 1, 71), (capital.Kind, capital.Span.Line, capital.Span.Column));
            Assert.Contains("'capital'", capital.Message);
            Assert.Contains("kinds of capital (primary, admin", capital.Message);

            Assert.Equal(9, model.Provinces.Count);
            Assert.Equal("North Hamgyong", Assert.Single(model.Cities, c => c.IdentityName == "Kilju").ProvinceIdentity);
            Assert.Equal(CityStatus.SpecialCity, Assert.Single(model.Cities, c => c.IdentityName == "Nampo").Status);
        }

        [Fact]
        public void A_capital_column_of_seats_is_still_read_and_one_mixing_seats_and_kinds_too()
        {
            var seats = Documents.Read("city,capital,population\nRason,Rajin-guyok,196954\nPyongyang,Chung-guyok,3255288\n", "seats.csv");
            var mixed = Documents.Read("city,capital,population\nRason,Rajin-guyok,196954\nPyongyang,primary,3255288\n", "mixed.csv");

            Assert.Equal("Rajin-guyok", seats.City("Rason").Text(CityField.Capital));
            Assert.Empty(seats.Problems);
            Assert.Equal("primary", mixed.City("Pyongyang").Text(CityField.Capital));
        }

        [Fact]
        public void A_query_service_export_reads_its_labels_and_leaves_its_entities_and_points()
        {
            const string Query = "item,itemLabel,koreanName,provinceLabel,population,coord\n"
                + "http://www.wikidata.org/entity/Q18808,Pyongyang,평양직할시,Pyongyang,3255288,Point(125.754444 39.019444)\n"
                + "http://www.wikidata.org/entity/Q49292,Kilju County,길주군,North Hamgyong Province,,Point(129.3 40.96)\n";
            var (reading, model) = Merge("/p/query.csv", Query);

            Assert.Empty(reading.Problems);
            Assert.Equal(new[] { "Pyongyang", "Kilju County" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal("길주군", reading.City("Kilju County").Text(CityField.KoreanName));
            Assert.Equal(CityStatus.FirstLevel, StatusOf(reading, "Pyongyang"));
            Assert.Equal(9, model.Provinces.Count);
            Assert.Equal("North Hamgyong", Assert.Single(model.Cities, c => c.Name == "Kilju County").ProvinceIdentity);
        }

        [Fact]
        public void Language_tagged_name_columns_give_the_korean_name_and_the_hancha()
        {
            var reading = Documents.Read("name,name:ko,name:ko-Hani,population\nPyongsong,평성시,平城市,284386\n", "osm.csv");

            Assert.Empty(reading.Problems);
            Assert.Equal(("평성시", "平城市"), (reading.City("Pyongsong").Text(CityField.KoreanName), reading.City("Pyongsong").Text(CityField.Hancha)));
        }

        [Fact]
        public void Of_several_name_columns_the_romanized_one_names_the_rows_and_one_in_hangul_gives_the_korean_name()
        {
            var osm = Documents.Read("name,name:en,place\n은덕군,Undok,town\n길주군,Kilju,town\n", "osm.csv");
            var korean = Documents.Read("이름,영문,인구\n길주군,Kilju,125000\n", "korean.csv");

            Assert.Equal(new[] { "Undok", "Kilju" }, osm.Cities.Select(c => c.Name).ToArray());
            Assert.Equal("은덕군", osm.City("Undok").Text(CityField.KoreanName));
            Assert.Equal(("Kilju", "길주군"), (korean.Cities[0].Name, korean.City("Kilju").Text(CityField.KoreanName)));
            Assert.DoesNotContain(korean.Problems, p => p.Kind == ProblemKind.UnusedColumn);
        }

        [Fact]
        public void A_name_column_in_hanja_beside_the_romanized_one_gives_the_hancha()
        {
            var reading = Documents.Read("이름,Name,인구\n吉州郡,Kilju,125000\n", "hanja.csv");

            Assert.Equal("Kilju", Assert.Single(reading.Cities).Name);
            Assert.Equal("吉州郡", reading.City("Kilju").Text(CityField.Hancha));
            Assert.DoesNotContain(reading.Problems, p => p.Kind == ProblemKind.UnusedColumn);
        }

        [Theory]
        [InlineData("yes", "no")]
        [InlineData("TRUE", "false")]
        [InlineData("primary", "minor")]
        public void A_capital_column_of_flags_is_one_unused_column(string first, string second)
        {
            var reading = Documents.Read($"city,capital,population\nPyongyang,{first},3255288\nHamhung,{second},768551\nKilju,,125000\n", "flags.csv");

            Assert.All(reading.Cities, c => Assert.Null(c.Text(CityField.Capital)));
            Assert.Contains("kinds of capital", Assert.Single(reading.Problems).Message);
        }

        [Fact]
        public void A_name_column_in_hangul_beside_a_korean_one_repeats_it_and_is_ignored()
        {
            var reading = Documents.Read("name,name:en,name:ko\n은덕군,Undok,은덕군\n", "osm.csv");

            Assert.Equal("은덕군", reading.City("Undok").Text(CityField.KoreanName));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_romanized_name_column_beside_the_one_that_names_the_rows_is_reported_as_another_name_column()
        {
            var reading = Documents.Read("name,name:en,population\nUndok,Undok County,50000\n", "t.csv");

            var unused = Assert.Single(reading.Problems);
            Assert.Contains("The column 'name:en' ", unused.Message);
            Assert.Contains("another name column, and NkGen names the rows by the 'name' column", unused.Message);
        }

        [Fact]
        public void An_openstreetmap_export_reads_its_names_and_ignores_its_record_columns()
        {
            // Overpass's CSV: the record's @id and @type (an element type, not a status), names per language.
            var reading = Documents.Read(
                "@id,@type,@lat,@lon,name,name:en,name:ko,name:ko-Latn,name:ja,population,is_in:province,wikidata\n"
                + "123,node,40.96,129.33,길주군,Kilju,길주군,Gilju-gun,吉州郡,125000,함경북도,Q491085\n",
                "osm.csv");

            var kilju = reading.City("Kilju");
            Assert.Equal("길주군", kilju.Text(CityField.KoreanName));
            Assert.Equal("함경북도", kilju.Text(CityField.Province));
            Assert.Null(kilju.Get(CityField.Status));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_county_of_a_first_level_city_is_in_no_province_and_makes_none()
        {
            // A Korean source listing cities and counties with their parent division, as its own headers write them.
            const string Counties = "| 행정구역 | 한자 | 상위 행정구역 | 인구 (2008년) |\n|---|---|---|---|\n"
                + "| 함흥시 | 咸興市 | 함경남도 | 768,551 |\n"
                + "| 강동군 | 江東郡 | 평양직할시 | 225,000 |\n"
                + "| 은덕군 | 恩德郡 | Rason | 50,000 |\n";
            var (reading, model) = Merge("/p/counties.md", Counties);

            Assert.Equal(3, reading.Cities.Count);
            Assert.Equal(9, model.Provinces.Count);
            Assert.DoesNotContain(model.Problems, p => p.Kind == ProblemKind.UnknownProvince);
            // Named in Hangul alone: shown, and named in C#, in McCune–Reischauer as English sources print it.
            var county = Assert.Single(model.Cities, c => c.Name == "Kangdong");
            Assert.Equal("Kangdong", county.IdentityName);
            Assert.Equal("평양직할시", ((TextValue)county.Get(CityField.Province)!.Value.Value).Text);
            Assert.Null(county.ProvinceIdentity);
            Assert.Equal("South Hamgyong", Assert.Single(model.Cities, c => c.IdentityName == "Hamhung").ProvinceIdentity);
            Assert.DoesNotContain(model.Provinces, p => p.CityNames.Contains("Kangdong"));

            var cities = CodeEmitter.Emit(model, EmitOptions.Default).Files.Single(f => f.HintName == "Cities.g.cs").Text;
            Assert.Contains("Kangdong (강동군, 江東郡): county in 평양직할시.</para>", cities);
            Assert.Contains("Undok (은덕군, 恩德郡): county in Rason.</para>", cities);
            Assert.Contains("public static global::NkGen.City Kangdong => ", cities);
            // Hamhung's province, written 함경남도 here, is shown by the province's own name.
            Assert.Contains("Hamhung (함흥시, 咸興市): city in South Hamgyong province.</para>", cities);
        }

        [Fact]
        public void A_first_level_status_in_the_province_column_is_the_status_not_a_province()
        {
            // The English Wikipedia list writes the first-level cities' status where the others have their province.
            const string List = "| City | Chosŏn'gŭl | Hancha | Province | Population |\n"
                + "| Kaesong | 개성특급시 | 開城特級市 | Special-level city[a] | 308,440 |\n"
                + "| Nampo | 남포특별시 | 南浦特別市 | Special cityb | 366,341 |\n"
                + "| Pyongyang | 평양직할시 | 平壤直轄市 | Direct-administered city | 3,255,288 |\n"
                + "| Rason | 라선시 | 羅先市 | kreisfreie Stadt | 196,954 |\n"
                + "| Anju | 안주시 | 安州市 | South Pyongan | 240,117 |\n";
            var (reading, model) = Merge("/p/list.md", List);

            Assert.Empty(reading.Problems);
            Assert.Equal(
                new CityStatus?[] { CityStatus.SpecialLevelCity, CityStatus.SpecialCity, CityStatus.DirectlyGovernedCity, CityStatus.FirstLevel, null },
                reading.Cities.Select(c => StatusOf(reading, c.Name)).ToArray());
            Assert.All(reading.Cities.Take(4), c => Assert.Null(c.Text(CityField.Province)));
            Assert.Equal(9, model.Provinces.Count);
            Assert.DoesNotContain(model.Problems, p => p.Kind == ProblemKind.UnknownProvince);
        }

        [Fact]
        public void Column_names_joined_by_capitals_are_read()
        {
            var reading = Documents.Read("cityName,stateName,population\nKanggye,Chagang,251971\n", "camel.csv");

            Assert.Empty(reading.Problems);
            Assert.Equal("Chagang", ProvinceOf(reading, "Kanggye"));
            Assert.Equal(251971, reading.City("Kanggye").Population().Value);
        }

        [Fact]
        public void A_natural_earth_export_gives_name_province_population_and_korean_name_and_reports_nothing()
        {
            // The shape of Natural Earth's populated places (a few of its many columns): ranks, flags, a population series,
            // a name per language.
            const string NaturalEarth =
                "SCALERANK,FEATURECLA,NAME,NAMEASCII,ADM0NAME,ADM1NAME,ISO_A2,LATITUDE,LONGITUDE,POP_MAX,POP_MIN,MAX_POP10,POP1950,POP2035,WIKIDATAID,NAME_EN,NAME_JA,NAME_KO,NAME_ZH,NE_ID,min_zoom\n"
                + "4,Populated place,Kilju,Kilju,North Korea,Hamgyong-bukto,KP,40.9667,129.3333,125000,125000,0,0,0,Q491085,Kilju,吉州郡,길주군,吉州郡,1159151,8\n";
            var (reading, model) = Merge("/p/ne.csv", NaturalEarth);

            var kilju = reading.City("Kilju");
            Assert.Equal("Hamgyong-bukto", ProvinceOf(reading, "Kilju"));
            Assert.Equal(125000, kilju.Population().Value);
            Assert.Equal("길주군", kilju.Text(CityField.KoreanName));
            // NAME_EN repeats NAME: nothing in it is lost.
            Assert.Empty(reading.Problems);
            Assert.Equal("North Hamgyong", Assert.Single(model.Cities, c => c.Name == "Kilju").ProvinceIdentity);
        }

        [Fact]
        public void An_english_name_column_that_differs_from_the_name_in_one_row_is_still_reported()
        {
            var reading = DataFileReader.Read("/p/ne.csv", "NAME,NAME_EN,POP_MAX\nKilju,Kilju,125000\nHamhung,Hamhŭng,768551\n", priority: 0).Reading;

            var unused = Assert.Single(reading.Problems);
            Assert.Contains("The column 'NAME_EN' ", unused.Message);
        }

        private static (TableReading Reading, DataModel Model) Merge(string path, string text)
        {
            var reading = DataFileReader.Read(path, text, priority: 0);
            return (reading.Reading, ModelBuilder.Build(DefaultReadings.All.Append(reading)));
        }

        private static string? ProvinceOf(TableReading reading, string city) => reading.City(city).Text(CityField.Province);

        private static CityStatus? StatusOf(TableReading reading, string city) =>
            reading.City(city).Facts.Where(f => f.Field == CityField.Status).Select(f => ((StatusValue)f.Value).Status).Cast<CityStatus?>().SingleOrDefault();
    }
}
