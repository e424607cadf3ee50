using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using NkGen.Benchmarks.Support;
using NkGen.Generator;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 6. Time to the first completion list after <c>Cities.</c> in a freshly opened project, through Roslyn's own
    /// CompletionService in an AdhocWorkspace: with NkGen (the runtime referenced, the generator as an analyzer
    /// reference, default data) and without it (same text, no reference: the list is empty). MEF composition is shared
    /// by both and warmed up once, as in an IDE that is already running.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class CompletionBenchmarks
    {
        public const string Code = """
            namespace App
            {
                public static class Program
                {
                    public static void Main()
                    {
                        var city = Cities.
                    }
                }
            }
            """;

        [Benchmark(Baseline = true, Description = "First completion after 'Cities.', project without NkGen")]
        public Task<int> WithoutPackage() => FirstCompletion(withPackage: false);

        [Benchmark(Description = "First completion after 'Cities.', project with NkGen (default data)")]
        public Task<int> WithPackage()
        {
            // A project opened for the first time: nothing from an earlier build of the same data to reuse.
            EarlierResults.Clear();
            return FirstCompletion(withPackage: true);
        }

        /// <summary>Opens a new workspace and project, and returns the number of items of the first completion list.</summary>
        public static async Task<int> FirstCompletion(bool withPackage)
        {
            using var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
            var references = withPackage ? CompilerSetup.References : CompilerSetup.NetReferences;
            var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(),
                VersionStamp.Create(),
                "App",
                "App",
                LanguageNames.CSharp,
                compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: CompilerSetup.ParseOptions.WithDocumentationMode(DocumentationMode.Parse),
                metadataReferences: references,
                analyzerReferences: withPackage ? new AnalyzerReference[] { new GeneratorReference(new NkGenGenerator()) } : Array.Empty<AnalyzerReference>()));
            var document = workspace.AddDocument(project.Id, "Program.cs", SourceText.From(Code));
            var position = Code.IndexOf("Cities.", StringComparison.Ordinal) + "Cities.".Length;
            var service = CompletionService.GetService(document) ?? throw new InvalidOperationException("no completion service");
            var list = await service.GetCompletionsAsync(document, position).ConfigureAwait(false);
            return list.ItemsList.Count;
        }
    }

    /// <summary>Hands a generator instance to a workspace, as the IDE does with the generator of a package.</summary>
    internal sealed class GeneratorReference : AnalyzerReference
    {
        private readonly IIncrementalGenerator _generator;

        public GeneratorReference(IIncrementalGenerator generator) => _generator = generator;

        public override string FullPath => typeof(NkGenGenerator).Assembly.Location;

        public override object Id => typeof(NkGenGenerator).Assembly.GetName().Name!;

        public override string Display => "NkGen.Generator";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => ImmutableArray.Create(_generator.AsSourceGenerator());

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? GetGeneratorsForAllLanguages() : ImmutableArray<ISourceGenerator>.Empty;
    }
}
