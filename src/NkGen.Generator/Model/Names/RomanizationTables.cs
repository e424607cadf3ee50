namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// The published tables of each system. Sources: Revised Romanization — Ministry of Culture and Tourism notice
    /// 2000-8, sections 2 and 3 (no aspiration marks; nasalization and ㄹ assimilation written, 종로 Jongno, 신라 Silla,
    /// 백마 Baengma; ㄱ ㄷ ㅂ before ㅎ written apart in nouns, 묵호 Mukho). McCune–Reischauer — McCune and Reischauer,
    /// Transactions of the Korea Branch of the RAS 29 (1939), as the BGN/PCGN tables apply it (plain stops voiced between
    /// voiced sounds, ㄴㄱ written n'g, ㄹ after ㅁ ㅇ ㄱ ㅂ written n). DPRK — "Rules of the Latin Alphabetical
    /// Transcriptions of the Korean Language" (Sahoe Kwahagwŏn 1992, 2002 revision; UNGEGN working paper 46): ㅈ j,
    /// ㅊ ch, ㅋ kh, ㅌ th, ㅍ ph, ㄱ ㄷ ㅂ written g d b between voiced sounds, final consonants assimilated before
    /// resonants but ㄹ kept as r (압록강 Amrokgang, 백마산 Paengmasan).
    /// </summary>
    internal static class RomanizationTables
    {
        //                                          ㄱ    ㄲ    ㄴ   ㄷ    ㄸ    ㄹ   ㅁ   ㅂ    ㅃ    ㅅ   ㅆ    ㅇ  ㅈ     ㅉ     ㅊ     ㅋ    ㅌ    ㅍ    ㅎ
        private static readonly string[] RrInitials = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h" };

        private static readonly string[] MrWordInitial = { "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h" };
        private static readonly string[] MrVoiced = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "tch", "ch'", "k'", "t'", "p'", "h" };
        private static readonly string[] MrAfterL = { "g", "kk", "n", "t", "tt", "r", "m", "b", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h" };

        private static readonly string[] DprkWordInitial = { "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h" };
        private static readonly string[] DprkVoiced = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h" };

        //                                       ㅏ    ㅐ     ㅑ    ㅒ     ㅓ     ㅔ   ㅕ     ㅖ    ㅗ   ㅘ    ㅙ     ㅚ    ㅛ    ㅜ   ㅝ    ㅞ    ㅟ    ㅠ    ㅡ     ㅢ    ㅣ
        private static readonly string[] RrVowels = { "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i" };
        private static readonly string[] MrVowels = { "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i" };

        //                                      None  K    N    T    L    M    P    Ng
        private static readonly string[] Codas = { "", "k", "n", "t", "l", "m", "p", "ng" };

        //                                         -   ㄱ   ㄲ    ㄳ    ㄴ   ㄵ    ㄶ   ㄷ   ㄹ   ㄺ    ㄻ    ㄼ    ㄽ    ㄾ    ㄿ    ㅀ   ㅁ   ㅂ   ㅄ    ㅅ   ㅆ    ㅇ    ㅈ   ㅊ    ㅋ   ㅌ   ㅍ  ㅎ
        private static readonly string[] RrLinking = { "", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "ps", "s", "ss", "ng", "j", "ch", "k", "t", "p", "" };
        private static readonly string[] MrLinking = { "", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt'", "lp'", "r", "m", "b", "ps", "s", "ss", "ng", "j", "ch'", "k'", "t'", "p'", "" };
        private static readonly string[] DprkLinking = { "", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lth", "lph", "r", "m", "b", "ps", "s", "ss", "ng", "j", "ch", "kh", "th", "ph", "" };

        // Before an initial ㄹ, by coda (None K N T L M P Ng).
        private static readonly (string, string)[] AssimilatedR =
        {
            ("", "r"), ("ng", "n"), ("l", "l"), ("n", "n"), ("l", "l"), ("m", "n"), ("m", "n"), ("ng", "n"),
        };

        private static readonly (string, string)[] DprkR =
        {
            ("", "r"), ("ng", "r"), ("n", "r"), ("n", "r"), ("l", "r"), ("m", "r"), ("m", "r"), ("ng", "r"),
        };

        public static readonly RomanizationTable Revised = new(RrVowels, RrInitials, RrInitials, RrInitials, RrInitials, Codas, RrLinking, AssimilatedR, "n");

        public static readonly RomanizationTable McCuneReischauer = new(MrVowels, MrWordInitial, MrVoiced, MrWordInitial, MrAfterL, Codas, MrLinking, AssimilatedR, "n'");

        public static readonly RomanizationTable Dprk = new(MrVowels, DprkWordInitial, DprkVoiced, DprkWordInitial, DprkVoiced, Codas, DprkLinking, DprkR, "n");
    }
}
