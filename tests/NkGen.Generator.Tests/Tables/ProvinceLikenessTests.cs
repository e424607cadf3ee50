using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables
{
    public class ProvinceLikenessTests
    {
        [Theory]
        [InlineData("North Hamgyong")]
        [InlineData("South P'yŏngan")]
        [InlineData("Pyeongannam-do")]
        [InlineData("Hamgyŏng-bukto")]
        [InlineData("Hamgyongbukdo")]
        [InlineData("Hamgyong N")]
        [InlineData("Pyongan S")]
        [InlineData("Hwanghae P")]
        [InlineData("Nord-Hamgyŏng")]
        [InlineData("Süd-Hwanghae")]
        [InlineData("Kangwon Province")]
        [InlineData("Gangwon")]
        [InlineData("Chagang-do")]
        [InlineData("Jagang")]
        [InlineData("Ryanggang")]
        [InlineData("Yanggang")]
        [InlineData("함경북도")]
        [InlineData("강원도")]
        [InlineData("량강도")]
        [InlineData("Kangwondo")]
        [InlineData("Pyongannamdo")]
        [InlineData("HWANGHAE")]
        public void Built_in_provinces_in_their_written_forms_are_known(string name)
        {
            Assert.True(ProvinceLikeness.IsKnown(name));
            Assert.True(ProvinceLikeness.Is(name));
        }

        [Theory]
        [InlineData("Rason Province")]
        [InlineData("Kaesong-do")]
        [InlineData("개성도")]
        public void Other_names_in_a_province_form_are_province_like_but_not_known(string name)
        {
            Assert.False(ProvinceLikeness.IsKnown(name));
            Assert.True(ProvinceLikeness.Is(name));
        }

        [Theory]
        [InlineData("Pyongyang")]
        [InlineData("Pyongyang-si")]
        [InlineData("Hamhung")]
        [InlineData("Kwanso")]
        [InlineData("Waudo")]
        [InlineData("North Korea")]
        [InlineData("함흥시")]
        [InlineData("")]
        [InlineData("Hamgyong Pyongan")]
        [InlineData("Province")]
        [InlineData("Pukto")]
        [InlineData("Sinpodo")]
        public void Cities_regions_and_the_country_are_no_provinces(string name)
        {
            Assert.False(ProvinceLikeness.IsKnown(name));
            Assert.False(ProvinceLikeness.Is(name));
        }

        [Theory]
        [InlineData("North Korea")]
        [InlineData("DPRK")]
        [InlineData("Korea, North")]
        [InlineData("Total")]
        [InlineData("TOTAL[1]")]
        [InlineData("Gesamt")]
        [InlineData("Summe")]
        [InlineData("합계")]
        [InlineData("전국")]
        public void Country_total_rows_are_recognized(string name)
        {
            Assert.True(CountryTotal.Is(name));
        }

        [Fact]
        public void The_first_letter_shortcut_answers_as_the_normal_form_does()
        {
            // Names near the totals: their words, cased and marked, with notes, markup and letters before them.
            var words = new[] { "Total", "north korea", "DPRK", "Ｔotal", "Ñordkorea", "'Summe", "[a]Total", "*Gesamt", "Insgesamt[1]", "Kaesong", "Sinuiju", "Pyongyang", "합계", " Total", "t", "" };
            var totals = 0;
            foreach (var a in words)
            {
                foreach (var glue in new[] { "", " ", "''", "[[", "]]", "–" })
                {
                    foreach (var b in words)
                    {
                        var name = a + glue + b;
                        Assert.Equal(CountryTotal.IsByNormalForm(name), CountryTotal.Is(name));
                        if (CountryTotal.Is(name)) totals++;
                    }
                }
            }

            Assert.InRange(totals, 10, 1000);
        }

        [Fact]
        public void A_long_glued_word_is_read_without_recursion()
        {
            Assert.False(ProvinceLikeness.Is(new string('d', 100_000) + "o"));
            Assert.False(ProvinceLikeness.Is(string.Concat(System.Linq.Enumerable.Repeat("do", 100_000))));
        }
    }
}
