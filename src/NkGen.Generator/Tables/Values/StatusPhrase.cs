namespace NkGen.Generator.Tables
{
    /// <summary>
    /// An administrative status as tables name it, singular or plural, English or romanized Korean:
    /// "Directly administered city", "direct-administered city", "chikhalsi", "Special city", "t'ŭkpyŏlsi",
    /// "Special-level city", "city".
    /// </summary>
    internal static class StatusPhrase
    {
        public static CityStatus? Parse(string written)
        {
            var t = " " + HeaderText.Normalize(written).Replace("cities", "city") + " ";
            if (!(t.Contains(" city ") || t.Contains("si ") || t.Contains(" municipality "))) return null;
            if (t.Contains("special level") || t.Contains("tukkupsi")) return CityStatus.SpecialLevelCity;
            if (t.Contains("direct") || t.Contains("capital city") || t.Contains("chikhalsi")) return CityStatus.DirectlyGovernedCity;
            if (t.Contains("first level")) return CityStatus.FirstLevel;
            if (t.Contains("special city") || t.Contains("tukpyolsi")) return CityStatus.SpecialCity;
            return t.Trim() is "city" or "si" or "ordinary city" or "provincial city" ? CityStatus.City : null;
        }
    }
}
