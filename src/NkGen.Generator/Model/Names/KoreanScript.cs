namespace NkGen.Generator.Model.Names
{
    /// <summary>A name written in Chosŏn'gŭl or in Hancha, as opposed to a romanized one.</summary>
    internal static class KoreanScript
    {
        public static bool Is(string? text) => Hangul.Syllables(text) is not null || Hanja.Characters(text) is not null;
    }
}
