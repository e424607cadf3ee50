using System.Collections.Generic;
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

namespace NkGen.Analyzers.Tests
{
    /// <summary>The descriptor, and the properties and additional location that the code fixes read.</summary>
    public sealed class DescriptorTests
    {
        [Fact]
        public void Descriptor_is_a_usage_warning_with_a_help_link()
        {
            var descriptor = Assert.Single(new DefunctSpecialCityAnalyzer().SupportedDiagnostics);
            Assert.Equal("NKG0001", descriptor.Id);
            Assert.Equal("NkGen.Usage", descriptor.Category);
            Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Equal("https://github.com/nkgen/NkGen/blob/main/docs/diagnostics/NKG0001.md", descriptor.HelpLinkUri);
            Assert.Equal("Code relies on a special-city status that no longer exists", descriptor.Title.ToString());
        }

        [Fact]
        public async Task Properties_of_each_kind()
        {
            var diagnostics = await Analyze("""
                using NkGen;

                static class Use
                {
                    static object A() => SpecialCities.Chongjin;

                    static bool B() => Cities.Hamhung.Status == AdministrativeStatus.SpecialCity;

                    static bool C() => SpecialCities.TryGet("Hamhung", out _);

                    static bool D() => Cities.Hamhung.Status is AdministrativeStatus.SpecialCity or AdministrativeStatus.City;
                }
                """);

            Assert.Equal(
                new[]
                {
                    "Kind=Reference City=Chongjin Replacement=Cities.Chongjin Year=1984",
                    "Kind=StatusComparison City=Hamhung Replacement=Cities.Hamhung Year=1966 Outcome=AlwaysFalse",
                    "Kind=Lookup City=Hamhung Replacement=Cities.Hamhung Year=1966",
                    "Kind=StatusComparison City=Hamhung Replacement=Cities.Hamhung Year=1966",
                },
                diagnostics.Select(d => string.Join(" ", Order.Where(d.Properties.ContainsKey).Select(k => k + "=" + d.Properties[k]))));
        }

        [Fact]
        public async Task Status_comparison_points_at_the_status_access()
        {
            var source = """
                using NkGen;

                static class Use
                {
                    static bool B() => Cities.Hamhung.Status != AdministrativeStatus.SpecialCity;
                }
                """;
            var diagnostic = Assert.Single(await Analyze(source));
            Assert.Equal("Cities.Hamhung.Status != AdministrativeStatus.SpecialCity", Text(source, diagnostic.Location));
            Assert.Equal("Cities.Hamhung.Status", Text(source, Assert.Single(diagnostic.AdditionalLocations)));
            Assert.Equal("AlwaysTrue", diagnostic.Properties["Outcome"]);
        }

        private static readonly string[] Order = { "Kind", "City", "Replacement", "Year", "Outcome" };

        private static string Text(string source, Location location) => source.Substring(location.SourceSpan.Start, location.SourceSpan.Length);

        private static async Task<IReadOnlyList<Diagnostic>> Analyze(string source)
        {
            var compilation = CSharpCompilation.Create(
                "Use",
                new[] { CSharpSyntaxTree.ParseText(source, path: "Use.cs"), CSharpSyntaxTree.ParseText(StandIn.Source, path: "NkGen.g.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DefunctSpecialCityAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        }
    }
}
