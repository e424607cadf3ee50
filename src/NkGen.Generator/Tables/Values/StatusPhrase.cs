namespace NkGen.Generator.Tables
{
    /// <summary>
    /// An administrative status as tables name it, singular or plural, English or romanized Korean:
    /// "Directly administered city", "direct-administered city", "chikhalsi", "Special city", "t'ŭkpyŏlsi",
    /// "Special-level city", "city"; German ("Stadt", "Sonderstadt", "regierungsunmittelbare Stadt") and Korean (시,
    /// 특별시, 직할시, 특급시) names of the same statuses. Footnote marks are read through, also a letter glued to the last word
    /// ("Special cityb").
    /// </summary>
    internal static class StatusPhrase
    {
        public static CityStatus? Parse(string written)
        {
            var plain = Footnotes.Strip(Markup.Plain(written));
            return ParsePlain(plain) ?? (Footnotes.WithoutGluedLetter(plain) is { } unglued ? ParsePlain(unglued) : null);
        }

        private static CityStatus? ParsePlain(string written)
        {
            switch (written.Trim())
            {
                case "시": return CityStatus.City;
                case "특별시": return CityStatus.SpecialCity;
                case "직할시": return CityStatus.DirectlyGovernedCity;
                case "특급시": return CityStatus.SpecialLevelCity;
            }

            var german = HeaderText.Normalize(written);
            if (german.EndsWith("stadt", System.StringComparison.Ordinal) && !german.Contains("city"))
            {
                if (german.Contains("sonder")) return CityStatus.SpecialCity;
                if (german.Contains("unmittelbar") || german.Contains("direkt")) return CityStatus.DirectlyGovernedCity;
                return german == "stadt" ? CityStatus.City : null;
            }

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
