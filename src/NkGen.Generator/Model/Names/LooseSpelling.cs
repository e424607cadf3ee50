using System;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// The weak key: a romanized name folded until the systems cannot be told apart. Beyond <see cref="NameKey"/> (case,
    /// diacritics, apostrophes, hyphens and spaces) it folds the vowels RR spells with two letters (eo → o, eu → u), the
    /// aspirates (ph, th, kh → p, t, k; ch → j), voicing (g, d, b → k, t, p), l → r, the initial-sound rule (a leading r
    /// is dropped before i or y and read as n before other vowels: Ryanggang = Yanggang, Rason = Nason), and the ㄹ
    /// assimilations (ngn, mn, nn, rr → ngr, mr, nr, nr: Songnim = Songrim, Kangnyong = Kangryong). Two places can share a
    /// weak key (정주 Chongju and 청주 Ch'ŏngju do), so a join made by it alone is only ever a warning.
    /// </summary>
    internal static class LooseSpelling
    {
        private static readonly (string From, string To)[] Steps =
        {
            ("eo", "o"), ("eu", "u"), ("sh", "s"),
            ("ph", "p"), ("th", "t"), ("kh", "k"), ("ch", "j"),
            ("ng", "\u014B"), ("g", "k"), ("d", "t"), ("b", "p"), ("\u014B", "ng"),
            ("l", "r"), ("ngn", "ngr"), ("mn", "mr"), ("nn", "nr"), ("rr", "nr"),
        };

        public static string Of(string name)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0) return key;
            // Each step replaces every occurrence, left to right, as the steps are listed; most steps find nothing in a
            // given name, and then cost a scan and no copy.
            var text = key;
            foreach (var (from, to) in Steps)
            {
                if (text.IndexOf(from, StringComparison.Ordinal) >= 0) text = text.Replace(from, to);
            }

            if (text.Length > 1 && text[0] == 'r') text = text[1] is 'i' or 'y' ? text.Substring(1) : "n" + text.Substring(1);
            return text;
        }
    }
}
