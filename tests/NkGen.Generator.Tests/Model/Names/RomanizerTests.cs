using NkGen.Generator.Model.Names;
using Xunit;

namespace NkGen.Generator.Tests.Model.Names
{
    /// <summary>
    /// Each system against examples written from its published rules. Place names are given without their
    /// administrative unit (the romanizers see the core a key is made of).
    /// </summary>
    public class RomanizerTests
    {
        // Revised Romanization of Korean, Ministry of Culture and Tourism notice 2000-8.
        [Theory]
        // Section 2: the letters; ㅓ eo, ㅡ eu, ㅢ ui (written ui even where pronounced i); no aspiration marks.
        [InlineData("함흥", "Hamheung")]
        [InlineData("청진", "Cheongjin")]
        [InlineData("평양", "Pyeongyang")]
        [InlineData("개성", "Gaeseong")]
        [InlineData("신의주", "Sinuiju")]
        [InlineData("희천", "Huicheon")]
        [InlineData("남포", "Nampo")]
        [InlineData("선봉", "Seonbong")]
        [InlineData("김책", "Gimchaek")]
        [InlineData("강계", "Ganggye")]
        // Section 2, note 2: ㄹ is r before a vowel, l before a consonant or at the end; ㄹㄹ is ll.
        [InlineData("라선", "Raseon")]
        [InlineData("사리원", "Sariwon")]
        [InlineData("길주", "Gilju")]
        // Section 3, article 1.1: nasalization is written (백마 Baengma, 종로 Jongno, 왕십리 Wangsimni).
        [InlineData("백마", "Baengma")]
        [InlineData("종로", "Jongno")]
        [InlineData("왕십리", "Wangsimni")]
        [InlineData("송림", "Songnim")]
        // Section 3, article 1.2: ㄹ assimilation (신라 Silla, 별내 Byeollae).
        [InlineData("신라", "Silla")]
        [InlineData("별내", "Byeollae")]
        // Section 3, article 1, note: in nouns ㄱ ㄷ ㅂ before ㅎ are written apart (묵호 Mukho); a final moves to a following vowel.
        [InlineData("묵호", "Mukho")]
        [InlineData("백암", "Baegam")]
        public void Revised_romanization(string hangul, string expected) =>
            Assert.Equal(expected, Romanizer.Romanize(hangul, RomanizationSystem.Revised));

        // McCune–Reischauer (1939), as the BGN/PCGN tables apply it.
        [Theory]
        // ㅓ ŏ, ㅡ ŭ; aspirates with an apostrophe; ㄱ ㄷ ㅂ ㅈ voiceless at the start (k t p ch).
        [InlineData("함흥", "Hamhŭng")]
        [InlineData("청진", "Ch'ŏngjin")]
        [InlineData("평양", "P'yŏngyang")]
        [InlineData("개성", "Kaesŏng")]
        [InlineData("신의주", "Sinŭiju")]
        [InlineData("라선", "Rasŏn")]
        [InlineData("남포", "Namp'o")]
        [InlineData("정주", "Chŏngju")]
        [InlineData("덕천", "Tŏkch'ŏn")]
        [InlineData("김책", "Kimch'aek")]
        // Plain stops are voiced (g d b j) between voiced sounds: after a vowel or ㄴ ㅁ ㅇ.
        [InlineData("강계", "Kanggye")]
        [InlineData("화대", "Hwadae")]
        [InlineData("대홍단", "Taehongdan")]
        [InlineData("부령", "Puryŏng")]
        // A final moves to a following vowel, voiced (백암 Paegam).
        [InlineData("백암", "Paegam")]
        // ㄹ after ㅁ ㅇ is n; after ㄱ the ㄱ is ng too (송림 Songnim, 강령 Kangnyŏng, 독립 Tongnip).
        [InlineData("송림", "Songnim")]
        [InlineData("강령", "Kangnyŏng")]
        [InlineData("독립", "Tongnip")]
        // ㄴ before ㄱ is written n' to tell it from ng (단군 Tan'gun).
        [InlineData("단군", "Tan'gun")]
        // Sino-Korean ㄷ ㅈ after ㄹ are tensed and written voiceless (발전 palchŏn).
        [InlineData("발전", "Palchŏn")]
        public void McCune_Reischauer(string hangul, string expected) =>
            Assert.Equal(expected, Romanizer.Romanize(hangul, RomanizationSystem.McCuneReischauer));

        // McCune–Reischauer as English-language sources print it: breves and apostrophes dropped.
        [Theory]
        [InlineData("함흥", "Hamhung")]
        [InlineData("청진", "Chongjin")]
        [InlineData("평양", "Pyongyang")]
        [InlineData("개성", "Kaesong")]
        [InlineData("신의주", "Sinuiju")]
        [InlineData("단천", "Tanchon")]
        [InlineData("단군", "Tangun")]
        public void Simplified_McCune_Reischauer(string hangul, string expected) =>
            Assert.Equal(expected, Romanizer.Romanize(hangul, RomanizationSystem.SimplifiedMcCuneReischauer));

