using System;
using System.Collections.Generic;
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

        /// <summary>
        /// Names equal when their keys are, and names with no key (punctuation alone) when they are the same text: what a
        /// dictionary keyed by <see cref="Of"/> holds, without a key string per name. Plain ASCII names (nearly all) are
        /// folded as they are compared; others are keyed as <see cref="Of"/> keys them.
        /// </summary>
        public static readonly IEqualityComparer<string> Comparer = new KeyComparer();

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
                if (IsKeyChar(c)) key[length++] = Lower(c);
            }

            return new string(key, 0, length);
        }

        // A name that is already its own key (lower-case letters and digits) needs no copy.
        private static bool IsKey(string name)
        {
            foreach (var c in name)
            {
                if (!IsKeyChar(c) || Lower(c) != c) return false;
            }

            return true;
        }

        private sealed class KeyComparer : IEqualityComparer<string>
        {
            public bool Equals(string? x, string? y)
            {
                if (ReferenceEquals(x, y)) return true;
                if (x is null || y is null) return false;
                if (!IsAscii(x) || !IsAscii(y)) return KeyOrText(x) == KeyOrText(y);
                int i = 0, j = 0;
                while (true)
                {
                    while (i < x.Length && !IsKeyChar(x[i])) i++;
                    while (j < y.Length && !IsKeyChar(y[j])) j++;
                    if (i == x.Length || j == y.Length) break;
                    if (Lower(x[i++]) != Lower(y[j++])) return false;
                }

                if (i != x.Length || j != y.Length) return false;
                // Both fold to the same key; two names with none are one only as the same text.
                return HasKeyChar(x) || string.Equals(x, y, StringComparison.Ordinal);
            }

            public int GetHashCode(string name)
            {
                // The key's characters hashed alike on both paths: an ASCII name and a non-ASCII one may share a key.
                var ascii = IsAscii(name);
                var key = ascii ? name : Of(name);
                var hash = unchecked((int)2166136261);
                var any = false;
                foreach (var c in key)
                {
                    if (ascii && !IsKeyChar(c)) continue;
                    any = true;
                    hash = unchecked((hash ^ (ascii ? Lower(c) : c)) * 16777619);
                }

                return any ? hash : StringComparer.Ordinal.GetHashCode(name);
            }

            private static string KeyOrText(string name) => Of(name) is { Length: > 0 } key ? key : "\u0000" + name;

            private static bool HasKeyChar(string name)
            {
                foreach (var c in name)
                {
                    if (IsKeyChar(c)) return true;
                }

                return false;
            }

        }

        /// <summary>An ASCII character a key keeps: a letter or a digit.</summary>
        private static bool IsKeyChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

        /// <summary>An ASCII key character as the key writes it.</summary>
        private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
    }
}
