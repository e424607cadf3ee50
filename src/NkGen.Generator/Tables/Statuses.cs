namespace NkGen.Generator.Tables
{
    /// <summary>What a status says of a place's rank.</summary>
    internal static class Statuses
    {
        /// <summary>A first-level division, equal in rank to a province: the special, directly governed and special-level cities.</summary>
        public static bool IsFirstLevel(CityStatus status) => status is not (CityStatus.City or CityStatus.County or CityStatus.District);
    }
}
