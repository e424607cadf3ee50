using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class MeasureParserTests
    {
        private const double SquareMile = 2.589988110336;

        [Theory]
        [InlineData("1,234㎢")]
        [InlineData("1,234 ㎢")]
        [InlineData("1,234 제곱킬로미터")]
        [InlineData("1,234 km²")]
        public void An_area_with_its_unit_in_korean_or_cjk_symbols_is_in_km2(string written)
        {
            Assert.Equal(1234, MeasureParser.ParseArea(written, "")!.Value);
        }

        [Fact]
        public void An_area_under_a_km2_header_is_in_km2_with_its_digits_and_not_rounded()
        {
            var unit = HeaderText.Of("Area (km^{2})").Unit;
            var area = MeasureParser.ParseArea("3,194", unit)!;

            Assert.Equal("km2", unit);
            Assert.Equal(3194, area.Value);
            Assert.Equal(MeasureParser.SquareKilometres, area.Unit);
            Assert.Equal(4, area.SignificantDigits);
            Assert.False(area.IsRounded);
            Assert.Equal("3,194", area.Written);
        }

        [Fact]
        public void Square_miles_in_the_cell_are_converted_to_km2_and_count_as_rounded()
        {
            var area = MeasureParser.ParseArea("710 sqmi", "")!;

            Assert.Equal(710 * SquareMile, area.Value, 6);
            Assert.Equal(MeasureParser.SquareKilometres, area.Unit);
            Assert.Equal(2, area.SignificantDigits);
            Assert.True(area.IsRounded);
            Assert.Equal("710 sqmi", area.Written);
        }

        [Theory]
        [InlineData("746 sq mi")]
        [InlineData("746 mi²")]
        [InlineData("746 square miles")]
        [InlineData("746 mi^{2}")]
        public void Square_miles_are_recognized_however_written(string written)
        {
            var area = MeasureParser.ParseArea(written, "")!;

            Assert.Equal(746 * SquareMile, area.Value, 6);
            Assert.True(area.IsRounded);
        }

        [Fact]
        public void A_square_mile_header_converts_every_cell_below_it()
        {
            var area = MeasureParser.ParseArea("746", HeaderText.Of("Area (sq mi)").Unit)!;

            Assert.Equal(746 * SquareMile, area.Value, 6);
            Assert.True(area.IsRounded);
        }

        [Fact]
        public void A_unit_in_the_cell_wins_over_the_header_unit()
        {
            var area = MeasureParser.ParseArea("710 sqmi", "km2")!;

            Assert.Equal(710 * SquareMile, area.Value, 6);
        }

        [Theory]
        [InlineData("1,309 km2", 1309)]
        [InlineData("1,309 km²", 1309)]
        [InlineData("1,309 sq km", 1309)]
        [InlineData("1,309", 1309)]
        [InlineData("about 1,309", 1309)]
        [InlineData("130,900 ha", 1309)]
        public void Areas_in_km2_or_hectares_are_read_as_km2(string written, double km2)
        {
            Assert.Equal(km2, MeasureParser.ParseArea(written, "")!.Value, 6);
        }

        [Fact]
        public void An_area_ending_in_two_zeros_counts_as_rounded()
        {
            Assert.True(MeasureParser.ParseArea("3,100", "km2")!.IsRounded);
            Assert.False(MeasureParser.ParseArea("3,190", "km2")!.IsRounded);
        }

        [Theory]
        [InlineData("Density (persons per km²)")]
        [InlineData("Density (people/km²)")]
        [InlineData("Bevölkerungsdichte (Einw./km²)")]
        [InlineData("Densidad (hab./km²)")]
        [InlineData("Densidade (habitantes por km²)")]
        [InlineData("Densité (habitants par km²)")]
        [InlineData("Densità (ab./km²)")]
        public void A_density_header_may_name_whom_it_counts_in_five_languages(string header)
        {
            var density = MeasureParser.ParseDensity("159", HeaderText.Of(header).Unit);

            Assert.Equal(159, density!.Value);
            Assert.Null(MeasureParser.ParseDensity("159", HeaderText.Of(header).Unit.Replace("km", "mm")));
        }

        [Fact]
        public void A_density_under_a_per_km2_header_is_people_per_km2()
        {
            var unit = HeaderText.Of("Density (/km^{2})").Unit;
            var density = MeasureParser.ParseDensity("1,019", unit)!;

            Assert.Equal(1019, density.Value);
            Assert.Equal(MeasureParser.PerSquareKilometre, density.Unit);
            Assert.False(density.IsRounded);
        }

        [Fact]
        public void A_density_per_square_mile_is_converted_to_per_km2()
        {
            var density = MeasureParser.ParseDensity("2,640", "/sq mi")!;

            Assert.Equal(2640 / SquareMile, density.Value, 6);
            Assert.True(density.IsRounded);
        }

        [Theory]
        [InlineData("", "km2")]
        [InlineData("large", "km2")]
        [InlineData("3,194", "acres")]
        [InlineData("3,194 furlongs", "")]
        public void An_unreadable_figure_or_unknown_unit_is_not_a_measure(string written, string headerUnit)
        {
            Assert.Null(MeasureParser.ParseArea(written, headerUnit));
        }
    }
}
