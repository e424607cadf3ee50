using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables
{
    /// <summary>
    /// Tables whose headers number administrative levels (GADM's NAME_0, NAME_1, NAME_2 with their GID_, VARNAME_,
    /// NL_NAME_, TYPE_, ENGTYPE_, CC_, HASC_): the deepest level names the rows, NAME_1 is their province.
    /// </summary>
    public sealed class LevelledHeadersTests
    {
        private const string Counties =
            "GID_0,NAME_0,GID_1,NAME_1,NL_NAME_1,GID_2,NAME_2,VARNAME_2,NL_NAME_2,TYPE_2,ENGTYPE_2,CC_2,HASC_2\n"
            + "PRK,North Korea,PRK.6_1,Hamgyŏng-bukto,함경북도,PRK.6.3_1,Kilju,Kilju-gun,길주군,Gun,County,,KP.HB.KI\n"
            + "PRK,North Korea,PRK.6_1,Hamgyŏng-bukto,함경북도,PRK.6.1_1,Ch'ŏngjin,Chongjin-si,청진시,Si,City,,KP.HB.CH\n";

        [Fact]
        public void The_deepest_level_names_the_rows_and_the_first_is_their_province()
        {
            var reading = Documents.Read(Counties, "gadm.csv");

            Assert.Equal(new[] { "Kilju", "Ch'ŏngjin" }, reading.Cities.Select(c => c.Name));
            Assert.Equal("Hamgyŏng-bukto", reading.City("Kilju").Text(CityField.Province));
            // The local-script name is the Korean name when it is in Hangul.
            Assert.Equal("길주군", reading.City("Kilju").Text(CityField.KoreanName));
            Assert.Equal("청진시", reading.City("Ch'ŏngjin").Text(CityField.KoreanName));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Merged_with_the_built_in_tables_the_rows_join_their_cities_and_province()
        {
            var reading = DataFileReader.Read("/p/gadm.csv", Counties, priority: 0);
            var model = ModelBuilder.Build(DefaultReadings.All.Append(reading));

            Assert.Equal(9, model.Provinces.Count);
            Assert.Equal("North Hamgyong", Assert.Single(model.Cities, c => c.IdentityName == "Chongjin").ProvinceIdentity);
            Assert.Equal("North Hamgyong", Assert.Single(model.Cities, c => c.IdentityName == "Kilju").ProvinceIdentity);
        }

        [Fact]
        public void A_local_name_column_in_hanja_is_the_hancha()
        {
            var reading = Documents.Read("NAME_0,NAME_1,NAME_2,NL_NAME_2\nNorth Korea,Hamgyŏng-bukto,Kilju,吉州郡\n", "gadm.csv");

            Assert.Equal("吉州郡", Assert.Single(reading.Cities).Text(CityField.Hancha));
        }

        [Fact]
        public void A_third_level_table_takes_the_province_from_the_first_and_ignores_the_second()
        {
            var reading = Documents.Read("NAME_0,NAME_1,NAME_2,NAME_3,ENGTYPE_3\nNorth Korea,Hamgyŏng-namdo,Hamhŭng,Hoesang,District\n", "gadm3.csv");

            var row = Assert.Single(reading.Cities);
            Assert.Equal("Hoesang", row.Name);
            Assert.Equal("Hamgyŏng-namdo", row.Text(CityField.Province));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_first_level_table_is_of_provinces_and_first_level_cities_by_its_type()
        {
            var reading = Documents.Read(
                "GID_0,NAME_0,GID_1,NAME_1,VARNAME_1,NL_NAME_1,TYPE_1,ENGTYPE_1,CC_1,HASC_1\n"
                + "PRK,North Korea,PRK.6_1,Hamgyŏng-bukto,North Hamgyong,함경북도,Do,Province,,KP.HB\n"
                + "PRK,North Korea,PRK.11_1,Rasŏn,Rason,라선특별시,T'ŭkpyŏlsi,Special City,,KP.NA\n",
                "gadm1.csv");

            Assert.Equal("Hamgyŏng-bukto", Assert.Single(reading.Provinces).Name);
            Assert.Equal(CityStatus.SpecialCity, Assert.Single(reading.Cities).Status());
        }

        [Fact]
        public void An_older_gadm_table_reads_the_same_and_its_country_code_is_no_iso_code()
        {
            var reading = Documents.Read(
                "ID_0,ISO,NAME_0,ID_1,NAME_1,ID_2,NAME_2,HASC_2,CCN_2,CCA_2,TYPE_2,ENGTYPE_2,NL_NAME_2,VARNAME_2\n"
                + "187,PRK,North Korea,6,Hamgyŏng-bukto,3,Kilju,KP.HB.KI,0,,Gun,County,길주군,Kilju-gun\n",
                "gadm2.csv");

            var row = Assert.Single(reading.Cities);
            Assert.Equal("Kilju", row.Name);
            Assert.Equal("Hamgyŏng-bukto", row.Text(CityField.Province));
            Assert.Equal("길주군", row.Text(CityField.KoreanName));
            Assert.Null(row.Get(CityField.IsoCode));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Headers_without_a_level_name_are_read_as_words()
        {
            // NAME_0 alone names countries; "Name" and "Population" are plain words.
            var reading = Documents.Read("Name,Population,ID_0\nKilju,125000,1\n", "t.csv");

            Assert.Equal(125000, Assert.Single(reading.Cities).Population().Value);
        }
    }
}
