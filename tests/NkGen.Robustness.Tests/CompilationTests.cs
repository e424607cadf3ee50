using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// Issue 7, "generated code always compiles": for a sample of mutated inputs, the generated files compile with no
    /// error and no warning under nullable, every warning wave, warnings as errors and XML doc checking, at C# 7.3 (without
    /// nullable annotations) and C# 8 to latest;
    /// and NkGen's own analyzers run over the result without failing (AD0001).
    /// </summary>
    public sealed class CompilationTests
    {
        /// <summary>Code that touches the generated API the way NKG0001 looks at it.</summary>
        private const string Consumer = """
            namespace Consumer
            {
                internal static class Uses
                {
                    internal static int Count()
                    {
                        var n = 0;
                        foreach (var city in global::NkGen.SpecialCities.All) if (city.Status == global::NkGen.AdministrativeStatus.SpecialCity) n++;
                        if (global::NkGen.Cities.TryGet("Hamhung", out var hamhung) && hamhung.IsFirstLevel) n++;
                        if (global::NkGen.Cities.TryGet("Chongjin", out var chongjin) && chongjin.StatusOn(1980) == global::NkGen.AdministrativeStatus.SpecialCity) n++;
                        return n + global::NkGen.Provinces.All.Count;
                    }
                }
            }
            """;

        private static ImmutableArray<DiagnosticAnalyzer> NkGenAnalyzers { get; } = typeof(NkGen.Generator.NkGenGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        /// <summary>
        /// <paramref name="generateAt"/> gives the generated files for a project at a language version: C# 7.3 projects get
        /// code without nullable annotations, every later version the same annotated code.
        /// </summary>
        private static void CompilesEverywhere(Func<LanguageVersion, IReadOnlyDictionary<string, string>> generateAt, string what)
        {
            var annotated = generateAt(LanguageVersion.Latest);
            foreach (var version in StrictCompilation.Versions)
            {
                // The generator writes for the project's language version: no annotations below C# 8, no UTF-8 rows below C# 11.
                var sources = version == LanguageVersion.Latest ? annotated : generateAt(version);
                var compilation = StrictCompilation.Create(sources, version);
                var problems = StrictCompilation.Problems(compilation);
                Assert.True(problems.Count == 0, $"{what} at C# {version.ToDisplayString()}:{Environment.NewLine}{StrictCompilation.Describe(problems, sources)}");
            }

            if (NkGenAnalyzers.IsEmpty) return;
            var withConsumer = StrictCompilation.Create(annotated, LanguageVersion.Latest)
                .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Consumer, new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose), "Consumer.cs"));
            var analyzed = withConsumer.WithAnalyzers(NkGenAnalyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            Assert.DoesNotContain(analyzed, d => d.Id == "AD0001");
        }

        [Fact]
        public void The_default_tables_compile_strictly_at_every_language_version()
        {
            CompilesEverywhere(version => new GeneratorHarness { LanguageVersion = version }.Run().Sources, "the default tables");
        }

        /// <summary>
        /// The members skip the compiler's nullable flow analysis (a tenth of a large table's compile) and nothing else does:
        /// at each member the annotations are on (a member is a non-nullable entity) and the warnings off; at the table,
        /// <c>All</c> and <c>TryGet</c> after them, both are on, as the file's header sets them.
        /// </summary>
        [Fact]
        public void Only_the_members_skip_nullable_flow_analysis()
        {
            var sources = new GeneratorHarness().Run().Sources;
            var compilation = StrictCompilation.Create(sources, LanguageVersion.Latest);
            foreach (var className in new[] { "Cities", "Provinces" })
            {
                var type = compilation.GetTypeByMetadataName("NkGen." + className)!;
                var members = type.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic && p.Name != "All").ToList();
                Assert.NotEmpty(members);
                foreach (var member in members)
                {
                    Assert.Equal(NullableAnnotation.NotAnnotated, member.NullableAnnotation);
                    var context = ContextAt(compilation, member);
                    Assert.True(context.AnnotationsEnabled() && !context.WarningsEnabled(), $"{className}.{member.Name}: {context}");
                }

                foreach (var name in new[] { "All", "TryGet" })
                {
                    var context = ContextAt(compilation, type.GetMembers(name).Single());
                    Assert.True(context.AnnotationsEnabled() && context.WarningsEnabled(), $"{className}.{name}: {context}");
                }
            }
        }

        private static NullableContext ContextAt(Compilation compilation, ISymbol member)
        {
            var declaration = member.DeclaringSyntaxReferences.Single();
            return compilation.GetSemanticModel(declaration.SyntaxTree).GetNullableContext(declaration.Span.Start);
        }

        [Fact]
        public void Mutated_tables_compile_strictly_at_every_language_version()
        {
            FuzzRun.Check(MutatedDocument.Gen, document =>
            {
                CompilesEverywhere(
                    version => new GeneratorHarness { LanguageVersion = version }.DataFile(document.Path, document.Text).Run().Sources,
                    document.ToString());
            }, FuzzRun.Iterations(12), d => d.ToString(), threads: 1);
        }

        [Fact]
        public void Hostile_rows_compile_strictly_at_every_language_version()
        {
            var rows = NeverInjectTests.Hostile.Select((value, i) => HandWrittenRows.Everywhere("City " + i + " " + value, value, i + 1)).ToArray();
            var readings = new[] { HandWrittenRows.Reading("Hostile </summary> */ \u202E", rows) };
            CompilesEverywhere(
                version => PureStages.Run(readings, options: PureStages.Options with
                {
                    SupportsNullable = version != LanguageVersion.CSharp7_3,
                    SupportsUtf8Data = version >= LanguageVersion.CSharp11,
                    Utf8RowsFrom = 1, // UTF-8 literals wherever the version has them, however few the rows
                }).Sources,
                "hostile rows");
        }
    }
}
