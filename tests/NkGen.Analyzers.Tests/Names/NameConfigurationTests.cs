using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NkGen.Analyzers.Tests.Support;
using NkGen.Generator.Analyzers;
using Xunit;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>NKG0002 and NKG0003 follow .editorconfig and .globalconfig, through the compiler's own configuration path.</summary>
    public sealed class NameConfigurationTests
    {
        private const string Source = """
            using NkGen;

            static class Use
            {
                static bool A(City city) => city.Name == "Chongjin" || Cities.TryGet("Hamhng", out _);
            }
            """;

        [Fact]
        public async Task By_default_NKG0002_is_info_and_NKG0003_a_warning()
        {
            Assert.Equal(DiagnosticSeverity.Info, Assert.Single(await ConfiguredBuild.Diagnostics(new ConstantNameAnalyzer(), "NKG0002", Source)).Severity);
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(await ConfiguredBuild.Diagnostics(new ConstantNameAnalyzer(), "NKG0003", Source)).Severity);
        }

        [Fact]
        public async Task Globalconfig_raises_NKG0002_to_a_warning()
        {
            var diagnostics = await ConfiguredBuild.Diagnostics(new ConstantNameAnalyzer(), "NKG0002", Source,
                ("/src/.globalconfig", "is_global = true\ndotnet_diagnostic.NKG0002.severity = warning\n"));
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
        }

        [Fact]
        public async Task Editorconfig_raises_NKG0003_to_an_error_or_turns_it_off()
        {
            var error = await ConfiguredBuild.Diagnostics(new ConstantNameAnalyzer(), "NKG0003", Source,
                ("/src/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.NKG0003.severity = error\n"));
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(error).Severity);

            var none = await ConfiguredBuild.Diagnostics(new ConstantNameAnalyzer(), "NKG0003", Source,
                ("/src/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.NKG0003.severity = none\n"));
            Assert.Empty(none);
        }
    }
}
