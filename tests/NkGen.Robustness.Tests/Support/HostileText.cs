using System.Linq;
using CsCheck;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>Characters and fragments that break naive escaping, identifiers, XML docs or line handling.</summary>
    internal static class HostileText
    {
        /// <summary>Bidirectional embedding, override and isolate controls (Trojan Source, CVE-2021-42574).</summary>
        public static readonly char[] Bidi =
        {
            '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
        };

        public static readonly char[] Invisible = { '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E' };

        public static readonly char[] Breaks = { '\r', '\n', '\u0085', '\u2028', '\u2029', '\u000B', '\u000C', '\0', '\t', '\u001B', '\u007F' };

        public static readonly char[] LoneSurrogates = { '\uD800', '\uDBFF', '\uDC00', '\uDFFF' };

        public static readonly string[] Fragments =
        {
            "\"", "\\", "\\u0022", "\\\"", "</summary>", "<summary>", "&", "&amp;", "<", ">", "*/", "/*", "//", "///", "#if X", "#endregion",
            "@\"", "$\"", "{", "}", "{{", "}}", "'", "`", "\"\"\"", "<![CDATA[", "]]>", "<see cref=\"X\"/>", "n/a", "??", "-",
            "Ŭiju", "Hamhŭng", "평양", "平壤", "İı", "ß", "Ⅻ", "😀", "e\u0301", "class", "1st", "All", "TryGet", "_", "Cities", "null",
        };

        /// <summary>Single characters drawn mostly from the dangerous sets above, plus some ordinary text.</summary>
        public static Gen<char> Char { get; } = Gen.Frequency(
            (6, Gen.Char.AlphaNumeric),
            (2, Gen.OneOf(' ', '-', '\'', '.', ',', '(', ')', '/', '*', '#', '@', '$', '{', '}', '"', '\\', '<', '>', '&', ';', ':', '=', '_', '!')),
            (2, Gen.OneOf(Bidi)),
            (1, Gen.OneOf(Invisible)),
            (1, Gen.OneOf(Breaks)),
            (1, Gen.OneOf(LoneSurrogates)),
            (1, Gen.OneOf('Ŭ', 'ŭ', 'ŏ', 'Ŏ', '\u0306', '\u0301', '평', '壤', 'İ', 'ı', 'ß', 'Ⅻ', '\uFFFD', '\uFFFF', '\uE000', '\u0378')),
            (1, Gen.Char));

        /// <summary>Hostile strings: random runs of the characters above mixed with known-bad fragments.</summary>
        public static Gen<string> String { get; } =
            Gen.Frequency(
                    (3, Char.Array[1, 6].Select(cs => new string(cs))),
                    (2, Gen.OneOf(Fragments)))
                .Array[1, 5]
                .Select(parts => string.Concat(parts));

        /// <summary>A hostile string that can sit in a table cell: no line break, no pipe.</summary>
        public static Gen<string> Cell { get; } = String.Select(s => new string(s.Where(c => c is not ('\r' or '\n' or '|')).ToArray()));
    }
}
