using System.Globalization;
using System.Text;

namespace NkGen.Generator.Common
{
    /// <summary>
    /// The key two spellings of one name share: diacritics folded, case ignored, and only letters and digits kept,
    /// so "Hamhŭng", "HAMHUNG" and "Ham-hung" merge. Punctuation is dropped because romanizations disagree on apostrophes.
    /// </summary>
    internal static class NameKey
    {
        public static string Of(string name)
        {
            var decomposed = Utf16.Normalize(name, NormalizationForm.FormD);
            var key = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
            }

            return key.ToString();
        }
    }
}
