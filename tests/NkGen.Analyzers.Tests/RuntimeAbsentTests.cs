using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using NkGen.Analyzers.Tests.Support;
using NkGen.Generator.Analyzers;
using Xunit;

namespace NkGen.Analyzers.Tests
{
    /// <summary>Without NkGen.Runtime the analyzer registers nothing beyond its compilation start.</summary>
    public sealed class RuntimeAbsentTests
    {
        private const string LookAlike = """
            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class DefunctSpecialCityAttribute : System.Attribute
                {
                    public DefunctSpecialCityAttribute(string city, int endedYear, string absorbedInto, string years, string replacement) { }
                }

                static class SpecialCities
                {
                    [DefunctSpecialCity("Chongjin", 1985, "North Hamgyong", "1960–1967, 1977–1985", "Cities.Chongjin")]
                    public static readonly object Chongjin = new object();

                    public static bool TryGet(string name, out object? city) { city = null; return false; }
                }

                static class Use
                {
                    static object A() => SpecialCities.Chongjin;

                    static bool B() => SpecialCities.TryGet("Chongjin", out _);
                }
            }
            """;

        [Fact]
        public Task Look_alike_members_are_not_reported()
        {
            var test = new Nkg0001Test();
            test.TestState.Sources.Add("#nullable enable\n" + LookAlike);
            return test.RunAsync();
        }

        [Fact]
        public async Task No_operation_action_is_registered_without_the_runtime()
        {
            var without = await Telemetry(TestReferences.Net);
            Assert.Equal(1, without.CompilationStartActionsCount);
            Assert.Equal(0, without.OperationActionsCount);

            var with = await Telemetry(TestReferences.Net.Append(TestReferences.Runtime));
            Assert.True(with.OperationActionsCount > 0);
        }

        private static async Task<AnalyzerTelemetryInfo> Telemetry(System.Collections.Generic.IEnumerable<MetadataReference> references)
        {
            var analyzer = new DefunctSpecialCityAnalyzer();
            var compilation = CSharpCompilation.Create(
                "NoRuntime",
                new[] { CSharpSyntaxTree.ParseText("#nullable enable\n" + LookAlike) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var withAnalyzers = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            Assert.Empty(diagnostics);
            return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
        }
    }
}
