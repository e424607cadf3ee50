using System;
using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Whether a value names a province, as a table writes it: "North Hamgyong", "Hamgyŏng-bukto", "Hamgyong N",
    /// "Nord-P'yŏngan", "Kangwon Province", "Chagang-do", "함경북도". Pure and small on purpose: it only tells a province
    /// column from a column of something else (a world-cities database's "District" holds provinces, the seeds' "Region"
    /// holds historical regions such as Kwanso); which province a value names is the Model's business.
    /// </summary>
    internal static class ProvinceLikeness
    {
        /// <summary>The built-in provinces' core words in the romanizations people use (McCune–Reischauer, Revised, DPRK, mixed).</summary>
        private static readonly HashSet<string> Cores = new(StringComparer.Ordinal)
        {
            "pyongan", "pyeongan", "phyongan",
            "hamgyong", "hamgyeong", "hamkyong",
            "hwanghae",
            "kangwon", "gangwon",
            "chagang", "jagang",
            "ryanggang", "yanggang", "ryangkang",
        };

        private static readonly string[] HangulCores = { "평안", "함경", "황해", "강원", "자강", "량강", "양강" };

        /// <summary>Words around a core that say which half of a province, or that it is one: N/S/North/Nord/Süd, -namdo, -pukto, Province.</summary>
        private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
        {
            "north", "south", "n", "s", "p", "b", "nord", "sud", "northern", "southern",
            "province", "provinz", "do", "namdo", "pukto", "bukdo", "bukto", "nam", "puk", "buk",
        };

        /// <summary>Glued forms: "Hamgyŏngbuk-do", "Pyongannamdo", "Kangwondo".</summary>
        private static readonly string[] DoEndings = { "namdo", "pukto", "bukdo", "bukto", "do" };
        private static readonly string[] DirectionEndings = { "nam", "puk", "buk" };

        /// <summary>A built-in province, in any of its written forms.</summary>
        public static bool IsKnown(string plain)
        {
            var hangul = HangulCore(plain.Trim());
            if (hangul is not null) return HangulCores.Contains(hangul);
            return SoleWord(HeaderText.Normalize(plain)) is { } word && Cores.Contains(Unglued(word));
        }

        /// <summary>A built-in province, or any name in a province's form: "X-do", "X Province", "X도".</summary>
        public static bool Is(string plain)
        {
            if (IsKnown(plain)) return true;
            var t = plain.Trim();
            if (HangulCore(t) is { Length: > 0 }) return true;
            var normalized = HeaderText.Normalize(t);
            return normalized.EndsWith(" do", StringComparison.Ordinal) && t.IndexOf("-do", StringComparison.OrdinalIgnoreCase) > 0
                || normalized.EndsWith(" province", StringComparison.Ordinal) || normalized.EndsWith(" provinz", StringComparison.Ordinal)
                || normalized.StartsWith("provinz ", StringComparison.Ordinal) || normalized.StartsWith("province of ", StringComparison.Ordinal);
        }

        /// <summary>A Type or Status cell that says the row is a province: "Province", "Provinz", "도".</summary>
        public static bool IsProvinceType(string written)
        {
            var plain = Footnotes.Strip(Markup.Plain(written));
            if (plain == "도") return true;
            var t = HeaderText.Normalize(plain);
            if (t.Length == 0) return false;
            if (t is "province" or "provinces" or "provinz" or "do" or "province do") return true;
            return Footnotes.WithoutGluedLetter(plain) is { } unglued && HeaderText.Normalize(unglued) is "province" or "provinz";
        }

        /// <summary>The core of a Hangul province name ending in 도 ("함경북도" → "함경"), or null if it is not one.</summary>
        private static string? HangulCore(string t)
        {
            if (t.Length < 2 || t[t.Length - 1] != '도' || !t.All(c => c >= '\uAC00' && c <= '\uD7A3')) return null;
            var core = t.Substring(0, t.Length - 1);
            return core.EndsWith("남", StringComparison.Ordinal) || core.EndsWith("북", StringComparison.Ordinal) ? core.Substring(0, core.Length - 1) : core;
        }

        /// <summary>
        /// The one word of a normalized name that is not a qualifier ("north hamgyong" → "hamgyong"); null when there is
        /// none or more than one. Words are cut without a split: this is asked of every name of a city list, and most
        /// are one word, which is the name itself.
        /// </summary>
        private static string? SoleWord(string normalized)
        {
            string? sole = null;
            for (var start = 0; start < normalized.Length;)
            {
                var end = normalized.IndexOf(' ', start);
                if (end < 0) end = normalized.Length;
                var word = start == 0 && end == normalized.Length ? normalized : normalized.Substring(start, end - start);
                start = end + 1;
                if (word.Length == 0 || Qualifiers.Contains(word)) continue;
                if (sole is not null) return null;
                sole = word;
            }

            return sole;
        }

        /// <summary>"hamgyongbukdo" → "hamgyong": at most a "-do" ending, then a direction, each taken off once (no recursion on input).</summary>
        private static string Unglued(string word)
        {
            if (Cores.Contains(word)) return word;
            var w = word;
            foreach (var ending in DoEndings)
            {
                if (!w.EndsWith(ending, StringComparison.Ordinal) || w.Length <= ending.Length) continue;
                w = w.Substring(0, w.Length - ending.Length);
                if (Cores.Contains(w)) return w;
                break;
            }

            foreach (var ending in DirectionEndings)
            {
                if (w.EndsWith(ending, StringComparison.Ordinal) && Cores.Contains(w.Substring(0, w.Length - ending.Length))) return w.Substring(0, w.Length - ending.Length);
            }

            return word;
        }
    }
}
