namespace NkGen.Generator.Tables
{
    /// <summary>
    /// An administrative status as tables name it, singular or plural, English or romanized Korean:
    /// "Directly administered city", "direct-administered city", "chikhalsi", "Special city", "t'ŭkpyŏlsi",
    /// "Special-level city", "city", "county" (kun), "district" (kuyŏk); German ("Stadt", "Sonderstadt", "regierungsunmittelbare
    /// Stadt", "Landkreis", "Stadtbezirk") and Korean (시, 특별시, 직할시, 특급시, 군, 구역) names of the same statuses; the
    /// capital ("Capital", "Hauptstadt", 수도) is the directly governed city it is in North Korea. Footnote marks are read through, also a letter glued to the last word
    /// ("Special cityb").
    /// </summary>
    internal static class StatusPhrase
    {
        public static CityStatus? Parse(string written)
        {
            var plain = Footnotes.Strip(Markup.Plain(written));
            return ParsePlain(plain) ?? (Footnotes.WithoutGluedLetter(plain) is { } unglued ? ParsePlain(unglued) : null);
        }

        /// <summary>
        /// The first-level status a Province cell gives instead of a province: the English Wikipedia list writes "Special
        /// city" or "Direct-administered city" there for the cities under no province. Null for a province, or a plain city.
        /// </summary>
        public static CityStatus? FirstLevelIn(string written)
        {
            // Asked of every row's province: only text with a word a status is written with is parsed.
            if (written.IndexOf("cit", System.StringComparison.OrdinalIgnoreCase) < 0 && written.IndexOf("stadt", System.StringComparison.OrdinalIgnoreCase) < 0
                && written.IndexOf("capital", System.StringComparison.OrdinalIgnoreCase) < 0 && written.IndexOf("수도", System.StringComparison.Ordinal) < 0
                && written.IndexOf("si", System.StringComparison.OrdinalIgnoreCase) < 0 && written.IndexOf('시') < 0 && written.IndexOf("municipal", System.StringComparison.OrdinalIgnoreCase) < 0)
            {
                return null;
            }

            return Parse(written) is { } status && Statuses.IsFirstLevel(status) ? status : null;
        }

        private static CityStatus? ParsePlain(string written)
        {
            switch (written.Trim())
            {
                case "시": return CityStatus.City;
                case "특별시": return CityStatus.SpecialCity;
                case "직할시": return CityStatus.DirectlyGovernedCity;
                case "특급시": return CityStatus.SpecialLevelCity;
                case "군": return CityStatus.County;
                case "구역": return CityStatus.District;
                case "수도": return CityStatus.DirectlyGovernedCity;
            }

            var german = HeaderText.Normalize(written);
            if (german.EndsWith("stadt", System.StringComparison.Ordinal) && !german.Contains("city"))
            {
                if (german.Contains("sonder")) return CityStatus.SpecialCity;
                if (german.Contains("unmittelbar") || german.Contains("direkt")) return CityStatus.DirectlyGovernedCity;
                // A "kreisfreie Stadt" is under no district: first-level, of a kind the table does not say.
                if (german.Contains("kreisfrei")) return CityStatus.FirstLevel;
                // The capital, as a German list writes it where the province would be: Pyongyang, a directly governed city.
                if (german == "hauptstadt") return CityStatus.DirectlyGovernedCity;
                return german == "stadt" ? CityStatus.City : null;
            }

            switch (german)
            {
                case "county" or "counties" or "kun" or "gun" or "landkreis" or "kreis": return CityStatus.County;
                case "capital": return CityStatus.DirectlyGovernedCity;
                case "district" or "districts" or "kuyok" or "guyok" or "guyeok" or "urban district" or "stadtbezirk": return CityStatus.District;
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
