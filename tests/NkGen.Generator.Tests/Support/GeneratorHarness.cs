using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NkGen.Generator.Tests.Support
{
    /// <summary>
    /// Runs the generator as the compiler would: a compilation referencing .NET and NkGen.Runtime, data files as
    /// AdditionalFiles tagged NkGenData, MSBuild properties as global options. Compiles and loads the result on request.
    /// </summary>
    internal sealed class GeneratorHarness
    {
        private readonly Dictionary<string, string> _global = new(StringComparer.Ordinal);
        private readonly List<(AdditionalText Text, Dictionary<string, string> Metadata)> _files = new();
        private readonly List<SyntaxTree> _sources = new();
        private readonly List<MetadataReference> _references = new();

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

        public GeneratorHarness Property(string name, string value)
        {
            _global["build_property." + name] = value;
            return this;
        }

        public GeneratorHarness DataFile(string path, string text, int? priority = null)
        {
            var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NkGenData"] = "true" };
            if (priority is int p) metadata["build_metadata.AdditionalFiles.NkGenPriority"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _files.Add((new InMemoryAdditionalText(path, text), metadata));
            return this;
        }

        public GeneratorHarness DataFileWithMetadata(string path, string text, Dictionary<string, string> metadata)
        {
            _files.Add((new InMemoryAdditionalText(path, text), metadata));
            return this;
        }

        /// <summary>An AdditionalFile that did not come from an NkGenData item.</summary>
        public GeneratorHarness OtherFile(string path, string text)
        {
            _files.Add((new InMemoryAdditionalText(path, text), new Dictionary<string, string>()));
            return this;
        }

        public GeneratorHarness Source(string code)
        {
            _sources.Add(CSharpSyntaxTree.ParseText(code, ParseOptions, path: $"User{_sources.Count}.cs"));
            return this;
        }

        /// <summary>A library this project references, e.g. one that exposes generated classes.</summary>
        public GeneratorHarness Reference(MetadataReference reference)
        {
            _references.Add(reference);
            return this;
        }

        /// <summary>The AdditionalText instance given to the driver for <paramref name="path"/>.</summary>
        public AdditionalText Text(string path) => _files.Single(f => f.Text.Path == path).Text;

        public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode.Diagnose);

        public CSharpCompilation Compilation(string assemblyName = "Consumer") => CSharpCompilation.Create(
            assemblyName,
            _sources,
            References.Concat(_references),
            new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    // C# 7.3 has no nullable context to enable, as in a netstandard2.0 or .NET Framework project.
                    nullableContextOptions: LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    deterministic: true)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));

        public static IReadOnlyList<MetadataReference> References { get; } =
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(NkGen.City).Assembly.Location))
                .ToList();

        public GeneratorDriver Driver(bool trackSteps = true)
        {
            var options = new TestOptionsProvider(_global);
            foreach (var (text, metadata) in _files) options.WithFile(text.Path, metadata);
            return CSharpGeneratorDriver.Create(
                new[] { new NkGenGenerator().AsSourceGenerator() },
                _files.Select(f => f.Text),
                ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        }

        public GenerationResult Run()
        {
            var compilation = Compilation();
            var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            return new GenerationResult(driver.GetRunResult(), output, generatorDiagnostics);
        }
    }

    internal sealed class GenerationResult
    {
        public GenerationResult(GeneratorDriverRunResult run, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
        {
            Run = run;
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
        }

        public GeneratorDriverRunResult Run { get; }

        public Compilation Output { get; }

        /// <summary>Diagnostics the generator reported, plus CS8785 if it threw.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public IReadOnlyDictionary<string, string> Sources =>
            Run.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        public IEnumerable<Diagnostic> Data(string id) => GeneratorDiagnostics.Where(d => d.Id == id);

        /// <summary>Every compiler diagnostic of the output (hidden ones excluded).</summary>
        public IReadOnlyList<Diagnostic> CompilationDiagnostics =>
            Output.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();

        /// <summary>Compiles the output and loads it in a collectible context.</summary>
        public Assembly Load()
        {
            using var peStream = new MemoryStream();
            var emit = Output.Emit(peStream);
            if (!emit.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics));
            peStream.Position = 0;
            return new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(peStream);
        }
    }
}
