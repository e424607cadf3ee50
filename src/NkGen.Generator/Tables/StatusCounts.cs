namespace NkGen.Generator.Tables
{
    /// <summary>What a count of cities of one status counts.</summary>
    internal static class StatusCounts
    {
        public static CountedThing Of(CityStatus status) => status switch
        {
            CityStatus.City => CountedThing.Cities,
            CityStatus.SpecialCity => CountedThing.SpecialCities,
            CityStatus.DirectlyGovernedCity => CountedThing.DirectlyGovernedCities,
            CityStatus.SpecialLevelCity => CountedThing.SpecialLevelCities,
            CityStatus.FirstLevel => CountedThing.FirstLevelCities,
            CityStatus.County => CountedThing.Counties,
            CityStatus.District => CountedThing.Districts,
        };

        /// <summary>"9 provinces", "2 directly governed cities", "4 first-level cities"; null for things NkGen does not count.</summary>
        public static CountedThing? OfNoun(string noun)
        {
            var normalized = HeaderText.Normalize(noun);
            if (normalized is "provinces" or "province") return CountedThing.Provinces;
            return StatusPhrase.Parse(noun) is { } status ? Of(status) : null;
        }
    }
}
