using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Generator.Analyzers;

namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>
    /// Compiles and analyzes as csc does with .editorconfig/.globalconfig files: the files are parsed into an
    /// <see cref="AnalyzerConfigSet"/>, whose per-file and global severities reach the compilation through its
    /// <see cref="SyntaxTreeOptionsProvider"/>.
    /// </summary>
    internal static class ConfiguredBuild
    {
        public const string SourcePath = "/src/Use.cs";

        public static Task<IReadOnlyList<Diagnostic>> Nkg0001(string source, params (string Path, string Text)[] configFiles) =>
            Diagnostics(new DefunctSpecialCityAnalyzer(), "NKG0001", source, configFiles);

        /// <summary>The diagnostics with <paramref name="id"/> that <paramref name="analyzer"/> reports, configured by <paramref name="configFiles"/>.</summary>
        public static async Task<IReadOnlyList<Diagnostic>> Diagnostics(DiagnosticAnalyzer analyzer, string id, string source, params (string Path, string Text)[] configFiles)
        {
            var set = AnalyzerConfigSet.Create(configFiles.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToList());
            var trees = new[]
            {
                CSharpSyntaxTree.ParseText(source, path: SourcePath),
                CSharpSyntaxTree.ParseText(StandIn.Source, path: "/src/NkGen.g.cs"),
            };
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSyntaxTreeOptionsProvider(new ConfigOptions(set));
            var compilation = CSharpCompilation.Create("Configured", trees, TestReferences.Net.Append(TestReferences.Runtime), options);
            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create(analyzer))
                .GetAllDiagnosticsAsync(CancellationToken.None);
            return diagnostics.Where(d => d.Id == id).ToList();
        }

        private sealed class ConfigOptions : SyntaxTreeOptionsProvider
        {
            private readonly AnalyzerConfigSet _set;

            public ConfigOptions(AnalyzerConfigSet set) => _set = set;

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
        }
    }
}
