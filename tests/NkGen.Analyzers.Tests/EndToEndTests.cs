using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Analyzers.Tests.Support;
using NkGen.Generator;
using NkGen.Generator.Analyzers;
using Xunit;

namespace NkGen.Analyzers.Tests
{
    /// <summary>The real generator writes the classes from its built-in tables, and the analyzer checks a consumer of them.</summary>
    public sealed class EndToEndTests
    {
        private const string Consumer = """
            using System.Linq;
            using NkGen;

            public static class Consumer
            {
                public static object[] Uses() => new object[]
                {
                    SpecialCities.Chongjin,
                    Cities.Hamhung.Status == AdministrativeStatus.SpecialCity,
                    SpecialCities.TryGet("hamhung", out _),
                    Cities.Chongjin.Status is AdministrativeStatus.SpecialCity,
                    Cities.Chongjin,
                    Cities.Chongjin.StatusOn(1980) == AdministrativeStatus.SpecialCity,
                    Cities.Hamhung.StatusHistory.Count,
                    SpecialCities.Rason,
                    Cities.Rason.Status == AdministrativeStatus.SpecialCity,
                    SpecialCities.All.Count(),
                };
            }
            """;

        [Fact]
        public async Task Generated_members_are_reported_in_the_consumer_and_nowhere_else()
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(Consumer, path: "Consumer.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            CSharpGeneratorDriver.Create(new NkGenGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

            Assert.True(output.SyntaxTrees.Count() > 1);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var diagnostics = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DefunctSpecialCityAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            Assert.Equal(
                new[]
                {
                    "Consumer.cs(8,9): warning NKG0001: " + Messages.ChongjinReference,
                    "Consumer.cs(9,9): warning NKG0001: " + Messages.HamhungStatus,
                    "Consumer.cs(10,9): warning NKG0001: " + Messages.HamhungLookup,
                    "Consumer.cs(11,9): warning NKG0001: " + Messages.ChongjinStatus,
                },
                diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.ToString()));
        }
    }
}
