using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Analyzers.Tests.Support;
using NkGen.Generator.Analyzers;
using Xunit;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>
    /// A class with more entities than a .NET type can hold members for (NKG2013) lists the others in its
    /// [LookupNameTable] without a member: their names are valid (no NKG0003), there is no member to offer (no NKG0002),
    /// and a misspelling of one is suggested like any other name.
    /// </summary>
    public sealed class NamesWithoutMembersTests
    {
        // What the generator writes for such a class, cut down: Hamhung has a member, Kilju and Musan are rows only. The
        // generator leaves out a member named as its first name (Hamhung;…); a table may also spell it out (Hamhung|Hamhung;…).
        private const string Generated = """
            namespace NkGen
            {
                [global::NkGen.LookupNameTable("HAMHUNG_LINE\n|Kilju;길주군\n|Musan;무산군")]
                public static class Cities
                {
                    public static global::NkGen.City Hamhung => new global::NkGen.City("Hamhung", global::NkGen.AdministrativeStatus.City);
                    public static bool TryGet(string? name, out global::NkGen.City? city) { city = null; return false; }
                }
            }
            """;

        private const string Consumer = """
            using NkGen;

            public static class Consumer
            {
                public static object[] Uses(City city) => new object[]
                {
                    Cities.TryGet("Kilju", out _),
                    Cities.TryGet("길주군", out _),
                    city.Name == "Musan",
                    Cities.TryGet("Kiljuu", out _),
                    Cities.TryGet("Hamhung", out _),
                };
            }
            """;

        [Theory]
        [InlineData("Hamhung;함흥시")]
        [InlineData("Hamhung|Hamhung;함흥시")]
        public async Task Names_of_entities_without_members_are_valid_and_offer_no_member(string hamhungLine)
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(Generated.Replace("HAMHUNG_LINE", hamhungLine), path: "Cities.g.cs"), CSharpSyntaxTree.ParseText(Consumer, path: "Consumer.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConstantNameAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            Assert.Equal(
                new[]
                {
                    "Consumer.cs(10,23): warning NKG0003: No city is named 'Kiljuu' in the NkGen tables; did you mean Kilju?",
                    "Consumer.cs(11,23): info NKG0002: 'Hamhung' names the city Hamhung; use Cities.Hamhung",
                },
                diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.ToString()).ToArray());
        }
    }
}
