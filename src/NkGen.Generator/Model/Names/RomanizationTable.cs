namespace NkGen.Generator.Model.Names
{
    /// <summary>The romanization systems NkGen computes from Hangul.</summary>
    internal enum RomanizationSystem
    {
        /// <summary>Revised Romanization of Korean (South Korea, 2000): no diacritics, no aspiration marks.</summary>
        Revised,

        /// <summary>McCune–Reischauer (1939): breves (ŏ, ŭ) and apostrophes for aspiration (p', ch').</summary>
        McCuneReischauer,

        /// <summary>McCune–Reischauer as English-language sources print it, breves and apostrophes dropped (Hamhung, Chongjin).</summary>
        SimplifiedMcCuneReischauer,

        /// <summary>The DPRK's own system (1992, revised 2002): aspirates written with h (ph, th, kh), ㅈ always j.</summary>
        Dprk,
    }

    /// <summary>The sound a final consonant is pronounced as before another consonant or at the end of a word.</summary>
    internal enum Coda
    {
        None,
        K,
        N,
        T,
        L,
        M,
        P,
        Ng,
    }

    /// <summary>
    /// One romanization system as data: the letters of each jamo in each position. Initial arrays follow the jamo order
    /// ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ, vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ, and
    /// <see cref="Linking"/> the 28 finals (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
    /// </summary>
    internal sealed class RomanizationTable
    {
        public RomanizationTable(
            string[] vowels,
            string[] wordInitial,
            string[] afterVowel,
            string[] afterVoiceless,
            string[] afterL,
            string[] codas,
            string[] linking,
            (string Coda, string Onset)[] beforeR,
            string nBeforeG)
        {
            Vowels = vowels;
            WordInitial = wordInitial;
            AfterVowel = afterVowel;
            AfterVoiceless = afterVoiceless;
            AfterL = afterL;
            Codas = codas;
            Linking = linking;
            BeforeR = beforeR;
            NBeforeG = nBeforeG;
        }

        public string[] Vowels { get; }

        /// <summary>An initial at the start of the name.</summary>
        public string[] WordInitial { get; }

        /// <summary>An initial after a vowel or a voiced final (ㄴ ㅁ ㅇ): where McCune–Reischauer and the DPRK write g, d, b, j.</summary>
        public string[] AfterVowel { get; }

        /// <summary>An initial after a voiceless final (k, t, p).</summary>
        public string[] AfterVoiceless { get; }

        /// <summary>An initial after a final ㄹ (McCune–Reischauer writes the tensed ㄷ ㅈ of Sino-Korean words voiceless: 길주 Kilchu).</summary>
        public string[] AfterL { get; }

        /// <summary>The letters of each <see cref="Coda"/>.</summary>
        public string[] Codas { get; }

        /// <summary>A final consonant carried over to a following vowel (백암 → Paegam).</summary>
        public string[] Linking { get; }

        /// <summary>Each <see cref="Coda"/> before an initial ㄹ: the coda's letters and the ㄹ's (송림 → Songnim, or Songrim in the DPRK).</summary>
        public (string Coda, string Onset)[] BeforeR { get; }

        /// <summary>What ㄴ is written as before ㄱ: McCune–Reischauer separates n'g from ng.</summary>
        public string NBeforeG { get; }
    }
}
