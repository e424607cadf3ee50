using System.Text;

namespace NkGen.Generator.Common
{
    /// <summary>
    /// Unicode normalization throws on an unpaired surrogate (and on the noncharacters U+FFFE and U+FFFF), and a data
    /// file may hold one. Text is made well-formed first, with U+FFFD in place of each; the data itself keeps them.
    /// </summary>
    internal static class Utf16
    {
        public static string Normalize(string text, NormalizationForm form) => WellFormed(text).Normalize(form);

        public static string WellFormed(string text)
        {
            StringBuilder? fixedText = null;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                    : char.IsLowSurrogate(c) ? i == 0 || !char.IsHighSurrogate(text[i - 1])
                    : c is '\uFFFE' or '\uFFFF';
                if (lone) (fixedText ??= new StringBuilder(text, 0, i, text.Length)).Append('\uFFFD');
                else fixedText?.Append(c);
            }

            return fixedText?.ToString() ?? text;
        }
    }
}
