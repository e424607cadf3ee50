using System;
using System.Text;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// Romanizes a Hangul name in one system, syllable boundary by syllable boundary: each final consonant and the next
    /// initial are written together, because every system writes the sound changes at that boundary (nasalization,
    /// ㄹ assimilation, voicing, carrying a final over to a following vowel) and none across it.
    /// </summary>
    internal static class Romanizer
    {
        // Final jamo index → the sound it is pronounced as before a consonant (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
        private static readonly Coda[] CodaOf =
        {
            Coda.None, Coda.K, Coda.K, Coda.K, Coda.N, Coda.N, Coda.N, Coda.T, Coda.L, Coda.K, Coda.M, Coda.L, Coda.L, Coda.L,
            Coda.P, Coda.L, Coda.M, Coda.P, Coda.P, Coda.T, Coda.T, Coda.Ng, Coda.T, Coda.T, Coda.K, Coda.T, Coda.P, Coda.T,
        };

        private const int FinalH = 27, FinalNh = 6, FinalLh = 15;

        [ThreadStatic]
        private static StringBuilder? Builder;

        [ThreadStatic]
        private static char[]? KeyBuffer;

        public static string Romanize(string syllables, RomanizationSystem system)
        {
            if (system == RomanizationSystem.SimplifiedMcCuneReischauer) return Simplify(Romanize(syllables, RomanizationSystem.McCuneReischauer));
            var table = system switch
            {
                RomanizationSystem.Revised => RomanizationTables.Revised,
                RomanizationSystem.McCuneReischauer => RomanizationTables.McCuneReischauer,
                _ => RomanizationTables.Dprk,
            };

            // One builder per thread, reused: every row romanizes its name in three systems (a hostile name of thousands of
            // syllables gets its own, so that none that size stays with the thread).
            var text = syllables.Length <= 64 ? Builder ??= new StringBuilder(64) : new StringBuilder(syllables.Length * 4);
            text.Clear();
            var previous = default(Syllable);
            for (var i = 0; i < syllables.Length; i++)
            {
                var part = Hangul.Decompose(syllables[i]);
                var onset = i == 0 ? table.WordInitial[part.Initial] : Boundary(table, previous.Final, part.Initial, text);
                text.Append(onset).Append(table.Vowels[part.Medial]);
                previous = part;
            }

            if (syllables.Length > 0) text.Append(table.Codas[(int)CodaOf[previous.Final]]);
            if (text.Length > 0) text[0] = Capital(text[0]);
            return text.ToString();
        }

        /// <summary>McCune–Reischauer as English-language sources print it: Ch'ŏngjin → Chongjin.</summary>
        public static string Simplify(string mccuneReischauer)
        {
            if (IsSimple(mccuneReischauer)) return mccuneReischauer;
            var text = new StringBuilder(mccuneReischauer.Length);
            foreach (var c in mccuneReischauer)
            {
                switch (c)
                {
                    case '\'' or '’' or 'ʼ' or '‘': break;
                    case 'ŏ': text.Append('o'); break;
                    case 'Ŏ': text.Append('O'); break;
                    case 'ŭ': text.Append('u'); break;
                    case 'Ŭ': text.Append('U'); break;
                    default: text.Append(c); break;
                }
            }

            return text.ToString();
        }

        /// <summary>
        /// <c>NameKey.Of(Simplify(romanized))</c> in one pass, with no simplified copy in between: every row's Hangul is
        /// romanized in three systems and each romanization keyed. Anything beyond ASCII, ŏ, ŭ and apostrophes takes the long way.
        /// </summary>
        public static string SimplifiedKey(string romanized) =>
            TrySimplifiedKey(romanized, out var key, out var length) ? new string(key, 0, length) : NameKey.Of(Simplify(romanized));

        /// <summary>
        /// <see cref="SimplifiedKey"/> in this thread's buffer (the first <paramref name="length"/> characters of
        /// <paramref name="key"/>, valid until the next call), so that a key equal to one already held need not become a
        /// string. False for a name that needs the long way (over 64 characters, or letters beyond ASCII, ŏ and ŭ).
        /// </summary>
        public static bool TrySimplifiedKey(string romanized, out char[] key, out int length)
        {
            key = KeyBuffer ??= new char[64];
            length = 0;
            if (romanized.Length > 64) return false;
            foreach (var c in romanized)
            {
                switch (c)
                {
                    case >= 'a' and <= 'z' or >= '0' and <= '9': key[length++] = c; break;
                    case >= 'A' and <= 'Z': key[length++] = (char)(c + ('a' - 'A')); break;
                    case 'ŏ' or 'Ŏ': key[length++] = 'o'; break;
                    case 'ŭ' or 'Ŭ': key[length++] = 'u'; break;
                    case < '\u0080' or '’' or 'ʼ' or '‘': break;
                    default: return false;
                }
            }

            return true;
        }

        /// <summary>Appends the previous syllable's final and returns the next syllable's initial, as the boundary writes them.</summary>
        /// <summary>
        /// The letters a romanization starts with, capitalized by hand: the culture-aware call costs more than the rest
        /// of the romanization (ŏ and ŭ begin McCune–Reischauer names such as Ŭiju).
        /// </summary>
        private static char Capital(char c) => c switch
        {
            >= 'a' and <= 'z' => (char)(c - ('a' - 'A')),
            < '\u0080' => c,
            'ŏ' => 'Ŏ',
            'ŭ' => 'Ŭ',
            _ => char.ToUpperInvariant(c),
        };

        private static bool IsSimple(string text)
        {
            foreach (var c in text)
            {
                if (c is '\'' or '’' or 'ʼ' or '‘' or 'ŏ' or 'Ŏ' or 'ŭ' or 'Ŭ') return false;
            }

            return true;
        }

        private static string Boundary(RomanizationTable table, int final, int initial, StringBuilder text)
        {
            var coda = CodaOf[final];
            if (coda == Coda.None) return table.AfterVowel[initial];

            if (initial == Hangul.Ieung)
            {
                // A final consonant moves to the following vowel; ㅇ stays where it is (평양 P'yŏngyang).
                if (coda == Coda.Ng) text.Append(table.Codas[(int)Coda.Ng]);
                return coda == Coda.Ng ? "" : table.Linking[final];
            }

            // ㅎ before a plain stop makes it aspirated (좋고 joko); only the ㄴ or ㄹ of ㄶ ㅀ stays behind.
            if (final is FinalH or FinalNh or FinalLh && initial is Hangul.G or Hangul.D or Hangul.J)
            {
                text.Append(final == FinalNh ? "n" : final == FinalLh ? "l" : "");
                return table.WordInitial[initial == Hangul.G ? Hangul.K : initial == Hangul.D ? Hangul.T : Hangul.Ch];
            }

            if (initial == Hangul.R)
            {
                var (codaText, onset) = table.BeforeR[(int)coda];
                text.Append(codaText);
                return onset;
            }

            if (initial is Hangul.N or Hangul.M)
            {
                // Nasalization: a stop before a nasal becomes the nasal of its place (백마 Baengma); ㄹ before ㄴ is ll (별내 Byeollae).
                if (coda == Coda.L && initial == Hangul.N)
                {
                    text.Append('l');
                    return "l";
                }

                var nasal = coda switch { Coda.K => Coda.Ng, Coda.T => Coda.N, Coda.P => Coda.M, _ => coda };
                text.Append(table.Codas[(int)nasal]);
                return table.AfterVowel[initial];
            }

            if (coda == Coda.N && initial == Hangul.G)
            {
                text.Append(table.NBeforeG);
                return table.AfterVowel[initial];
            }

            text.Append(table.Codas[(int)coda]);
            return coda switch
            {
                Coda.L => table.AfterL[initial],
                Coda.N or Coda.M or Coda.Ng => table.AfterVowel[initial],
                _ => table.AfterVoiceless[initial],
            };
        }
    }
}
