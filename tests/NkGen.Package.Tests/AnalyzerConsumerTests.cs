using System.Linq;
using System.Text.RegularExpressions;
using NkGen.Package.Tests.Support;
using Xunit;

namespace NkGen.Package.Tests
{
    /// <summary>NKG0001 and the strictest build settings, as a fresh consumer of the packed package meets them.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class AnalyzerConsumerTests
    {
        // Lines 6, 8 and 10 rely on a defunct special-city status; the others ask about history, current first-level
        // cities or the city itself.
        private const string DefunctUses = """
            using NkGen;
            internal static class Program
            {
                private static void Main()
                {
                    var a = SpecialCities.Chongjin;
                    var b = Cities.Chongjin;
                    System.Console.WriteLine(Cities.Hamhung.Status == AdministrativeStatus.SpecialCity);
                    System.Console.WriteLine(Cities.Chongjin.StatusOn(1980));
                    System.Console.WriteLine(SpecialCities.TryGet("Hamhung", out _));
                    System.Console.WriteLine(SpecialCities.Rason.Name);
                    System.Console.WriteLine(Cities.Rason.Status == AdministrativeStatus.SpecialCity);
                    System.Console.WriteLine(a.Name + b.Name);
                }
            }
            """;

        // The same program as the NKG0001 code fixes leave it.
        private const string Fixed = """
            using NkGen;
            internal static class Program
            {
                private static void Main()
                {
                    var a = Cities.Chongjin;
                    var b = Cities.Chongjin;
                    System.Console.WriteLine(Cities.Hamhung.StatusOn(1966) == AdministrativeStatus.SpecialCity);
                    System.Console.WriteLine(Cities.Chongjin.StatusOn(1980));
                    System.Console.WriteLine(Cities.TryGet("Hamhung", out _));
                    System.Console.WriteLine(SpecialCities.Rason.Name);
                    System.Console.WriteLine(Cities.Rason.Status == AdministrativeStatus.SpecialCity);
                    System.Console.WriteLine(a.Name + b.Name);
                }
            }
            """;

        private readonly PackageFixture _fixture;

        public AnalyzerConsumerTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void NKG0001_stands_on_exactly_the_lines_that_rely_on_a_defunct_status()
        {
            var consumer = _fixture.NewConsumer("DefunctUses")
                .Project(properties: "<WarningsNotAsErrors>NKG0001</WarningsNotAsErrors>")
                .Write("Program.cs", DefunctUses);

            var warnings = Consumer.Diagnostics(consumer.Build(), "NKG0001");

            Assert.Equal(new[] { 6, 8, 10 }, warnings.Select(Line).OrderBy(l => l).ToArray());
            Assert.All(warnings, w => Assert.Contains("Program.cs(", w));
            Assert.Contains(warnings, w => w.Contains("Chongjin has not been a special city since 1985: it was re-merged into North Hamgyong (special city 1960–1967, 1977–1985)"));
        }

        [Fact]
        public void Severity_error_in_editorconfig_fails_the_build()
        {
            var consumer = _fixture.NewConsumer("DefunctAsError")
                .Project(properties: "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>")
                .Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.NKG0001.severity = error\n")
                .Write("Program.cs", DefunctUses);

            var result = consumer.TryBuild();

            Assert.False(result.Succeeded);
            Assert.Equal(3, Consumer.Diagnostics(result.Output, "NKG0001").Count(d => d.Contains(": error NKG0001:")));
        }

        [Fact]
        public void The_fixed_program_builds_without_NKG0001()
        {
            var consumer = _fixture.NewConsumer("DefunctFixed").Project().Write("Program.cs", Fixed);

            Assert.Empty(Consumer.Diagnostics(consumer.Build(), "NKG0001"));
            Assert.Equal("True", consumer.Run()[0]); // Hamhung was a special city in 1966: the history question answers it
        }

        [Fact]
        public void An_app_above_a_public_library_uses_its_members_and_is_warned_about_them()
        {
            _fixture.NewConsumer("AtlasLibrary")
                .Project(outputType: "Library", properties: "<NkGenVisibility>public</NkGenVisibility>")
                .Write("Marker.cs", "namespace AtlasLibrary\n{\n    /// <summary>Marks the library.</summary>\n    public static class Marker\n    {\n    }\n}\n");
            var app = _fixture.NewConsumer("AtlasApp")
                .Project(
                    properties: "<WarningsNotAsErrors>NKG0001</WarningsNotAsErrors>",
                    items: """<ProjectReference Include="../AtlasLibrary/AtlasLibrary.csproj" />""")
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(typeof(NkGen.Cities).Assembly.GetName().Name);
                            System.Console.WriteLine(NkGen.SpecialCities.Hamhung.Name);
                        }
                    }
                    """);

            var warning = Assert.Single(Consumer.Diagnostics(app.Build(), "NKG0001"));

            Assert.Contains("Program.cs(6,", warning);
            Assert.Equal(new[] { "AtlasLibrary", "Hamhung" }, app.Run());
        }

        [Fact]
        public void A_strict_consumer_builds_with_zero_warnings()
        {
            var consumer = _fixture.NewConsumer("Strict")
                .Project(properties: "<AnalysisLevel>latest-all</AnalysisLevel><EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>")
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            System.Console.WriteLine(NkGen.Cities.Hamhung.Population);
                            System.Console.WriteLine(NkGen.Cities.All.Count);
                        }
                    }
                    """);

            var output = consumer.Build();

            Assert.Matches(@"\b0 Warning\(s\)", output);
            Assert.Equal(new[] { "768551", "28" }, consumer.Run());
        }

        // Line 6 names no city (NKG0003, suggesting Hamhung); line 8 names one (NKG0002); line 9 is not a constant.
        private const string NameUses = """
            using NkGen;
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(Cities.TryGet("Hamhng", out _));
                    var city = Cities.All[0];
                    System.Console.WriteLine(city.Name == "Chongjin");
                    System.Console.WriteLine(Cities.TryGet(System.Console.ReadLine(), out _));
                }
            }
            """;

        [Fact]
        public void NKG0002_and_NKG0003_stand_on_exactly_the_lines_with_constant_names()
        {
            // Info diagnostics reach the build output only when raised: the consumer raises NKG0002 to a warning.
            var consumer = _fixture.NewConsumer("ConstantNames")
                .Project(properties: "<WarningsNotAsErrors>NKG0002;NKG0003</WarningsNotAsErrors>")
                .Write(".globalconfig", "is_global = true\ndotnet_diagnostic.NKG0002.severity = warning\n")
                .Write("Program.cs", NameUses);

            var output = consumer.Build();
            var unknown = Assert.Single(Consumer.Diagnostics(output, "NKG0003"));
            var resolved = Assert.Single(Consumer.Diagnostics(output, "NKG0002"));

            Assert.Equal(6, Line(unknown));
            Assert.Contains("No city is named 'Hamhng' in the NkGen tables; did you mean Hamhung?", unknown);
            Assert.Equal(8, Line(resolved));
            Assert.Contains("'Chongjin' names the city Chongjin; compare with Cities.Chongjin", resolved);
        }

        [Fact]
        public void A_strict_consumer_with_a_resolved_name_builds_with_zero_warnings()
        {
            var consumer = _fixture.NewConsumer("StrictNames")
                .Project(properties: "<AnalysisLevel>latest-all</AnalysisLevel><EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>")
                .Write("Program.cs", """
                    internal static class Program
                    {
                        private static void Main()
                        {
                            var city = NkGen.Cities.All[0];
                            System.Console.WriteLine(city.Name == "Anju");
                        }
                    }
                    """);

            Assert.Matches(@"\b0 Warning\(s\)", consumer.Build());
            Assert.Equal(new[] { "True" }, consumer.Run());
        }

        private static int Line(string diagnostic) =>
            int.Parse(Regex.Match(diagnostic, @"Program\.cs\((\d+),").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
