using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>Cheap checks on generated text that need no compilation.</summary>
    internal static class SourceChecks
    {
        /// <summary>
        /// A character that must never appear raw in generated source: bidi controls, other format characters,
        /// controls other than LF, unpaired surrogates and the Unicode line terminators.
        /// </summary>
        public static bool IsForbidden(string text, int i)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
            if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
            if (c == '\n') return false;
            var category = char.GetUnicodeCategory(c);
            return category is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;
        }

        public static void NoRawInvisibles(IReadOnlyDictionary<string, string> sources)
        {
            foreach (var (name, text) in sources)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    if (IsForbidden(text, i))
                    {
                        var lineStart = text.LastIndexOf('\n', i) + 1;
                        var lineEnd = text.IndexOf('\n', i);
                        var line = text.Substring(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
                        Assert.Fail($"{name} holds a raw U+{(int)text[i]:X4} at offset {i}: {Support.Mutation.Escape(line)}");
                    }
                }
            }
        }

        /// <summary>Generated files parse with no syntax or XML doc errors at the newest language version.</summary>
        public static void Parses(IReadOnlyDictionary<string, string> sources)
        {
            var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
            foreach (var (name, text) in sources)
            {
                var diagnostics = CSharpSyntaxTree.ParseText(text, options, path: name).GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();
                Assert.True(diagnostics.Count == 0, $"{name} does not parse: {string.Join("; ", diagnostics.Take(5))}");
            }
        }
    }
}
