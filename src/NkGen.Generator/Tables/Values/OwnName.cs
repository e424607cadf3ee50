using System;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A city's own name where its province belongs: world-city databases give a first-level city itself as its first-level
    /// division ("Pyongyang" or "P’yŏngyang-si" in Pyongyang's row, "Rason" in Rason's). Such a value says the city is
    /// first-level, as an AA-style code does; it is no province. Compared as headers are (case, diacritics and apostrophes
    /// folded), without the unit words a first-level city is written with.
    /// </summary>
    internal static class OwnName
    {
        // Longest first: "직할시" ends in "시" too.
        private static readonly string[] HangulUnits = { "직할시", "특별시", "특급시", "시" };

        private static readonly string[] Units =
        {
            " directly governed city", " directly administered city", " special level city", " special city", " capital city",
            " metropolitan city", " city", " chikhalsi", " jikhalsi", " tukpyolsi", " teukbyeolsi", " tukkupsi", " teukgeupsi", " si", " shi",
        };

        /// <summary>Whether <paramref name="value"/> names <paramref name="city"/> itself, with or without a city-level unit.</summary>
        public static bool Is(string value, string city)
        {
            // Asked of every row's province: most differ in their first letter, which needs no normal form to see.
            if (FirstLetter(value) is { } v && FirstLetter(city) is { } c && v != c) return false;
            var own = Core(value);
            return own.Length > 0 && string.Equals(own, Core(city), StringComparison.Ordinal);
        }

        // The first character lower-cased when it is an ASCII letter; null for anything a normal form could change.
        private static char? FirstLetter(string text)
        {
            var i = 0;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length) return null;
            var c = text[i];
            return c is >= 'a' and <= 'z' ? c : c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : null;
        }

        private static string Core(string name)
        {
            var trimmed = name.Trim();
            foreach (var unit in HangulUnits)
            {
                if (trimmed.Length > unit.Length && trimmed.EndsWith(unit, StringComparison.Ordinal))
                {
                    trimmed = trimmed.Substring(0, trimmed.Length - unit.Length);
                    break;
                }
            }

            var core = HeaderText.Normalize(trimmed);
            foreach (var unit in Units)
            {
                if (core.Length > unit.Length && core.EndsWith(unit, StringComparison.Ordinal)) return core.Substring(0, core.Length - unit.Length);
            }

            return core;
        }
    }
}
