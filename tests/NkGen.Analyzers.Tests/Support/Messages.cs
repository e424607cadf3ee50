namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>The exact NKG0001 messages for the stand-in's two defunct special cities.</summary>
    internal static class Messages
    {
        public const string ChongjinHistory = "Chongjin has not been a special city since 1985: it was re-merged into North Hamgyong (special city 1960–1967, 1977–1985); ";

        public const string HamhungHistory = "Hamhung has not been a special city since 1967: it was re-merged into South Hamgyong (special city 1960–1967); ";

        public const string ChongjinReference = ChongjinHistory + "use Cities.Chongjin";

        public const string HamhungReference = HamhungHistory + "use Cities.Hamhung";

        public const string ChongjinStatus = ChongjinHistory + "its Status is never SpecialCity today; ask about its history with Cities.Chongjin.StatusOn(year)";

        public const string HamhungStatus = HamhungHistory + "its Status is never SpecialCity today; ask about its history with Cities.Hamhung.StatusOn(year)";

        public const string HamhungLookup = HamhungHistory + "SpecialCities.TryGet never finds it; use Cities.TryGet";

        public const string ChongjinLookup = ChongjinHistory + "SpecialCities.TryGet never finds it; use Cities.TryGet";
    }
}
