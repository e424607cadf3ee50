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
        // The ASCII path's scratch space, one per thread: every row's name is folded several times.
        [System.ThreadStatic]
        private static char[]? Buffer;

        public static string Of(string name)
        {
            if (IsAscii(name)) return OfAscii(name);
            var decomposed = Utf16.Normalize(name, NormalizationForm.FormD);
            var key = new StringBuilder(decomposed.Length);
            foreach (var c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
                // Upper first, as OrdinalIgnoreCase (and so TryGet) compares: "ı" and "I", "ſ" and "s" are one name.
                if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(char.ToUpperInvariant(c)));
            }

            return key.ToString();
        }

        private static bool IsAscii(string name)
        {
            foreach (var c in name)
            {
                if (c > '\u007F') return false;
            }

            return true;
        }

        /// <summary>Plain ASCII needs no decomposition: the same letters and digits, lower-cased.</summary>
        private static string OfAscii(string name)
        {
            if (IsKey(name)) return name;
            var key = name.Length <= 256 ? Buffer ??= new char[256] : new char[name.Length];
            var length = 0;
            foreach (var c in name)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9') key[length++] = c;
                else if (c is >= 'A' and <= 'Z') key[length++] = (char)(c + ('a' - 'A'));
            }

            return new string(key, 0, length);
        }

        // A name that is already its own key (lower-case letters and digits) needs no copy.
        private static bool IsKey(string name)
        {
            foreach (var c in name)
            {
                if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
            }

            return true;
        }
    }
}
