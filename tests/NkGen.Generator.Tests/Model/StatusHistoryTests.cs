using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Model
{
    using PartialDate = NkGen.Generator.Tables.PartialDate;
    using StatusPeriod = NkGen.Generator.Model.StatusPeriod;

    /// <summary>
    /// A city with no special-city years has a history of one period from its founding. Cities of one status founded in
    /// one year share that history; the history must be the same as one made for each city, in and out of the shared years.
    /// </summary>
    public class StatusHistoryTests
    {
        [Theory]
        [InlineData(nameof(CityStatus.City), 1945)]
        [InlineData(nameof(CityStatus.City), 1800)]
        [InlineData(nameof(CityStatus.City), 2099)]
        [InlineData(nameof(CityStatus.City), 1799)]
        [InlineData(nameof(CityStatus.City), 2100)]
        [InlineData(nameof(CityStatus.City), 12)]
        [InlineData(nameof(CityStatus.City), -40)]
        [InlineData(nameof(CityStatus.City), 9999)]
        [InlineData(nameof(CityStatus.SpecialCity), 1960)]
        [InlineData(nameof(CityStatus.FirstLevel), 2099)]
        [InlineData(nameof(CityStatus.DirectlyGovernedCity), 1800)]
        public void A_city_without_special_years_is_its_status_since_its_founding(string statusName, int year)
        {
            var status = (CityStatus)System.Enum.Parse(typeof(CityStatus), statusName);
            var (history, defunct) = StatusHistory.Build(status, null, Founded(year), null);

            Assert.Equal(new[] { new StatusPeriod(status, year, null) }, history.ToArray());
            Assert.Null(defunct);
        }

        [Fact]
        public void Two_cities_founded_alike_have_equal_histories_and_others_differ()
        {
            var first = StatusHistory.Build(CityStatus.City, null, Founded(1967), null).History;
            var second = StatusHistory.Build(CityStatus.City, null, Founded(1967), null).History;
            var later = StatusHistory.Build(CityStatus.City, null, Founded(1968), null).History;
            var special = StatusHistory.Build(CityStatus.SpecialCity, null, Founded(1967), null).History;

            Assert.Equal(first, second);
            Assert.NotEqual(first, later);
            Assert.NotEqual(first, special);
            Assert.Equal(new[] { new StatusPeriod(CityStatus.SpecialCity, 1967, null) }, special.ToArray());
        }

        [Fact]
        public void A_city_without_a_founding_year_has_no_history()
        {
            Assert.Empty(StatusHistory.Build(CityStatus.City, null, null, null).History);
        }

        private static ChosenFact Founded(int year) =>
            new(new DateValue(new PartialDate(year, null, null), year.ToString(System.Globalization.CultureInfo.InvariantCulture)), At("a.txt", 3), "Guide", EquatableArray<SourceSpan>.Empty);
    }
}
