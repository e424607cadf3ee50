using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class OwnNameTests
    {
        [Theory]
        [InlineData("Pyongyang", "Pyongyang")]
        [InlineData("P’yŏngyang", "Pyongyang")]
        [InlineData("Pyongyang-si", "Pyongyang")]
        [InlineData("Pyongyang City", "Pyongyang")]
        [InlineData("Pyongyang Capital City", "Pyongyang")]
        [InlineData("P'yŏngyang-jikhalsi", "Pyongyang")]
        [InlineData("Rasŏn", "Rason")]
        [InlineData("Namp’o Special City", "Nampo")]
        [InlineData("Rason", "Rason City")]
        [InlineData("평양직할시", "평양")]
        [InlineData("라선특별시", "라선시")]
        public void A_city_written_with_or_without_its_unit_is_its_own_name(string value, string city) => Assert.True(OwnName.Is(value, city));

        [Theory]
        [InlineData("South Pyongan", "Pyongyang")]
        [InlineData("Pyongan", "Pyongyang")]
        [InlineData("Hamgyŏng-namdo", "Hamhung")]
        [InlineData("평양직할시", "Pyongyang")]
        [InlineData("", "Pyongyang")]
        [InlineData("City", "Pyongyang")]
        [InlineData("시", "Pyongyang")]
        public void Another_place_or_script_or_a_bare_unit_is_not(string value, string city) => Assert.False(OwnName.Is(value, city));
    }
}
