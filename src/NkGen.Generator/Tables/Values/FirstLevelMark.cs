namespace NkGen.Generator.Tables
{
    /// <summary>
    /// What a cell where a city's province belongs can say instead: that the city is under no province. An AA-style code
    /// (<see cref="FirstLevelCode"/>) or the city's own name (<see cref="OwnName"/>) says it is first-level, of a kind another
    /// table gives; a first-level status (<see cref="StatusPhrase.FirstLevelIn"/>: "Special city", as the English Wikipedia
    /// list writes it) says which kind. The one place the Province cell, the province-by-content check and the column plan
    /// ask it.
    /// </summary>
    internal static class FirstLevelMark
    {
        /// <param name="plain">The cell without markup and trailing notes.</param>
        /// <param name="city">The row's name; null where no row is at hand (a column's values judged together), so that the own-name mark is not looked for.</param>
        public static CityStatus? StatusOf(string plain, string? city) =>
            FirstLevelCode.Is(plain) || (city is not null && OwnName.Is(plain, city)) ? CityStatus.FirstLevel : StatusPhrase.FirstLevelIn(plain);
    }
}
