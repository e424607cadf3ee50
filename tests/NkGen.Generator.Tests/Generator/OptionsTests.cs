using System.Linq;
using Microsoft.CodeAnalysis;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>The MSBuild contract as the generator sees it: properties, NkGenData metadata, Priority.</summary>
    public class OptionsTests
    {
        private const string OwnTable = "= My cities =\n\n==List==\n| City | Province | Population | Founded |\n| Sinanju | South Pyongan | 74,000 | 1990 |\n| Hamhung | South Hamgyong | 812,000 | 1967 |\n";

        [Fact]
        public void Own_tables_merge_with_the_defaults()
        {
            var api = new Generated(new GeneratorHarness().DataFile("/p/my.md", OwnTable).Run().Load());
            Assert.Equal(29, api.Cities.Count);
            Assert.Equal("South Pyongan", api.City("Sinanju").Province!.Name);
            Assert.Equal(768551, api.City("Hamhung").Population); // the census figure still wins at equal priority
        }

        [Fact]
        public void Priority_metadata_makes_an_own_table_win()
        {
            var result = new GeneratorHarness().DataFile("/p/my.md", OwnTable, priority: 10).Run();
            Assert.Equal(812000, new Generated(result.Load()).City("Hamhung").Population);
            Assert.Contains(result.Data("NKG1001"), d => d.GetMessage().Contains("Hamhung population") && d.GetMessage().Contains("higher source priority"));
        }

        [Fact]
        public void Defaults_can_be_dropped()
        {
            var result = new GeneratorHarness().Property("NkGenIncludeDefaultData", "false").DataFile("/p/my.md", OwnTable).Run();
            var api = new Generated(result.Load());
            Assert.Equal(new[] { "Hamhung", "Sinanju" }, api.Cities.Select(c => c.Name).ToArray());
            Assert.Equal(2, api.Provinces.Count);
            Assert.Empty(result.CompilationDiagnostics);
        }

        [Fact]
        public void With_no_data_at_all_the_generated_classes_are_empty_but_compile()
        {
            var result = new GeneratorHarness().Property("NkGenIncludeDefaultData", "false").Run();
            Assert.Empty(result.CompilationDiagnostics);
            Assert.Empty(new Generated(result.Load()).Cities);
        }

        [Fact]
        public void Other_additional_files_are_ignored()
        {
            var result = new GeneratorHarness().OtherFile("/p/other.md", OwnTable).Run();
            Assert.Equal(28, new Generated(result.Load()).Cities.Count);
        }

        [Fact]
        public void The_namespace_and_visibility_can_be_set()
        {
            var result = new GeneratorHarness().Property("NkGenNamespace", "Acme.Geo").Property("NkGenVisibility", "public").Run();
            Assert.Empty(result.CompilationDiagnostics);
            var type = result.Load().GetType("Acme.Geo.Cities", throwOnError: true)!;
            Assert.True(type.IsPublic);
            Assert.Contains("namespace Acme.Geo", result.Sources["Provinces.g.cs"]);
        }

        [Theory]
        [InlineData("my_company")]
        [InlineData("acme.geo")]
        [InlineData("Geo.v2")]
        [InlineData("Geo.@class")]
        [InlineData("Ünternehmen.Städte")]
        public void Any_namespace_the_compiler_accepts_is_used(string ns)
        {
            var result = new GeneratorHarness().Property("NkGenNamespace", ns).Run();
            Assert.Empty(result.Data("NKG2007"));
            Assert.Empty(result.CompilationDiagnostics);
            Assert.Contains("namespace " + ns, result.Sources["Cities.g.cs"]);
            Assert.NotNull(result.Load().GetType(ns.Replace("@", "") + ".Cities", throwOnError: true));
        }

        [Fact]
        public void Classes_are_internal_by_default()
        {
            var type = new GeneratorHarness().Run().Load().GetType("NkGen.Cities", throwOnError: true)!;
            Assert.False(type.IsPublic);
        }

        [Theory]
        [InlineData("NkGenNamespace", "1Bad.Name")]
        [InlineData("NkGenNamespace", "class")]
        [InlineData("NkGenNamespace", "Acme..Geo")]
        [InlineData("NkGenNamespace", "Acme-Geo")]
        [InlineData("NkGenNamespace", "global.Geo")]
        [InlineData("NkGenNamespace", "Geo.int")]
        [InlineData("NkGenVisibility", "protected")]
        [InlineData("NkGenIncludeDefaultData", "yes")]
        public void Invalid_option_values_get_a_diagnostic_and_the_default(string property, string value)
        {
            var result = new GeneratorHarness().Property(property, value).Run();
            var diagnostic = Assert.Single(result.Data("NKG2007"));
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Contains(property, diagnostic.GetMessage());
            Assert.Contains(value, diagnostic.GetMessage());
            Assert.Equal(28, new Generated(result.Load()).Cities.Count);
        }

        [Fact]
        public void An_invalid_priority_is_reported_at_the_file()
        {
            var metadata = new System.Collections.Generic.Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.NkGenData"] = "true",
                ["build_metadata.AdditionalFiles.NkGenPriority"] = "high",
            };
            var result = new GeneratorHarness().DataFileWithMetadata("/p/my.md", OwnTable, metadata).Run();
            var diagnostic = Assert.Single(result.Data("NKG2007"));
            Assert.Equal("/p/my.md", diagnostic.Location.GetLineSpan().Path);
        }

        [Fact]
        public void Generated_code_compiles_cleanly_from_CSharp_8()
        {
            var harness = new GeneratorHarness { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8 };
            Assert.Empty(harness.Run().CompilationDiagnostics);
        }

        [Fact]
        public void Generated_code_compiles_cleanly_at_CSharp_7_3_without_nullable_annotations()
        {
            var harness = new GeneratorHarness { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3 }
                .Source("internal static class Use { public static bool Find(string name) { global::NkGen.City city; return global::NkGen.Cities.TryGet(name, out city) && city.Population > 0; } }");
            var result = harness.Run();
            Assert.Empty(result.CompilationDiagnostics);
            Assert.All(result.Sources.Values, source => Assert.DoesNotContain("#nullable", source));
            Assert.Contains("TryGet(string name, ", result.Sources["Cities.g.cs"]);
        }

        [Fact]
        public void A_project_above_a_public_library_uses_the_library_classes_instead_of_generating_its_own()
        {
            var library = new GeneratorHarness().Property("NkGenVisibility", "public").Run();
            var libraryReference = library.Output.WithAssemblyName("Geography").ToMetadataReference();

            var app = new GeneratorHarness().Reference(libraryReference)
                .Source("internal static class Use { public static int? Population => NkGen.Cities.Hamhung.Population; }")
                .Run();
            Assert.Empty(app.Sources);
            Assert.Empty(app.CompilationDiagnostics);
            Assert.DoesNotContain(app.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);

            var withOwnData = new GeneratorHarness().Reference(libraryReference).DataFile("/p/my.md", OwnTable).Run();
            var problem = Assert.Single(withOwnData.Data("NKG2007"));
            Assert.Contains("Geography already exposes NkGen.Cities", problem.GetMessage());
            Assert.Contains("my.md", problem.GetMessage());
        }

        [Fact]
        public void An_internal_library_does_not_stop_a_project_above_it_from_generating_its_own_classes()
        {
            var library = new GeneratorHarness().Run();
            var app = new GeneratorHarness().Reference(library.Output.WithAssemblyName("Geography").ToMetadataReference()).Run();
            Assert.Equal(3, app.Sources.Count);
            Assert.Empty(app.CompilationDiagnostics);
        }
    }
}
