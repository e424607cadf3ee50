using System.Collections.Generic;
using System.Text;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model.Names
{
    /// <summary>Names written in Hanja (Hancha): recognising them, and folding the variant forms sources mix.</summary>
    internal static class Hanja
    {
        /// <summary>
        /// Traditional and variant forms that Korean sources and Chinese-locale fonts write for one character: the seed
        /// writes 淸津 (Chongjin) with 淸, most current sources with 清. Only pairs met in DPRK place names are listed.
        /// </summary>
        private static readonly Dictionary<char, char> Variants = new()
        {
            ['淸'] = '清',
            ['凉'] = '涼',
        };

        public static bool IsHanja(char c) =>
            c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

        /// <summary>The Han characters of a name, variants folded (NFC also folds the CJK compatibility ideographs); null if anything else is in it.</summary>
        public static string? Characters(string? text) => Characters(text, foldVariants: true);

        /// <param name="foldVariants">False to keep each character as written (for display).</param>
        public static string? Characters(string? text, bool foldVariants)
        {
            if (text is null || text.Length == 0 || text[0] < '\u3400') return null;
            var composed = HasCompatibilityIdeograph(text) ? Utf16.Normalize(text, NormalizationForm.FormC) : text;
            if (AsWritten(composed, foldVariants)) return composed;
            var result = new StringBuilder(composed.Length);
            foreach (var c in composed)
            {
                if (IsHanja(c)) result.Append(foldVariants && Variants.TryGetValue(c, out var v) ? v : c);
                else if (char.IsWhiteSpace(c) || c is '-' or '·') continue;
                else return null;
            }

            return result.Length == 0 ? null : result.ToString();
        }

        /// <summary>Han characters only, none that folding would change: the name is its own result (most names).</summary>
        private static bool AsWritten(string text, bool foldVariants)
        {
            foreach (var c in text)
            {
                if (!IsHanja(c) || (foldVariants && Variants.ContainsKey(c))) return false;
            }

            return true;
        }

        private static bool HasCompatibilityIdeograph(string text)
        {
            foreach (var c in text)
            {
                if (c is >= '\uF900' and <= '\uFAFF') return true;
            }

            return false;
        }
    }
}
