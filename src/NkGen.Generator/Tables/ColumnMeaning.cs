namespace NkGen.Generator.Tables
{
    /// <summary>What a column holds, whatever language its header is in (see <see cref="HeaderVocabulary"/>).</summary>
    internal enum ColumnMeaning
    {
        /// <summary>The entity's name: City, Name, Stadt, 도시.</summary>
        Name,
        KoreanName,
        Hancha,
        Province,

        /// <summary>The province a defunct special city was merged back into.</summary>
        ProvinceAbsorbedInto,
        RelatedProvince,
        Population,
        Area,
        Density,
        Founded,
        Status,
        IsoCode,
        Capital,

        /// <summary>A region: the province when every value names one (see <see cref="ProvinceLikeness"/>), else a region such as Kwanso.</summary>
        Region,

        /// <summary>A district: the province when its values name provinces, else a column NkGen cannot use.</summary>
        District,
        SpecialCityPeriods,
        Roles,
        KnownFor,
        BestFor,
        Character,
        MajorCity,

        /// <summary>The cities of a status, in a classification table.</summary>
        CityNames,

        /// <summary>A count or row number: the count of a summary table, nothing in a city list.</summary>
        Count,

        /// <summary>Holds nothing NkGen models: rank, romanizations, notes, row ids, the country.</summary>
        Ignored,
    }
}
