using System.Text;
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
            var text = new StringBuilder(key);
            foreach (var (from, to) in Steps) text.Replace(from, to);
            if (text.Length > 1 && text[0] == 'r')
            {
                if (text[1] is 'i' or 'y') text.Remove(0, 1);
                else text[0] = 'n';
            }

            return text.ToString();
        }
    }
}
