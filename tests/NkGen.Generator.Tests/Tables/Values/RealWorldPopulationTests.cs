using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    /// <summary>Populations as Wikipedia, statistics sites, databases and spreadsheets write them.</summary>
    public class RealWorldPopulationTests
    {
        [Theory]
        [InlineData("240.117", 240117L)]
        [InlineData("3.255.288", 3255288L)]
        [InlineData("1'234'567", 1234567L)]
        [InlineData("1’234’567", 1234567L)]
        [InlineData("240\u2009117", 240117L)]
        [InlineData("240\u202F117", 240117L)]
        [InlineData("240\u00A0117", 240117L)]
        [InlineData("668,557a", 668557L)]
        [InlineData("668,557[1]", 668557L)]
        [InlineData("668,557[a]", 668557L)]
        [InlineData("668,557[note 1]", 668557L)]
        [InlineData("668,557*", 668557L)]
        [InlineData("668,557¹", 668557L)]
        [InlineData("668,557ᵃ", 668557L)]
        public void Separators_and_footnote_marks_give_the_exact_figure(string written, long value)
        {
            var figure = PopulationParser.Parse(written, null)!.Value;

            Assert.Equal(value, figure.Value);
            Assert.False(figure.IsRounded);
            Assert.Null(figure.CensusYear);
            Assert.Equal(written, figure.Written);
        }

        [Theory]
        [InlineData("240,117 (2008)", 240117L, 2008)]
        [InlineData("2,581,076 [2008]", 2581076L, 2008)]
        [InlineData("240,117 in 2008", 240117L, 2008)]
        [InlineData("240,117 (2008 census)", 240117L, 2008)]
        [InlineData("240,117 (Census 2008-10-01)", 240117L, 2008)]
        [InlineData("240.117 (1993)", 240117L, 1993)]
        [InlineData("240,117[1] (2008)", 240117L, 2008)]
        public void A_year_after_the_figure_dates_it_over_the_documents_census(string written, long value, int year)
        {
            var figure = PopulationParser.Parse(written, 1993)!.Value;

            Assert.Equal(value, figure.Value);
            Assert.Equal(year, figure.CensusYear);
            Assert.False(figure.IsRounded);
        }

        [Theory]
        [InlineData("est. 240,117")]
        [InlineData("ca. 240,117")]
        [InlineData("~240,117")]
        [InlineData("approx. 240,117")]
        [InlineData("240,117 (est.)")]
        [InlineData("240,117 est.")]
        [InlineData("240,117 (2008 est.)")]
        public void An_estimate_is_rounded(string written)
        {
            var figure = PopulationParser.Parse(written, null)!.Value;

            Assert.Equal(240117, figure.Value);
            Assert.True(figure.IsRounded);
        }

        [Theory]
        [InlineData("1.5")]
        [InlineData("12,34")]
        [InlineData("1,2345")]
        [InlineData("240,117 (1066)")]
        [InlineData("240,117 (2008")]
        [InlineData("240,117 (Hamhung)")]
        [InlineData("1.234,5")]
        [InlineData("240,117 people")]
        public void Text_that_only_looks_like_a_figure_is_not_one(string written)
        {
            Assert.Null(PopulationParser.Parse(written, null));
        }

        [Theory]
        [InlineData("–")]
        [InlineData("—")]
        [InlineData("-")]
        [InlineData("n/a")]
        [InlineData("none")]
        [InlineData("k.A.")]
        [InlineData("k. A.")]
        [InlineData("?")]
        [InlineData("—[1]")]
        public void Dashes_and_no_data_words_are_placeholders(string written)
        {
            Assert.True(Placeholder.Is(written));
        }

        [Theory]
        [InlineData("Special cityb", nameof(CityStatus.SpecialCity))]
        [InlineData("Special city[a]", nameof(CityStatus.SpecialCity))]
        [InlineData("Directly governed city*", nameof(CityStatus.DirectlyGovernedCity))]
        [InlineData("Sonderstadt", nameof(CityStatus.SpecialCity))]
        [InlineData("Stadt", nameof(CityStatus.City))]
        [InlineData("특별시", nameof(CityStatus.SpecialCity))]
        [InlineData("직할시", nameof(CityStatus.DirectlyGovernedCity))]
        public void A_status_is_read_through_footnotes_and_in_german_and_korean(string written, string status)
        {
            Assert.Equal(status, StatusPhrase.Parse(written)?.ToString());
        }

        [Theory]
        [InlineData("Provinceb")]
        [InlineData("Province")]
        [InlineData("Provinz")]
        [InlineData("도")]
        public void A_province_type_is_no_city_status(string written)
        {
            Assert.Null(StatusPhrase.Parse(written));
            Assert.True(ProvinceLikeness.IsProvinceType(written));
        }

        [Theory]
        [InlineData("{{lang|ko|함흥시}}", "{{")]
        [InlineData("함흥시}}", "}}")]
        [InlineData("함흥시]]", "]]")]
        [InlineData("[[Hamhung", "[[")]
        [InlineData("ko|함흥시", "|")]
        [InlineData("768,551<ref name=a/>", "<ref")]
        public void Markup_residue_is_found(string written, string residue)
        {
            Assert.Equal(residue, Residue.Find(written));
        }

        [Theory]
        [InlineData("[[Rason]]")]
        [InlineData("함흥시")]
        [InlineData("<u>　</u>")]
        public void Whole_markup_is_not_residue(string written)
        {
            Assert.Null(Residue.Find(written));
        }

        [Theory]
        [InlineData("*")]
        [InlineData("[")]
        [InlineData("[1]")]
        [InlineData("1 ")]
        [InlineData("1,000")]
        [InlineData("a")]
        [InlineData("(2008)")]
        public void Long_cells_are_read_in_linear_time(string unit)
        {
            var text = "Anju" + string.Concat(System.Linq.Enumerable.Repeat(unit, 50_000));
            var clock = System.Diagnostics.Stopwatch.StartNew();

            PopulationParser.Parse(text, null);
            PopulationParser.Parse("1" + text, null);
            Footnotes.StripTrailing(text);
            Footnotes.Strip(text);
            HeaderText.Of(text);
            ProvinceLikeness.Is(text);
            CountryTotal.Is(text);
            StatusPhrase.Parse(text);
            Residue.Find(text);

            Assert.True(clock.Elapsed < System.TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
        }
    }
}
