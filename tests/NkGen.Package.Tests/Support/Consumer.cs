using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace NkGen.Package.Tests.Support
{
    /// <summary>A fresh project folder that uses the packed NkGen exactly as a user would: one PackageReference.</summary>
    public sealed class Consumer
    {
        public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
        public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

        private readonly PackageFixture _fixture;

        public Consumer(PackageFixture fixture, string directory)
        {
            _fixture = fixture;
            Directory = directory;
            System.IO.Directory.CreateDirectory(directory);
        }

        public string Directory { get; }

        public string Name => Path.GetFileName(Directory);

        /// <summary>
        /// The consumer's project file: Nullable, TreatWarningsAsErrors and GenerateDocumentationFile on, and a
        /// reference to nothing but the NkGen package.
        /// </summary>
        public Consumer Project(string targetFramework = "net10.0", string outputType = "Exe", string properties = "", string items = "",
            bool referenceNkGen = true, bool nullable = true)
        {
            // A netstandard2.0 or .NET Framework project at its default C# 7.3 cannot enable nullable reference types.
            var nullableProperty = nullable ? "<Nullable>enable</Nullable>" : "";
            var reference = referenceNkGen ? $"""<PackageReference Include="NkGen" Version="{PackageFixture.Version}" />""" : "";
            return Write(Name + ".csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>{outputType}</OutputType>
                    <TargetFramework>{targetFramework}</TargetFramework>
                    {nullableProperty}
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <UseAppHost>false</UseAppHost>
                    <RestorePackagesPath>{_fixture.RestorePackagesPath}</RestorePackagesPath>
                {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    {reference}
                {items}
                  </ItemGroup>
                </Project>
                """);
        }

        public Consumer Write(string relativePath, string text)
        {
            var path = Path.Combine(Directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            return this;
        }

        /// <summary>Restores and builds; asserts that it succeeded and returns the build output.</summary>
        public string Build(params string[] extraArguments)
        {
            var result = TryBuild(extraArguments);
            Assert.True(result.Succeeded, result.ToString());
            return result.Output;
        }

        public CommandResult TryBuild(params string[] extraArguments) =>
            DotNet.Run(Directory, BuildTimeout, null,
                new[] { "build", Name + ".csproj", "-nodeReuse:false", "-tl:off" }.Concat(extraArguments).ToArray());

        /// <summary>Runs the built program with <c>dotnet</c>, asserts it succeeded and returns its output lines.</summary>
        public string[] Run(string targetFramework = "net10.0", IReadOnlyDictionary<string, string>? environment = null)
        {
            var dll = Path.Combine(Directory, "bin", "Debug", targetFramework, Name + ".dll");
            var result = DotNet.Run(Directory, RunTimeout, environment, dll);
            Assert.True(result.Succeeded, result.ToString());
            return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        /// <summary>The distinct diagnostic lines of one id in a build's output, e.g. <c>file(3,1): warning NKG2002: …</c>.</summary>
        public static string[] Diagnostics(string output, string id) =>
            output.Split('\n')
                .Select(line => line.Trim())
                .Where(line => Regex.IsMatch(line, @"\): (warning|error|info) " + id + ":"))
                .Distinct()
                .ToArray();
    }
}
