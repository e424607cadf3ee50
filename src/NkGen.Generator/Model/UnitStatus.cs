using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The status a place's name gives by its unit, for a city no source gives a status: 길주군, 吉州郡, Kilju County or
    /// Kilju-gun is a county, 대성구역, 大城區域, Taesong District or Taesŏng-guyŏk a district; any other name an ordinary
    /// city, as a list of cities means. The Korean name is asked first, then the Hancha, then the romanized names. The
    /// units are the ones <see cref="AdministrativeSuffix"/> strips from Korean names, and the words
    /// <see cref="StatusPhrase"/> reads in a Type column.
    /// </summary>
    internal static class UnitStatus
    {
        private static readonly char[] Separators = { ' ', '-' };

        public static CityStatus Of(string? korean, string? hancha, string name) =>
            OfKorean(korean) ?? OfKorean(hancha) ?? OfKorean(name) ?? OfRomanized(name) ?? CityStatus.City;

        private static CityStatus? OfKorean(string? text) =>
            text is not null && AdministrativeSuffix.CityUnitOf(text.Trim()) is { } unit ? SecondLevel(StatusPhrase.Parse(unit)) : null;

        // The last word of a romanized name: "Kilju County", "Kilju-gun".
        private static CityStatus? OfRomanized(string name)
        {
            var t = name.Trim();
            var cut = t.LastIndexOfAny(Separators);
            return cut <= 0 ? null : SecondLevel(StatusPhrase.Parse(t.Substring(cut + 1)));
        }

        // Only the second-level units: a first-level name (라선특별시) is not a status without a source that gives one.
        private static CityStatus? SecondLevel(CityStatus? status) => status is CityStatus.County or CityStatus.District ? status : null;
    }
}
