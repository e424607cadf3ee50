using System.Collections.Generic;
using NkGen.Package.Tests.Support;
using Xunit;

namespace NkGen.Package.Tests
{
    /// <summary>Consumers with the default options: the package's own tables, namespace NkGen, internal types.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class DefaultConsumerTests
    {
        private const string PrintFacts = """
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(NkGen.Cities.Hamhung.Population);
                    System.Console.WriteLine(NkGen.Cities.All.Count);
                    System.Console.WriteLine(NkGen.SpecialCities.All.Count);
                }
            }
            """;

        private readonly PackageFixture _fixture;

        public DefaultConsumerTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Net10_consumer_builds_and_reads_the_default_tables()
        {
            var consumer = _fixture.NewConsumer("DefaultNet10").Project().Write("Program.cs", PrintFacts);

            consumer.Build();

            Assert.Equal(new[] { "768551", "28", "4" }, consumer.Run());
        }

        [Fact]
        public void Net8_consumer_builds_and_runs_on_the_installed_runtime()
        {
            // Only the .NET 10 runtime is installed here; a net8.0 program runs on it by rolling forward.
            // The net8.0 targeting pack comes from the registry, which is why nuget.config keeps the machine's sources.
            var consumer = _fixture.NewConsumer("DefaultNet8")
                .Project("net8.0", properties: "<CheckEolTargetFramework>false</CheckEolTargetFramework>")
                .Write("Program.cs", PrintFacts);

            consumer.Build();

            var lines = consumer.Run("net8.0", new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });
            Assert.Equal(new[] { "768551", "28", "4" }, lines);
        }

        /// <summary>Library code at C# 7.3: no nullable annotations, an out variable declared beforehand.</summary>
        private const string LibraryAtCSharp73 = """
            namespace Geography
            {
                /// <summary>Uses the generated classes.</summary>
                public static class Facts
                {
                    /// <summary>The population of the named city, or -1.</summary>
                    public static int PopulationOf(string name)
                    {
                        NkGen.City city;
                        return NkGen.Cities.TryGet(name, out city) && city.Population.HasValue ? city.Population.Value : -1;
                    }

                    /// <summary>How many cities the tables have.</summary>
                    public static int Count => NkGen.Cities.All.Count + NkGen.Provinces.All.Count - NkGen.Provinces.All.Count;
                }
            }
            """;

        [Theory]
        [InlineData("netstandard2.0")]
        [InlineData("net472")]
        public void A_library_at_its_default_language_version_builds_with_warnings_as_errors(string targetFramework)
        {
            // netstandard2.0 and .NET Framework projects default to C# 7.3; net472's reference assemblies come from
            // the Microsoft.NETFramework.ReferenceAssemblies package the SDK adds on its own.
            var consumer = _fixture.NewConsumer("Library" + targetFramework.Replace(".", ""))
                .Project(targetFramework, outputType: "Library", nullable: false)
                .Write("Facts.cs", LibraryAtCSharp73);

            var output = consumer.Build();

            Assert.DoesNotContain("CS8370", output);
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(consumer.Directory, "bin", "Debug", targetFramework, consumer.Name + ".dll")));
        }

        [Fact]
        public void Source_disagreements_are_silent_by_default_and_listed_when_raised_to_warning()
        {
            var consumer = _fixture.NewConsumer("Disagreements")
                .Project(properties: "<WarningsNotAsErrors>NKG1001</WarningsNotAsErrors>")
                .Write("Program.cs", PrintFacts);

            var quiet = consumer.Build();
            Assert.DoesNotContain("NKG1001", quiet);

            consumer.Write(".globalconfig", """
                is_global = true
                dotnet_diagnostic.NKG1001.severity = warning
                """);
            var loud = consumer.Build("--no-incremental");

            var disagreements = Consumer.Diagnostics(loud, "NKG1001");
            Assert.True(disagreements.Length >= 16, $"expected 16 or more NKG1001 warnings, found {disagreements.Length}:\n{loud}");
            Assert.All(disagreements, line => Assert.Matches(@"NkGen\.DefaultData/[^(]+\(\d+,\d+\): warning NKG1001: ", line));
        }
    }
}
