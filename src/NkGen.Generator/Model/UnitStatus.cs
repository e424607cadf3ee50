using System;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The status a place's name gives by its unit, for a city no source gives a status: 길주군, 吉州郡, Kilju County or
    /// Kilju-gun is a county, 대성구역, 大城區域, Taesong District or Taesŏng-guyŏk a district; any other name an ordinary
    /// city, as a list of cities means. The Korean name is asked first, then the Hancha, then the romanized names.
    /// </summary>
    internal static class UnitStatus
    {
        private static readonly string[] CountyWords = { "county", "gun", "kun" };
        private static readonly string[] DistrictWords = { "district", "guyok", "kuyok", "guyeok", "kuyŏk", "guyŏk" };

        private static readonly char[] Separators = { ' ', '-' };

        public static CityStatus Of(string? korean, string? hancha, string name)
        {
            if ((OfKorean(korean) ?? OfKorean(hancha) ?? OfKorean(name)) is { } written) return written;
            return OfRomanized(name) ?? CityStatus.City;
        }

        // At least two syllables before the unit, as AdministrativeSuffix strips it: 군 alone, or 구역 alone, is no name.
        private static CityStatus? OfKorean(string? text)
        {
            if (text is null) return null;
            var t = text.Trim();
            if (t.Length >= 3 && (t.EndsWith("군", StringComparison.Ordinal) || t.EndsWith("郡", StringComparison.Ordinal))) return CityStatus.County;
            if (t.Length >= 4 && (t.EndsWith("구역", StringComparison.Ordinal) || t.EndsWith("區域", StringComparison.Ordinal))) return CityStatus.District;
            return null;
        }

        private static CityStatus? OfRomanized(string name)
        {
            var t = name.Trim();
            var cut = t.LastIndexOfAny(Separators);
            if (cut <= 0) return null;
            var unit = t.Substring(cut + 1);
            if (Is(unit, CountyWords)) return CityStatus.County;
            return Is(unit, DistrictWords) ? CityStatus.District : null;
        }

        private static bool Is(string unit, string[] words)
        {
            foreach (var word in words)
            {
                if (string.Equals(unit, word, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }
    }
}
