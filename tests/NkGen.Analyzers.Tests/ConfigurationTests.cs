using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using NkGen.Analyzers.Tests.Support;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>
    /// NKG0001's severity follows .editorconfig and .globalconfig, and it can be suppressed like any warning. Raising
    /// the severity is checked through the compiler's own configuration path (<see cref="ConfiguredBuild"/>): the
    /// workspace-based test framework applies 'none' from config files but reports raised severities unchanged.
    /// </summary>
    public sealed class ConfigurationTests
    {
        private const string Unmarked = """
            using NkGen;

            static class Use
            {
                static object A() => SpecialCities.Chongjin;
            }
            """;

        [Fact]
        public async Task Editorconfig_raises_it_to_an_error()
        {
            var diagnostics = await ConfiguredBuild.Nkg0001(Unmarked, ("/src/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.NKG0001.severity = error\n"));
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
        }

        [Fact]
        public async Task Globalconfig_raises_it_to_an_error()
        {
            var diagnostics = await ConfiguredBuild.Nkg0001(Unmarked, ("/src/.globalconfig", "is_global = true\ndotnet_diagnostic.NKG0001.severity = error\n"));
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics).Severity);
        }

        [Fact]
        public async Task Without_configuration_it_is_a_warning()
        {
            var diagnostics = await ConfiguredBuild.Nkg0001(Unmarked);
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
        }

        [Fact]
        public async Task Editorconfig_none_in_a_real_build()
        {
            var diagnostics = await ConfiguredBuild.Nkg0001(Unmarked, ("/src/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.NKG0001.severity = none\n"));
            Assert.Empty(diagnostics);
        }

        [Fact]
        public Task Editorconfig_turns_it_off()
        {
            var test = For(Unmarked);
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.NKG0001.severity = none\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Globalconfig_turns_it_off()
        {
            var test = For(Unmarked);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.NKG0001.severity = none\n"));
            return test.RunAsync();
        }

        [Fact]
        public Task Pragma_suppresses_it()
        {
            // The framework's own check wraps the file in '#pragma warning disable'; this source restores the warning.
            var test = For("""
            using NkGen;

            static class Use
            {
            #pragma warning disable NKG0001 // Kept for the 1980 report.
                static object A() => SpecialCities.Chongjin;
            #pragma warning restore NKG0001

                static object B() => {|#0:SpecialCities.Hamhung|};
            }
            """, null, At(0));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            return test.RunAsync();
        }

        [Fact]
        public Task SuppressMessage_suppresses_it() => Diagnostics("""
            using System.Diagnostics.CodeAnalysis;
            using NkGen;

            static class Use
            {
                [SuppressMessage("NkGen.Usage", "NKG0001:Code relies on a special-city status that no longer exists", Justification = "History report")]
                static bool A() => SpecialCities.Chongjin is not null && Cities.Hamhung.Status == AdministrativeStatus.SpecialCity;

                static object B() => {|#0:SpecialCities.Hamhung|};
            }
            """, At(0));

        [Fact]
        public Task Assembly_level_SuppressMessage_suppresses_it() => Diagnostics("""
            using NkGen;

            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("NkGen.Usage", "NKG0001", Scope = "member", Target = "~M:Use.A~System.Object")]

            static class Use
            {
                static object A() => SpecialCities.Chongjin;

                static object B() => {|#0:SpecialCities.Hamhung|};
            }
            """, At(0));
    }
}
