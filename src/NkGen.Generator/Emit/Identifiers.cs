using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Turns a name into a valid C# identifier, the same one every time: diacritics folded to ASCII (Ŭiju → Uiju, Łódź → Lodz),
    /// words joined in PascalCase (South Hamgyong → SouthHamgyong), apostrophes dropped inside words, a leading digit
    /// prefixed with an underscore, keywords escaped with @.
    /// </summary>
    internal static class Identifiers
    {
        private static readonly HashSet<string> Keywords = new()
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
            "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
            "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
            "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
            "using", "virtual", "void", "volatile", "while",
        };

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
                else if (IsIdentifierPart(category))
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
            if (!IsIdentifierStart(CharUnicodeInfo.GetUnicodeCategory(id[0]))) id.Insert(0, '_');
            var text = id.ToString().Normalize(NormalizationForm.FormC);
            return Keywords.Contains(text) ? "@" + text : text;
        }

        private static bool IsIdentifierStart(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

        private static bool IsIdentifierPart(UnicodeCategory category) =>
            IsIdentifierStart(category) || category == UnicodeCategory.DecimalDigitNumber;
    }
}
