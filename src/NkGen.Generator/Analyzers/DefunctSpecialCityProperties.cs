namespace NkGen.Generator.Analyzers
{
    /// <summary>The names and values of the properties an NKG0001 diagnostic carries for its code fixes.</summary>
    internal static class DefunctSpecialCityProperties
    {
        /// <summary>What the code does: <see cref="Reference"/>, <see cref="StatusComparison"/> or <see cref="Lookup"/>.</summary>
        public const string Kind = "Kind";

        /// <summary>The city's name.</summary>
        public const string City = "City";

        /// <summary>The member to use today, relative to the generated namespace, e.g. <c>Cities.Chongjin</c>.</summary>
        public const string Replacement = "Replacement";

        /// <summary>The last year the city was a special city, the year a <c>StatusOn(year)</c> fix asks about.</summary>
        public const string Year = "Year";

        /// <summary>For a comparison: <see cref="AlwaysFalse"/>, <see cref="AlwaysTrue"/>, or absent when it depends on more than the status.</summary>
        public const string Outcome = "Outcome";

        /// <summary>A use of a member marked [DefunctSpecialCity], e.g. <c>SpecialCities.Chongjin</c>.</summary>
        public const string Reference = "Reference";

        /// <summary>A question whether a former special city's <c>Status</c> is <c>SpecialCity</c> today.</summary>
        public const string StatusComparison = "StatusComparison";

        /// <summary>A lookup of a defunct special city by a constant name, e.g. <c>SpecialCities.TryGet("Hamhung", out _)</c>.</summary>
        public const string Lookup = "Lookup";

        /// <summary>The comparison is false for every city marked [FormerSpecialCity].</summary>
        public const string AlwaysFalse = "AlwaysFalse";

        /// <summary>The comparison is true for every city marked [FormerSpecialCity].</summary>
        public const string AlwaysTrue = "AlwaysTrue";
    }
}
