using NkGen.Generator.Common;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables
{
    /// <summary>The one reading of a row's text fact that the merge keys every row by (<see cref="PlaceKeys.Of(CityRow)"/>).</summary>
    public class RowFieldTextTests
    {
        private static readonly SourceSpan At = new("t.txt", 1, 1, 0, 1);

        private static CityFact Fact(CityField field, FactValue value) => new(field, value, At);

        [Fact]
        public void A_city_row_gives_its_first_text_fact_of_the_field()
        {
            var row = new CityRow("Hamhung", At, new[]
            {
                Fact(CityField.Province, new TextValue("South Hamgyong", "South Hamgyong")),
                Fact(CityField.KoreanName, new TextValue("함흥시", "함흥시")),
                Fact(CityField.KoreanName, new TextValue("咸興市", "咸興市")),
            }.ToEquatableArray());

            Assert.Equal("함흥시", row.Text(CityField.KoreanName));
            Assert.Null(row.Text(CityField.Hancha));
        }

        [Fact]
        public void A_first_fact_that_is_not_text_gives_no_text_even_when_a_later_one_is()
        {
            var row = new CityRow("Anju", At, new[]
            {
                Fact(CityField.KoreanName, new StatusValue(CityStatus.City, "city")),
                Fact(CityField.KoreanName, new TextValue("안주시", "안주시")),
            }.ToEquatableArray());

            Assert.Null(row.Text(CityField.KoreanName));
        }

        [Fact]
        public void A_province_row_is_keyed_by_its_hangul_as_its_name_would_be_with_it()
        {
            var row = new ProvinceRow("Hamgyong", At, new[]
            {
                new ProvinceFact(ProvinceField.KoreanName, new TextValue("함경남도", "함경남도"), At),
            }.ToEquatableArray());

            Assert.Equal("함경남도", row.Text(ProvinceField.KoreanName));
            var keys = PlaceKeys.Of(row);
            Assert.Equal(PlaceKeys.Of(PlaceKind.Province, "Hamgyong", "함경남도").Hangul, keys.Hangul);
            Assert.NotNull(keys.Hangul);
            Assert.Null(PlaceKeys.Of(PlaceKind.Province, "Hamgyong").Hangul);
        }
    }
}
