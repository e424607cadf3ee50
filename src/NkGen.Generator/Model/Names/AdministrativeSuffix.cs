using System;

namespace NkGen.Generator.Model.Names
{
    /// <summary>What kind of place a name names: the suffixes that may end it differ.</summary>
    internal enum PlaceKind
    {
        City,
        Province,
    }

    /// <summary>
    /// Strips the administrative unit from a Hangul or Hanja name, so 함흥시, 함흥 and 咸興市 name one city. Only units
    /// that cannot be the last syllable of a place's own name are stripped, one at a time, and only while at least two
    /// syllables remain: Korean place names are two syllables or more, and 구 (district), 리 (village) and 동 (quarter)
    /// end too many real names (구성 is Kusong) to be stripped safely.
    /// </summary>
    internal static class AdministrativeSuffix
    {
        // Longest first: 특별시 before 시. The Hanja stand in the Hangul's order, unit for unit.
        private static readonly string[] CityHangul = { "특별시", "직할시", "특급시", "구역", "지구", "시", "군" };
        private static readonly string[] CityHanja = { "特別市", "直轄市", "特級市", "區域", "地區", "市", "郡" };
        private static readonly string[] ProvinceHangul = { "도" };
        private static readonly string[] ProvinceHanja = { "道" };

        public static string StripHangul(string syllables, PlaceKind kind) => Strip(syllables, kind == PlaceKind.City ? CityHangul : ProvinceHangul);

        public static string StripHanja(string characters, PlaceKind kind) => Strip(characters, kind == PlaceKind.City ? CityHanja : ProvinceHanja);

        /// <summary>
        /// The name ends with a city-level unit (시 市, 군 郡, 구역 區域 …) that <see cref="StripHangul"/> or
        /// <see cref="StripHanja"/> would take off: it names a city or county, never a province.
        /// </summary>
        public static bool IsCityLevel(string name) =>
            StripHangul(name, PlaceKind.City).Length != name.Length || StripHanja(name, PlaceKind.City).Length != name.Length;

        /// <summary>
        /// The city-level unit that <see cref="StripHangul"/> or <see cref="StripHanja"/> would take off the name, in Hangul
        /// (郡 is 군, 區域 is 구역): what the name says the place is. Null when it ends with none.
        /// </summary>
        public static string? CityUnitOf(string name)
        {
            var at = IndexOfSuffix(name, CityHangul);
            if (at >= 0) return CityHangul[at];
            at = IndexOfSuffix(name, CityHanja);
            return at >= 0 ? CityHangul[at] : null;
        }

        private static string Strip(string name, string[] suffixes)
        {
            var at = IndexOfSuffix(name, suffixes);
            return at < 0 ? name : name.Substring(0, name.Length - suffixes[at].Length);
        }

        // The first suffix, longest first, that ends the name and leaves at least two characters of it.
        private static int IndexOfSuffix(string name, string[] suffixes)
        {
            for (var i = 0; i < suffixes.Length; i++)
            {
                if (name.Length - suffixes[i].Length >= 2 && name.EndsWith(suffixes[i], StringComparison.Ordinal)) return i;
            }

            return -1;
        }
    }
}
