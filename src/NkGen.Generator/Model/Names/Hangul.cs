using System.Text;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// One precomposed Hangul syllable (U+AC00–U+D7A3) split into its jamo, as the Unicode standard computes it
    /// (chapter 3.12, "Conjoining Jamo Behavior"): 19 initials × 21 medials × 28 finals, the final 0 meaning none.
    /// </summary>
    internal readonly struct Syllable
    {
        public Syllable(int initial, int medial, int final)
        {
            Initial = initial;
            Medial = medial;
            Final = final;
        }

        public int Initial { get; }

        public int Medial { get; }

        public int Final { get; }

        public char ToChar() => (char)(Hangul.First + ((Initial * 21) + Medial) * 28 + Final);
    }

    /// <summary>Hangul text: syllable decomposition, and whether a name is written in Hangul at all.</summary>
    internal static class Hangul
    {
        public const char First = '\uAC00';
        public const char Last = '\uD7A3';

        // Initial jamo indices (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ).
        public const int G = 0, GG = 1, N = 2, D = 3, DD = 4, R = 5, M = 6, B = 7, BB = 8, S = 9, SS = 10, Ieung = 11, J = 12, JJ = 13, Ch = 14, K = 15, T = 16, P = 17, H = 18;

        // Medial jamo indices used by rules (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
        public const int Ya = 2, Yae = 3, Yeo = 6, Ye = 7, Yo = 12, Yu = 17, I = 20;

        public static bool IsSyllable(char c) => c >= First && c <= Last;

        public static Syllable Decompose(char c)
        {
            var index = c - First;
            return new Syllable(index / (21 * 28), index % (21 * 28) / 28, index % 28);
        }

        /// <summary>
        /// The syllables of a name written in Hangul, after composing conjoining jamo (NFC) and dropping spaces, hyphens
        /// and middle dots; null when anything else is in it (Latin letters, Hanja, digits), so a mixed cell is no Hangul key.
        /// </summary>
        public static string? Syllables(string? text)
        {
            if (text is null || text.Length == 0 || text[0] < '\u1100') return null;
            // Only conjoining jamo need composing; precomposed syllables (nearly every table) are taken as they are.
            var composed = HasJamo(text) ? Utf16.Normalize(text, NormalizationForm.FormC) : text;
            if (AllSyllables(composed)) return composed;
            var result = new StringBuilder(composed.Length);
            foreach (var c in composed)
            {
                if (IsSyllable(c)) result.Append(c);
                else if (char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '·' or '・' or '\u200B') continue;
                else return null;
            }

            return result.Length == 0 ? null : result.ToString();
        }

        private static bool AllSyllables(string text)
        {
            foreach (var c in text)
            {
                if (!IsSyllable(c)) return false;
            }

            return true;
        }

        private static bool HasJamo(string text)
        {
            foreach (var c in text)
            {
                if (c is >= '\u1100' and <= '\u11FF' or >= '\uA960' and <= '\uA97F' or >= '\uD7B0' and <= '\uD7FF') return true;
            }

            return false;
        }

        /// <summary>
        /// The initial-sound rule (두음법칙) South Korean spelling applies and North Korean spelling does not: a word-initial
        /// ㄹ is written ㅇ before i/y vowels and ㄴ before others, and a word-initial ㄴ is written ㅇ before i/y vowels.
        /// 량강 and 양강, 리원 and 이원, 라선 and 나선 are one place in two orthographies.
        /// </summary>
        public static string SouthernSpelling(string syllables)
        {
            if (syllables.Length == 0) return syllables;
            var first = Decompose(syllables[0]);
            var iotized = first.Medial is Ya or Yae or Yeo or Ye or Yo or Yu or I;
            var initial = first.Initial switch
            {
                R => iotized ? Ieung : N,
                N when iotized => Ieung,
                var other => other,
            };
            return initial == first.Initial ? syllables : new Syllable(initial, first.Medial, first.Final).ToChar() + syllables.Substring(1);
        }
    }
}
