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

        public static bool Is(string plain) => Names.Contains(HeaderText.Normalize(Footnotes.Strip(plain)));
    }
}
