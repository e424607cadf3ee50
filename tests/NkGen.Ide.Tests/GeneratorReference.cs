using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NkGen.Ide.Tests
{
    /// <summary>Puts the NkGen generator in a workspace project the way an IDE loads it from the package's analyzers folder.</summary>
    internal sealed class GeneratorReference : AnalyzerReference
    {
        private readonly ISourceGenerator _generator = new Generator.NkGenGenerator().AsSourceGenerator();

        public override string FullPath => typeof(Generator.NkGenGenerator).Assembly.Location;

        public override object Id => typeof(Generator.NkGenGenerator).Assembly.GetName().Name!;

        public override string Display => "NkGen.Generator";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? ImmutableArray.Create(_generator) : ImmutableArray<ISourceGenerator>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => ImmutableArray.Create(_generator);
    }
}
