using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Generator.Analyzers;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>
    /// NKG0001 is data-driven: a special city that only a user's table knows, whose years have ended, is reported like
    /// the built-in Chongjin and Hamhung, with the built-in tables on and off.
    /// </summary>
    public sealed class UserDefunctSpecialCityTests
    {
        private const string UserTable = """
            = Former special cities (my research) =

            ==Defunct==
            | Division name | Chosŏn'gŭl | Province absorbed into | Administered Years |
            | Tanchon | 단천시 | South Hamgyong | 1970–1981 |
            """;

        private const string Consumer = """
            using NkGen;

            internal static class Consumer
            {
                public static object?[] Uses() => new object?[]
                {
                    SpecialCities.Tanchon,
                    Cities.Tanchon.Status == AdministrativeStatus.SpecialCity,
                    SpecialCities.TryGet("Tanchon", out _),
                    Cities.Tanchon.StatusOn(1975) == AdministrativeStatus.SpecialCity,
                    Cities.Tanchon.Population,
                };
            }
            """;

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task Its_member_status_comparison_and_constant_lookup_are_reported(bool includeDefaultData)
        {
            var result = new GeneratorHarness()
                .Property("NkGenIncludeDefaultData", includeDefaultData ? "true" : "false")
                .DataFile("/p/former.md", UserTable)
                .Source(Consumer)
                .Run();
            Assert.Empty(result.CompilationDiagnostics);

            var diagnostics = await result.Output
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DefunctSpecialCityAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

            var lines = diagnostics.Where(d => d.Id == "NKG0001")
                .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)
                .OrderBy(l => l)
                .ToArray();
            Assert.Equal(new[] { 7, 8, 9 }, lines);
            Assert.All(diagnostics, d => Assert.StartsWith(
                "Tanchon has not been a special city since 1981: it was re-merged into South Hamgyong (special city 1970–1981)",
                d.GetMessage()));
            Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        }
    }
}
