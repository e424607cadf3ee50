using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NkGen.Generator;

namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>
    /// The real generator writes the classes (from its built-in tables and any NkGenData files given), then analyzers
    /// check the consumer. Diagnostics come back as the compiler prints them, in source order.
    /// </summary>
    internal static class GeneratedBuild
    {
        public static async Task<IReadOnlyList<string>> Diagnostics(string consumer, DiagnosticAnalyzer analyzer, params (string Path, string Text)[] dataFiles)
        {
            var compilation = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(consumer, path: "Consumer.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var texts = dataFiles.Select(f => (AdditionalText)new DataFile(f.Path, f.Text)).ToImmutableArray();
            CSharpGeneratorDriver.Create(new[] { new NkGenGenerator().AsSourceGenerator() }, texts, optionsProvider: new DataFileOptions())
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

            var errors = output.GetDiagnostics().Concat(generatorDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new System.InvalidOperationException(string.Join("\n", errors));
            var diagnostics = await output.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.ToString()).ToList();
        }

        private sealed class DataFile : AdditionalText
        {
            private readonly SourceText _text;

            public DataFile(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        /// <summary>Every additional file is an NkGenData item, as buildTransitive/NkGen.props marks them.</summary>
        private sealed class DataFileOptions : AnalyzerConfigOptionsProvider
        {
            private static readonly Options None = new(new Dictionary<string, string>());
            private static readonly Options Data = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NkGenData"] = "true" });

            public override AnalyzerConfigOptions GlobalOptions => None;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Data;

            private sealed class Options : AnalyzerConfigOptions
            {
                private readonly Dictionary<string, string> _values;

                public Options(Dictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                    _values.TryGetValue(key, out value);
            }
        }
    }
}
