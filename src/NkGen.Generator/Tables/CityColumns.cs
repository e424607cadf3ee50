namespace NkGen.Generator.Tables
{
    /// <summary>The fact a column gives a city row or a province row, from its header's <see cref="ColumnMeaning"/>.</summary>
    internal static class CityColumns
    {
        public static bool IsName(HeaderText header) => HeaderVocabulary.MeaningOf(header) == ColumnMeaning.Name;

        /// <summary>The city fact a column gives. Region is the region until its values show it to be the province (<see cref="ColumnPlan"/>).</summary>
        public static CityField? FieldOf(HeaderText header) => HeaderVocabulary.MeaningOf(header) switch
        {
            ColumnMeaning.KoreanName => CityField.KoreanName,
            ColumnMeaning.Hancha => CityField.Hancha,
            ColumnMeaning.Province or ColumnMeaning.ProvinceAbsorbedInto => CityField.Province,
            ColumnMeaning.RelatedProvince => CityField.RelatedProvince,
            ColumnMeaning.Population => CityField.Population,
            ColumnMeaning.Area => CityField.Area,
            ColumnMeaning.Density => CityField.Density,
            ColumnMeaning.Founded => CityField.Founded,
            ColumnMeaning.Status => CityField.Status,
            ColumnMeaning.IsoCode => CityField.IsoCode,
            ColumnMeaning.Capital => CityField.Capital,
            ColumnMeaning.Region => CityField.Region,
            ColumnMeaning.SpecialCityPeriods => CityField.SpecialCityPeriods,
            ColumnMeaning.Roles => CityField.Roles,
            ColumnMeaning.KnownFor => CityField.KnownFor,
            ColumnMeaning.BestFor => CityField.BestFor,
            _ => null,
        };

        /// <summary>
        /// The province fact a column gives: NkGen keeps a province's Korean and Hancha names, population, area, density, seat,
        /// ISO code and region, character, what it is known for and its major city.
        /// </summary>
        public static ProvinceField? ProvinceFieldOf(HeaderText header) => HeaderVocabulary.MeaningOf(header) switch
        {
            ColumnMeaning.Character => ProvinceField.Character,
            ColumnMeaning.KnownFor => ProvinceField.KnownFor,
            ColumnMeaning.MajorCity => ProvinceField.MajorCity,
            ColumnMeaning.KoreanName => ProvinceField.KoreanName,
            ColumnMeaning.Hancha => ProvinceField.Hancha,
            ColumnMeaning.Population => ProvinceField.Population,
            ColumnMeaning.Area => ProvinceField.Area,
            ColumnMeaning.Density => ProvinceField.Density,
            ColumnMeaning.Capital => ProvinceField.Capital,
            ColumnMeaning.IsoCode => ProvinceField.IsoCode,
            ColumnMeaning.Region => ProvinceField.Region,
            _ => null,
        };

        /// <summary>Columns that hold nothing NkGen models (row numbers, romanizations, notes), read by no table kind's rows.</summary>
        public static bool IsIgnored(HeaderText header) => HeaderVocabulary.MeaningOf(header) is ColumnMeaning.Ignored or ColumnMeaning.Count;

        /// <summary>A column that may hold a row's province: named Province, Region or District.</summary>
        public static bool IsProvinceLike(HeaderText header) => HeaderVocabulary.MeaningOf(header) is ColumnMeaning.Province or ColumnMeaning.Region or ColumnMeaning.District;
    }
}
