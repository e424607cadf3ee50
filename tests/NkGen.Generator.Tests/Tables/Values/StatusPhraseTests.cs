using System;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class StatusPhraseTests
    {
        [Theory]
        [InlineData("Directly administered city", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("direct-administered city", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("Direct-administered city", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("directly governed cities", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("chikhalsi", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("capital city", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("Special city", nameof(CityStatus.SpecialCity))]
        [InlineData("SPECIAL CITIES", nameof(CityStatus.SpecialCity))]
        [InlineData("t'ŭkpyŏlsi", nameof(CityStatus.SpecialCity))]
        [InlineData("Special-level city", nameof(CityStatus.SpecialLevelCity))]
        [InlineData("special level city", nameof(CityStatus.SpecialLevelCity))]
        [InlineData("t'ŭkkŭpsi", nameof(CityStatus.SpecialLevelCity))]
        [InlineData("first-level city", nameof(CityStatus.FirstLevel))]
        [InlineData("city", nameof(CityStatus.City))]
        [InlineData("City", nameof(CityStatus.City))]
        [InlineData("si", nameof(CityStatus.City))]
        [InlineData("<u>city</u>", nameof(CityStatus.City))]
        [InlineData("kreisfreie Stadt", nameof(CityStatus.FirstLevel))]
        [InlineData("County", nameof(CityStatus.County))]
        [InlineData("Counties", nameof(CityStatus.County))]
        [InlineData("kun", nameof(CityStatus.County))]
        [InlineData("군", nameof(CityStatus.County))]
        [InlineData("Landkreis", nameof(CityStatus.County))]
        [InlineData("District", nameof(CityStatus.District))]
        [InlineData("Kuyŏk", nameof(CityStatus.District))]
        [InlineData("구역", nameof(CityStatus.District))]
        [InlineData("Hauptstadt", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("Capital", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("수도", nameof(CityStatus.DirectlyGovernedCity))]
        public void Status_phrases_are_read_whatever_their_case_hyphens_or_romanization(string written, string status)
        {
            Assert.Equal(Enum.Parse<CityStatus>(status), StatusPhrase.Parse(written));
        }

        [Theory]
        [InlineData("")]
        [InlineData("province")]
        [InlineData("special administrative regions")]
        [InlineData("county seat")]
        [InlineData("Pyongyang")]
        [InlineData("big city")]
        public void Text_that_names_no_city_status_is_null(string written)
        {
            Assert.Null(StatusPhrase.Parse(written));
        }

        [Theory]
        [InlineData("Special city", nameof(CityStatus.SpecialCity))]
        [InlineData("Special-level city[a]", nameof(CityStatus.SpecialLevelCity))]
        [InlineData("직할시", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("Sonderstadt", nameof(CityStatus.SpecialCity))]
        [InlineData("Hauptstadt", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("Capital", nameof(CityStatus.DirectlyGovernedCity))]
        public void A_first_level_status_where_a_province_stands_is_read(string written, string status)
        {
            Assert.Equal(Enum.Parse<CityStatus>(status), StatusPhrase.FirstLevelIn(written));
        }

        [Theory]
        [InlineData("South Pyongan")]
        [InlineData("Hamgyŏng-namdo")]
        [InlineData("city")]
        [InlineData("Stadt")]
        [InlineData("Pyongyang-si")]
        [InlineData("Sinuiju")]
        [InlineData("County")]
        [InlineData("구역")]
        public void A_province_or_a_plain_city_is_no_first_level_status(string written)
        {
            Assert.Null(StatusPhrase.FirstLevelIn(written));
        }
    }
}