        // DPRK, "Rules of the Latin Alphabetical Transcriptions of the Korean Language" (1992, revised 2002; UNGEGN WP 46).
        [Theory]
        // Aspirates with h: ㅍ ph, ㅌ th, ㅋ kh, ㅊ ch; ㅈ j; ㅓ ŏ, ㅡ ŭ.
        [InlineData("평양", "Phyŏngyang")]
        [InlineData("남포", "Nampho")]
        [InlineData("함흥", "Hamhŭng")]
        [InlineData("청진", "Chŏngjin")]
        [InlineData("정주", "Jŏngju")]
        [InlineData("개성", "Kaesŏng")]
        [InlineData("신의주", "Sinŭiju")]
        [InlineData("라선", "Rasŏn")]
        [InlineData("만포", "Manpho")]
        [InlineData("길주", "Kilju")]
        // Soft ㄱ ㄷ ㅂ between vowels and after resonants are g d b.
        [InlineData("강계", "Kanggye")]
        [InlineData("대홍단", "Taehongdan")]
        // Finals assimilate before resonants, but ㄹ stays r (백마산 Paengmasan, 압록강 Amrok-gang, the river written apart); ㄹㄹ has no special form.
        [InlineData("백마산", "Paengmasan")]
        [InlineData("압록", "Amrok")]
        [InlineData("송림", "Songrim")]
        [InlineData("강령", "Kangryŏng")]
        [InlineData("찔레골", "Jjilregol")]
        public void Dprk(string hangul, string expected) =>
            Assert.Equal(expected, Romanizer.Romanize(hangul, RomanizationSystem.Dprk));

        [Theory]
        [InlineData('함', 18, 0, 16)]
        [InlineData('가', 0, 0, 0)]
        [InlineData('힣', 18, 20, 27)]
        public void A_syllable_decomposes_into_initial_medial_and_final(char syllable, int initial, int medial, int final)
        {
            var parts = Hangul.Decompose(syllable);
            Assert.Equal((initial, medial, final), (parts.Initial, parts.Medial, parts.Final));
            Assert.Equal(syllable, parts.ToChar());
        }

        [Theory]
        [InlineData("함흥시", "함흥")]
        [InlineData("라선특별시", "라선")]
        [InlineData("평양직할시", "평양")]
        [InlineData("개성특급시", "개성")]
        [InlineData("길주군", "길주")]
        [InlineData("모란봉구역", "모란봉")]
        [InlineData("구성시", "구성")]
        [InlineData("구성", "구성")]
        [InlineData("안시", "안시")]
        public void City_units_are_stripped_while_two_syllables_remain(string name, string core) =>
            Assert.Equal(core, AdministrativeSuffix.StripHangul(name, PlaceKind.City));

        [Theory]
        [InlineData("咸興市", "咸興")]
        [InlineData("羅先特別市", "羅先")]
        [InlineData("平壤直轄市", "平壤")]
        [InlineData("開城特級市", "開城")]
        [InlineData("吉州郡", "吉州")]
        [InlineData("咸鏡南道", "咸鏡南")]
        public void Hanja_units_are_stripped(string name, string core) =>
            Assert.Equal(core, AdministrativeSuffix.StripHanja(name, name.EndsWith("道") ? PlaceKind.Province : PlaceKind.City));

        [Theory]
        [InlineData("평안시", true)]
        [InlineData("江原市", true)]
        [InlineData("길주군", true)]
        [InlineData("平安郡", true)]
        [InlineData("중구역", false)]
        [InlineData("평안구역", true)]
        [InlineData("平安區域", true)]
        [InlineData("라선특별시", true)]
        [InlineData("평안남도", false)]
        [InlineData("강원도", false)]
        [InlineData("平安南道", false)]
        [InlineData("안시", false)]
        [InlineData("강계", false)]
        [InlineData("", false)]
        public void A_name_is_city_level_when_it_ends_with_a_unit_stripped_from_city_names(string name, bool cityLevel) =>
            Assert.Equal(cityLevel, AdministrativeSuffix.IsCityLevel(name));

        [Theory]
        [InlineData("량강", "양강")]
        [InlineData("리원", "이원")]
        [InlineData("라선", "나선")]
        [InlineData("녕변", "영변")]
        [InlineData("함흥", "함흥")]
        public void The_southern_initial_sound_rule_gives_one_key_to_both_orthographies(string northern, string southern) =>
            Assert.Equal(southern, Hangul.SouthernSpelling(northern));
    }
}
