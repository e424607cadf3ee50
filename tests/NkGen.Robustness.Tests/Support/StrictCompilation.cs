using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Generator.Tests.Support;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>
    /// Compiles generated sources on their own as a strict consumer would: nullable enabled, every warning wave on,
    /// warnings as errors, XML docs parsed and checked (DocumentationMode.Diagnose, so CS1570/CS1591 surface).
    /// </summary>
    internal static class StrictCompilation
    {
        public static readonly LanguageVersion[] Versions =
        {
            LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12,
            LanguageVersion.Latest,
        };

        public static CSharpCompilation Create(IReadOnlyDictionary<string, string> sources, LanguageVersion version)
        {
            var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
            var trees = sources.OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => CSharpSyntaxTree.ParseText(s.Value, parse, path: s.Key, encoding: System.Text.Encoding.UTF8));
            return CSharpCompilation.Create(
                "Strict" + (int)version,
                trees,
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                        // C# 7.3 (netstandard2.0, .NET Framework) has no nullable context; the generator writes no annotations there.
                        nullableContextOptions: version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable,
                        generalDiagnosticOption: ReportDiagnostic.Error,
                        warningLevel: 9999,
                        deterministic: true));
        }

        /// <summary>Every diagnostic above hidden: with warnings as errors, any of them fails the build.</summary>
        public static IReadOnlyList<Diagnostic> Problems(CSharpCompilation compilation) =>
            compilation.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden).ToList();

        public static string Describe(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> sources) =>
            string.Join(Environment.NewLine, diagnostics.Take(10).Select(d =>
            {
                var line = d.Location.GetLineSpan();
                var text = d.Location.SourceTree is { } tree ? Mutation.Escape(tree.GetText().Lines[line.StartLinePosition.Line].ToString()) : "";
                return $"{d}{Environment.NewLine}    at: {text}";
            }));

        /// <summary>Compiles, fails the test on any diagnostic, and loads the assembly in a collectible context.</summary>
        public static Assembly Load(IReadOnlyDictionary<string, string> sources, LanguageVersion version = LanguageVersion.Latest)
        {
            var compilation = Create(sources, version);
            var problems = Problems(compilation);
            if (problems.Count > 0) throw new InvalidOperationException("Generated code does not compile cleanly:" + Environment.NewLine + Describe(problems, sources));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
            image.Position = 0;
            return new AssemblyLoadContext("strict-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
        }
    }
}
