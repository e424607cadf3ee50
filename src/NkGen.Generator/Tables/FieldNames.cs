namespace NkGen.Generator.Tables
{
    /// <summary>How fields are named in messages and docs.</summary>
    internal static class FieldNames
    {
        public static string Of(CityField field) => field switch
        {
            CityField.KoreanName => "Korean name",
            CityField.Hancha => "Hancha",
            CityField.Province => "province",
            CityField.RelatedProvince => "related province",
            CityField.Population => "population",
            CityField.Area => "area",
            CityField.Density => "density",
            CityField.Founded => "founding date",
            CityField.Status => "status",
            CityField.IsoCode => "ISO code",
            CityField.Capital => "capital",
            CityField.Region => "region",
            CityField.Roles => "roles",
            CityField.KnownFor => "known for",
            CityField.BestFor => "best for",
            CityField.SpecialCityPeriods => "special-city years",
        };

        public static string Of(ProvinceField field) => field switch
        {
            ProvinceField.Character => "character",
            ProvinceField.KnownFor => "known for",
            ProvinceField.MajorCity => "major city",
            ProvinceField.KoreanName => "Korean name",
            ProvinceField.Hancha => "Hancha",
            ProvinceField.Population => "population",
            ProvinceField.Area => "area",
            ProvinceField.Density => "density",
            ProvinceField.Capital => "capital",
            ProvinceField.IsoCode => "ISO code",
            ProvinceField.Region => "region",
        };

        public static string Of(CityStatus status) => status switch
        {
            CityStatus.City => "city",
            CityStatus.SpecialCity => "special city",
            CityStatus.DirectlyGovernedCity => "directly governed city",
            CityStatus.SpecialLevelCity => "special-level city",
            CityStatus.FirstLevel => "first-level city",
            CityStatus.County => "county",
            CityStatus.District => "district",
        };

        public static string Of(CountedThing thing) => thing switch
        {
            CountedThing.Provinces => "provinces",
            CountedThing.Cities => "ordinary cities",
            CountedThing.FirstLevelCities => "first-level cities",
            CountedThing.DirectlyGovernedCities => "directly governed cities",
            CountedThing.SpecialCities => "special cities",
            CountedThing.SpecialLevelCities => "special-level cities",
            CountedThing.CitiesOverOneMillion => "cities over one million",
            CountedThing.Counties => "counties",
            CountedThing.Districts => "districts",
        };
    }
}
