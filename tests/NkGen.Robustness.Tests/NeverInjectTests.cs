using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NkGen.Generator.Emit;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// Issue 7, "never inject": data text reaches generated code only as an exact string literal or as inert doc text.
    /// Compiled, loaded and read back, every string equals its input; no raw bidi control reaches the source.
    /// </summary>
    public sealed class NeverInjectTests
    {
        public static readonly string[] Hostile =
        {
            "Quote\"City", "Back\\slash", "Esc\\u0022aped", "\\u0022", "\\", "\"", "End</summary>Start", "<summary>x", "A & B", "a < b > c",
            "&amp;", "Close*/Open/*", "Line//Comment", "///", "#if DEBUG", "#error x", "Verbatim@\"x", "$\"{x}\"", "Brace{0}", "}}{{",
            "Lone\rCR", "Line\nFeed", "Crlf\r\nx", "Nel\u0085x", "Ls\u2028Ps\u2029", "Bidi\u202Eevil\u202C", "Iso\u2066late\u2069",
            "Rlm\u200Fx\u061C", "High\uD800", "\uDC00Low", "Pair😀ok", "Zero\u200Bwidth\u200D\uFEFF", "Nul\0x", "Tab\tx", "Esc\u001Bx",
            "<![CDATA[x]]>", "<see cref=\"Cities\"/>", "<!-- c -->", "Ŭiju", "평양", "平壤", "e\u0301", "\uFFFF\uFFFE", "\uE000", " leading",
            "trailing ", "\u0378unassigned",
        };

        public static TheoryData<string> HostileValues()
        {
            var data = new TheoryData<string>();
            foreach (var value in Hostile)
            {
                data.Add(value);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(HostileValues))]
        public void Hostile_text_round_trips_through_compiled_code(string hostile)
        {
            var run = PureStages.Run(new[]
            {
                HandWrittenRows.Reading(
                    "Doc " + hostile,
                    new[] { HandWrittenRows.ProvinceEverywhere(hostile, hostile, 2) },
                    HandWrittenRows.Everywhere(hostile, hostile, 3),
                    HandWrittenRows.Everywhere("Plain", hostile, 4)),
            });
            SourceChecks.NoRawInvisibles(run.Sources);
            var generated = new Generated(StrictCompilation.Load(run.Sources));

            // Two rows with one Korean (or Hancha) name are one place (Model/Names): the romanized spelling names it.
            var oneCity = NkGen.Generator.Model.Names.Hangul.Syllables(hostile) is not null || NkGen.Generator.Model.Names.Hanja.Characters(hostile) is not null;
            foreach (var name in new[] { hostile, "Plain" })
            {
                var (found, city) = generated.TryGet<City>("Cities", name);
                Assert.True(found, $"TryGet({Mutation.Escape(name)}) found nothing");
                Assert.Equal(oneCity ? "Plain" : name, city!.Name);
                Assert.Equal(hostile, city.KnownFor);
                Assert.Equal(hostile, city.BestFor);
                Assert.Equal(hostile, city.KoreanName);
                Assert.Equal(hostile, city.Capital);
                Assert.Equal(new[] { hostile, "port" }, city.Roles);
                Assert.Equal(hostile, city.Province!.Name);
                Assert.Equal((hostile, hostile, hostile, hostile, hostile), (city.Province.Capital, city.Province.IsoCode, city.Province.Region, city.Province.Character, city.Province.KnownFor));
                Assert.All(city.Sources, s => Assert.Equal("Doc " + hostile, s.Document));
            }

            var attribute = generated.Type("SpecialCities").GetProperties().SelectMany(f => f.GetCustomAttributes(false)).OfType<SpecialCityHistoryAttribute>().ToList();
            Assert.Equal(oneCity ? 1 : 2, attribute.Count);
            Assert.All(attribute, a => Assert.Equal(hostile, a.AbsorbedInto));
        }

        [Fact]
        public void String_literals_evaluate_to_exactly_their_text()
        {
            FuzzRun.Check(HostileText.String, text =>
            {
                var literal = TextEscaping.Literal(text);
                var expression = SyntaxFactory.ParseExpression(literal, options: new CSharpParseOptions(LanguageVersion.CSharp8));
                Assert.Empty(expression.GetDiagnostics());
                var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
                Assert.Equal(text, token.ValueText);
                Assert.True(Enumerable.Range(0, literal.Length).All(i => !SourceChecks.IsForbidden(literal, i)), Mutation.Escape(literal));
            }, FuzzRun.Iterations(FuzzRun.CiIterations), Mutation.Escape);
        }

        [Fact]
        public void Doc_text_is_inert_xml()
        {
            FuzzRun.Check(HostileText.String, text =>
            {
                var doc = TextEscaping.Doc(text);
                var code = "/// <summary>" + doc + "</summary>\npublic class C { }\n";
                var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
                Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity > DiagnosticSeverity.Hidden);
                var summary = tree.GetRoot().DescendantTrivia().Single(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
                Assert.Single(summary.GetStructure()!.DescendantNodes().OfType<XmlElementSyntax>());
                Assert.True(Enumerable.Range(0, doc.Length).All(i => !SourceChecks.IsForbidden(doc, i)), Mutation.Escape(doc));
            }, FuzzRun.Iterations(FuzzRun.CiIterations / 2), Mutation.Escape);
        }

        [Fact]
        public void Random_hostile_rows_emit_code_that_parses_with_no_raw_invisibles()
        {
            var rows = Gen.Select(HostileText.String, HostileText.String, (name, value) => (name, value)).List[1, 5];
            FuzzRun.Check(rows, list =>
            {
                var run = PureStages.Run(new[]
                {
                    HandWrittenRows.Reading(list[0].value, list.Select((r, i) => HandWrittenRows.Everywhere(r.name, r.value, i + 1)).ToArray()),
                });
                SourceChecks.NoRawInvisibles(run.Sources);
                SourceChecks.Parses(run.Sources);
            }, FuzzRun.Iterations(1_000), list => string.Join(" / ", list.Select(r => Mutation.Escape(r.name) + " = " + Mutation.Escape(r.value))));
        }
    }
}
