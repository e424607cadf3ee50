using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using NkGen.Package.Tests.Support;
using Xunit;

namespace NkGen.Package.Tests
{
    /// <summary>What <c>dotnet pack NkGen.sln</c> produces: one package, laid out for a NuGet consumer.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private static readonly Version RoslynVersion = new(4, 8, 0, 0);
        private readonly PackageFixture _fixture;

        public PackageLayoutTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Packing_the_solution_produces_exactly_one_package()
        {
            _fixture.EnsurePacked();
            Assert.Equal(new[] { "NkGen.0.1.0.nupkg" }, _fixture.PackedFiles());
        }

        [Fact]
        public void Package_holds_runtime_analyzers_msbuild_contract_readme_and_license()
        {
            _fixture.EnsurePacked();
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            var entries = package.Entries.Select(e => e.FullName).ToHashSet();

            Assert.Contains("lib/netstandard2.0/NkGen.Runtime.dll", entries);
            Assert.Contains("lib/netstandard2.0/NkGen.Runtime.xml", entries);
            Assert.Contains("analyzers/dotnet/cs/NkGen.Generator.dll", entries);
            if (File.Exists(Path.Combine(RepoPaths.Root, "src", "NkGen.CodeFixes", "NkGen.CodeFixes.csproj")))
            {
                Assert.Contains("analyzers/dotnet/cs/NkGen.CodeFixes.dll", entries);
            }

            Assert.Contains("buildTransitive/NkGen.props", entries);
            Assert.Contains("buildTransitive/NkGen.targets", entries);
            Assert.Contains("PACKAGE.md", entries);
            Assert.Contains("LICENSE", entries);

            // Only our own assemblies ship as analyzers: Roslyn comes from the consumer's compiler.
            var analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();
            Assert.All(analyzers, e => Assert.Matches(@"^analyzers/dotnet/cs/NkGen\.[A-Za-z]+\.dll$", e));
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));
        }

        [Fact]
        public void Nuspec_has_metadata_and_no_dependencies()
        {
            _fixture.EnsurePacked();
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            using var stream = package.GetEntry("NkGen.nuspec")!.Open();
            var nuspec = XDocument.Load(stream);
            var ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;

            Assert.Equal("NkGen", metadata.Element(ns + "id")!.Value);
            Assert.Equal(PackageFixture.Version, metadata.Element(ns + "version")!.Value);
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            Assert.Equal("PACKAGE.md", metadata.Element(ns + "readme")!.Value);
            Assert.Equal("https://github.com/nkgen/NkGen", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "tags")?.Value));
            Assert.Empty(nuspec.Descendants(ns + "dependency"));
        }

        [Fact]
        public void Analyzer_assemblies_are_built_against_Roslyn_4_8()
        {
            _fixture.EnsurePacked();
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(analyzers);

            foreach (var entry in analyzers)
            {
                using var memory = new MemoryStream();
                using (var stream = entry.Open()) stream.CopyTo(memory);
                memory.Position = 0;
                using var pe = new PEReader(memory);
                var reader = pe.GetMetadataReader();
                var roslyn = reader.AssemblyReferences
                    .Select(handle => reader.GetAssemblyReference(handle))
                    .Where(reference => reader.GetString(reference.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                    .ToDictionary(reference => reader.GetString(reference.Name), reference => reference.Version);

                Assert.True(roslyn.ContainsKey("Microsoft.CodeAnalysis"), entry.FullName + " does not reference Microsoft.CodeAnalysis");
                Assert.All(roslyn, pair => Assert.True(pair.Value <= RoslynVersion,
                    $"{entry.FullName} references {pair.Key} {pair.Value}; consumers on older compilers need at most {RoslynVersion}"));
                Assert.Equal(RoslynVersion, roslyn["Microsoft.CodeAnalysis"]);
            }
        }
    }
}
