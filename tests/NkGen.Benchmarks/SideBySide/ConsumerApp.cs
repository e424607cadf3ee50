using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NkGen.Package.Tests.Support;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>Which generator a console app of the side-by-side run uses.</summary>
    internal enum AppKind
    {
        /// <summary>No data and no generator: the floor that the other two are measured against.</summary>
        Plain,

        /// <summary>The freshly packed NkGen package and N rows of wiki-dialect city lists (default data off).</summary>
        NkGen,

        /// <summary>Microsoft.CodeAnalysis.ResxSourceGenerator and an N-entry <c>.resx</c> of the same cities.</summary>
        Peer,
    }

    /// <summary>
    /// One fresh console app of the side-by-side run, made as <c>dotnet new console</c> makes one (net10.0, implicit
    /// usings, nullable), in a folder under the run's <see cref="LocalFeed"/>; and the dotnet commands run on it.
    /// </summary>
    internal sealed class ConsumerApp
    {
        public const string PeerPackage = "Microsoft.CodeAnalysis.ResxSourceGenerator";

        /// <summary>The version the package registry here serves.</summary>
        public const string PeerVersion = "5.0.0-1.25277.114";

        /// <summary>Today's NkGen takes minutes to compile 100,000 rows; a timed-out build is a failure, not a figure.</summary>
        public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(40);

        public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

        private readonly LocalFeed _feed;
        private readonly CompilerServer _server;
        private int _reports;

        public ConsumerApp(LocalFeed feed, CompilerServer server, AppKind kind, int rows)
        {
            _feed = feed;
            _server = server;
            Kind = kind;
            Rows = kind == AppKind.Plain ? 0 : rows;
            Directory = Path.Combine(feed.Root, "apps", kind == AppKind.Plain ? "plain" : $"{kind.ToString().ToLowerInvariant()}-{rows}");
        }

        public AppKind Kind { get; }

        public int Rows { get; }

        public string Directory { get; }

        public string Name => Kind == AppKind.Plain ? "plain app" : $"{Kind} app with {Rows:N0} rows";

        /// <summary>The two cities whose members the program reads: one from the middle of the list, then another.</summary>
        public ConsumerProgram Program { get; private set; } = ConsumerProgram.Plain;

        /// <summary>Writes the project, the program and the data files.</summary>
        public ConsumerApp Write()
        {
            System.IO.Directory.CreateDirectory(Directory);
            var cities = Kind == AppKind.Plain ? new List<Inputs.SyntheticCity>() : Inputs.SyntheticCityList.Cities(Rows);
            // Two cities that have members: NkGen gives members to a class's first 65,000 entities in name order (NKG2013).
            var byName = cities.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Take(60_000).ToList();
            Program = Kind switch
            {
                AppKind.NkGen => ConsumerProgram.NkGen(byName[byName.Count / 2], byName[byName.Count / 3]),
                AppKind.Peer => ConsumerProgram.Peer(byName[byName.Count / 2], byName[byName.Count / 3]),
                _ => ConsumerProgram.Plain,
            };

            File.WriteAllText(Path.Combine(Directory, "App.csproj"), ProjectFile());
            File.WriteAllText(Path.Combine(Directory, "Program.cs"), Program.Text);
            if (Kind == AppKind.NkGen)
            {
                foreach (var (path, text) in Inputs.SyntheticCityList.Files(Rows, folder: "data"))
                {
                    var full = Path.Combine(Directory, path);
                    System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, text);
                }
            }
            else if (Kind == AppKind.Peer)
            {
                File.WriteAllText(Path.Combine(Directory, "CityFacts.resx"), Inputs.SyntheticResx.Document(cities));
            }

            return this;
        }

        public CommandResult Restore() => DotNet.Run(Directory, BuildTimeout, null, "restore", "App.csproj", "-nodeReuse:false", "-tl:off");

        /// <summary>
        /// Builds without restoring, as a user's rebuild after editing code: Program.cs is touched first so that the
        /// compiler really runs (generators included), in the run's warm compiler server; the data files are left alone. With <paramref name="reportGenerators"/>
        /// the compiler also reports each generator's execution time (<c>ReportAnalyzer</c>), read from a detailed log file.
        /// </summary>
        public BuildRun Build(bool reportGenerators)
        {
            File.SetLastWriteTimeUtc(Path.Combine(Directory, "Program.cs"), DateTime.UtcNow);
            var arguments = new List<string> { "build", "App.csproj", "--no-restore", "-nodeReuse:false", "-tl:off", "-nologo" };
            arguments.AddRange(_server.BuildArguments);
            string? log = null;
            if (reportGenerators)
            {
                log = Path.Combine(Directory, $"report-{++_reports}.log");
                arguments.Add("-p:ReportAnalyzer=true");
                arguments.Add($"-flp:verbosity=detailed;logfile={log}");
            }

            var clock = Stopwatch.StartNew();
            var result = DotNet.Run(Directory, BuildTimeout, null, arguments.ToArray());
            clock.Stop();
            if (!result.Succeeded) throw SideBySideFailure.Of($"The {Name} did not build", result);

            GeneratorTimes? times = null;
            if (log is not null)
            {
                times = GeneratorTimes.Read(File.ReadAllText(log));
                File.Delete(log);
            }

            return new BuildRun(clock.Elapsed.TotalMilliseconds, times);
        }

        /// <summary>Runs the built program in a fresh process; it times its own first and second member access.</summary>
        public AccessRun Run()
        {
            var dll = Path.Combine(Directory, "bin", "Debug", "net10.0", "App.dll");
            var result = DotNet.Run(Directory, RunTimeout, null, dll);
            if (!result.Succeeded) throw SideBySideFailure.Of($"The {Name} did not run", result);
            return Program.Read(result.Output, Name);
        }

        private string ProjectFile()
        {
            var generator = Kind switch
            {
                AppKind.NkGen => $"""
                      <PropertyGroup>
                        <NkGenIncludeDefaultData>false</NkGenIncludeDefaultData>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="NkGen" Version="{LocalFeed.Version}" />
                        <NkGenData Include="data/*.txt" Format="wiki" />
                      </ItemGroup>
                    """,
                AppKind.Peer => $"""
                      <ItemGroup>
                        <!-- CityFacts.resx is an EmbeddedResource by default; the package adds every .resx as an AdditionalFile. -->
                        <PackageReference Include="{PeerPackage}" Version="{PeerVersion}" PrivateAssets="all" />
                      </ItemGroup>
                    """,
                _ => "",
            };
            return $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                    <AssemblyName>App</AssemblyName>
                    <RootNamespace>SideBySide</RootNamespace>
                    <RestorePackagesPath>{_feed.RestorePackagesPath}</RestorePackagesPath>
                  </PropertyGroup>
                {generator}
                </Project>
                """;
        }
    }

    /// <summary>One build: its wall time, and the generators' execution times when the compiler reported them.</summary>
    internal sealed record BuildRun(double Milliseconds, GeneratorTimes? Generators);

    /// <summary>What the program printed: the times of its first and second member access.</summary>
    internal sealed record AccessRun(double FirstMilliseconds, double SecondMilliseconds);
}
