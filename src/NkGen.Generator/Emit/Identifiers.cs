using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Turns a name into a valid C# identifier, the same one every time: diacritics folded to ASCII (Ŭiju → Uiju, Łódź → Lodz),
    /// words joined in PascalCase (South Hamgyong → SouthHamgyong), apostrophes dropped inside words, a leading digit
    /// prefixed with an underscore, keywords escaped with @.
    /// </summary>
    internal static class Identifiers
    {
        /// <summary>Latin letters that carry their mark in the letter itself, so that decomposition leaves them as they are.</summary>
        private static readonly Dictionary<char, string> Latin = new()
        {
            ['Ł'] = "L", ['ł'] = "l", ['Ø'] = "O", ['ø'] = "o", ['Đ'] = "D", ['đ'] = "d", ['Ð'] = "D", ['ð'] = "d", ['Ħ'] = "H", ['ħ'] = "h",
            ['ß'] = "ss", ['ẞ'] = "SS", ['Æ'] = "AE", ['æ'] = "ae", ['Œ'] = "OE", ['œ'] = "oe", ['Þ'] = "Th", ['þ'] = "th", ['ı'] = "i",
            ['Ŧ'] = "T", ['ŧ'] = "t", ['Ŋ'] = "N", ['ŋ'] = "n", ['ĸ'] = "k", ['Ŀ'] = "L", ['ŀ'] = "l",
        };

        public static string From(string name)
        {
            var id = new StringBuilder();
            var startOfWord = true;
            foreach (var c in Common.Utf16.Normalize(name, NormalizationForm.FormD))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
                if (c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`') continue;
                if (Latin.TryGetValue(c, out var ascii))
                {
                    id.Append(startOfWord ? char.ToUpperInvariant(ascii[0]) + ascii.Substring(1) : ascii);
                    startOfWord = false;
                }
                else if (IsWordCharacter(c, category))
                {
                    id.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            if (id.Length == 0) return "_";
            if (!SyntaxFacts.IsIdentifierStartCharacter(id[0])) id.Insert(0, '_');
            var text = id.ToString().Normalize(NormalizationForm.FormC);
            return IsReserved(text) ? "@" + text : text;
        }

        /// <summary>A reserved keyword (<c>class</c>, <c>int</c>…) needs an <c>@</c>; contextual ones (<c>var</c>, <c>record</c>) do not.</summary>
        public static bool IsReserved(string text) => SyntaxFacts.GetKeywordKind(text) != SyntaxKind.None;

        /// <summary>
        /// A character the compiler accepts inside an identifier, except the underscore and formatting characters
        /// (zero-width joiners, bidi marks): those separate words or would hide in the member name.
        /// </summary>
        private static bool IsWordCharacter(char c, UnicodeCategory category) =>
            SyntaxFacts.IsIdentifierPartCharacter(c)
            && category is not (UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format);
    }
}
