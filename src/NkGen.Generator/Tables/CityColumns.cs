using System.Collections.Generic;

namespace NkGen.Generator.Tables
{
    /// <summary>The column headers a city table may have, after <see cref="HeaderText"/> normalization.</summary>
    internal static class CityColumns
    {
        private static readonly HashSet<string> NameHeaders = new() { "city", "name", "city name", "division name", "division", "special city", "municipality" };

        private static readonly Dictionary<string, CityField> Fields = new()
        {
            ["chosongul"] = CityField.KoreanName,
            ["korean"] = CityField.KoreanName,
            ["korean name"] = CityField.KoreanName,
            ["hangul"] = CityField.KoreanName,
            ["hancha"] = CityField.Hancha,
            ["hanja"] = CityField.Hancha,
            ["province"] = CityField.Province,
            ["province absorbed into"] = CityField.Province,
            ["absorbed into"] = CityField.Province,
            ["merged into"] = CityField.Province,
            ["province related"] = CityField.RelatedProvince,
            ["related province"] = CityField.RelatedProvince,
            ["population"] = CityField.Population,
            ["area"] = CityField.Area,
            ["density"] = CityField.Density,
            ["population density"] = CityField.Density,
            ["founded"] = CityField.Founded,
            ["founding date"] = CityField.Founded,
            ["established"] = CityField.Founded,
            ["year of assignment"] = CityField.Founded,
            ["type"] = CityField.Status,
            ["status"] = CityField.Status,
            ["iso"] = CityField.IsoCode,
            ["iso code"] = CityField.IsoCode,
            ["iso 3166 2"] = CityField.IsoCode,
            ["capital"] = CityField.Capital,
            ["seat"] = CityField.Capital,
            ["region"] = CityField.Region,
            ["administered years"] = CityField.SpecialCityPeriods,
            ["special city years"] = CityField.SpecialCityPeriods,
            ["years as special city"] = CityField.SpecialCityPeriods,
            ["role"] = CityField.Roles,
            ["roles"] = CityField.Roles,
            ["known for"] = CityField.KnownFor,
            ["best for"] = CityField.BestFor,
        };

        /// <summary>Columns a table may carry that hold nothing NkGen models (row numbers, romanizations, notes).</summary>
        private static readonly HashSet<string> Ignored = new() { "", "no", "number", "rank", "mccune reischauer", "romanization", "revised romanization", "notes", "note", "remarks" };

        public static bool IsName(HeaderText header) => NameHeaders.Contains(header.Core);

        public static CityField? FieldOf(HeaderText header) => Fields.TryGetValue(header.Core, out var field) ? field : null;

        public static bool IsIgnored(HeaderText header) => Ignored.Contains(header.Core);
    }
}
