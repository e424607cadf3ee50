using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Turns a name into a valid C# identifier, the same one every time: diacritics folded to ASCII (Ŭiju → Uiju),
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

        public static string From(string name)
        {
            var id = new StringBuilder();
            var startOfWord = true;
            foreach (var c in name.Normalize(NormalizationForm.FormD))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
                if (c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '`') continue;
                if (IsIdentifierPart(category))
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
