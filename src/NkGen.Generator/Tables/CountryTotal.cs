using System;
using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A row that sums up the whole country, not a city or province: "North Korea", "DPRK", "Total", "Gesamt", "Summe",
    /// "합계", "전국". Provinces tables end with one; read as a city it would become <c>Cities.NorthKorea</c>.
    /// </summary>
    internal static class CountryTotal
    {
        private static readonly HashSet<string> Names = new(
            new[]
            {
                "North Korea", "Korea, North", "DPRK", "DPR Korea", "Korea DPR", "Democratic People's Republic of Korea", "Total", "Grand total",
                "Country total", "Nordkorea", "Demokratische Volksrepublik Korea", "Gesamt", "Insgesamt", "Summe", "Gesamtsumme",
                "합계", "총계", "전국", "계", "북한", "조선민주주의인민공화국", "조선",
            }.Select(HeaderText.Normalize),
            StringComparer.Ordinal);

        // The first character of each name's normal form: a name beginning with an ASCII letter keeps that letter, lower
        // case, first in its normal form, so a letter no total begins with rules it out without normalizing every row's name.
        private static readonly HashSet<char> FirstCharacters = new(Names.Where(n => n.Length > 0).Select(n => n[0]));

        public static bool Is(string plain)
        {
            if (plain.Length > 0 && plain[0] < 0x80 && char.IsLetter(plain[0]) && !FirstCharacters.Contains(char.ToLowerInvariant(plain[0]))) return false;
            return IsByNormalForm(plain);
        }

        /// <summary>The rule itself, without the shortcut <see cref="Is"/> takes: the name's normal form is a total's.</summary>
        internal static bool IsByNormalForm(string plain) => Names.Contains(HeaderText.Normalize(Footnotes.Strip(plain)));
    }
}
