using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NkGen.Generator;
using NkGen.Generator.Tests.Support;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// The compiler set-up every suite shares: a consumer compilation referencing .NET and NkGen.Runtime, data files as
    /// AdditionalFiles tagged NkGenData, MSBuild properties as global options (as tests/NkGen.Generator.Tests does).
    /// </summary>
    internal static class CompilerSetup
    {
        /// <summary>
        /// As a build without GenerateDocumentationFile parses: documentation comments are trivia (the SDK passes no /doc).
        /// </summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

        public static IReadOnlyList<MetadataReference> NetReferences { get; } =
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();

        public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(City).Assembly.Location);

        public static IReadOnlyList<MetadataReference> References { get; } = NetReferences.Append(RuntimeReference).ToList();

        public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees, string assemblyName = "Consumer") => CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

        public static SyntaxTree Parse(string code, string path) => CSharpSyntaxTree.ParseText(code, ParseOptions, path, Encoding.UTF8);

        /// <summary>A consumer with one small user file.</summary>
        public static CSharpCompilation Consumer() =>
            Compilation(new[] { Parse("namespace App { public static class Program { public static void Main() { } } }", "Program.cs") });

        /// <summary>
        /// A driver over <paramref name="files"/> as NkGenData AdditionalFiles. <paramref name="includeDefaultData"/> false
        /// sets NkGenIncludeDefaultData=false, so that the model holds only the given rows.
        /// </summary>
        public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, bool includeDefaultData, bool trackSteps = false, IIncrementalGenerator? generator = null)
        {
            var global = new Dictionary<string, string>();
            if (!includeDefaultData) global["build_property.NkGenIncludeDefaultData"] = "false";
            var options = new TestOptionsProvider(global);
            var list = files.ToList();
            foreach (var file in list) options.WithFile(file.Path, new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NkGenData"] = "true" });
            return CSharpGeneratorDriver.Create(
                new[] { (generator ?? new NkGenGenerator()).AsSourceGenerator() },
                list,
                ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        }

        /// <summary>The generated files of one run: hint name → text.</summary>
        public static IReadOnlyList<(string HintName, string Text)> Generated(GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

        /// <summary>Compiles <paramref name="compilation"/>; throws with the errors if it does not compile.</summary>
        public static byte[] Emit(Compilation compilation)
        {
            using var pe = new MemoryStream();
            var result = compilation.Emit(pe);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
            }

            return pe.ToArray();
        }

        /// <summary>Loads an assembly image into its own collectible context, so that its types initialize afresh.</summary>
        public static Assembly Load(byte[] image)
        {
            var context = new AssemblyLoadContext("nkgen-bench-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            return context.LoadFromStream(new MemoryStream(image));
        }

        /// <summary>Generates code for <paramref name="files"/> and compiles it with a consumer into an assembly image.</summary>
        public static (byte[] Image, IReadOnlyList<(string HintName, string Text)> Generated) Build(IEnumerable<(string Path, string Text)> files, bool includeDefaultData)
        {
            var driver = Driver(files.Select(f => (AdditionalText)new EncodedAdditionalText(f.Path, f.Text)), includeDefaultData)
                .RunGeneratorsAndUpdateCompilation(Consumer(), out var output, out var diagnostics);
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
            return (Emit(output), Generated(driver));
        }
    }

    /// <summary>
    /// A data file as the compiler holds one: UTF-8 bytes, decoded on first read. A fresh instance per run makes the
    /// run pay for decoding, as a command-line build does.
    /// </summary>
    internal sealed class EncodedAdditionalText : AdditionalText
    {
        private readonly byte[] _bytes;
        private SourceText? _text;

        public EncodedAdditionalText(string path, byte[] bytes)
        {
            Path = path;
            _bytes = bytes;
        }

        public EncodedAdditionalText(string path, string text)
            : this(path, Encoding.UTF8.GetBytes(text))
        {
        }

        public override string Path { get; }

        public byte[] Bytes => _bytes;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            _text ??= SourceText.From(_bytes, _bytes.Length, Encoding.UTF8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);

        public EncodedAdditionalText Fresh() => new(Path, _bytes);
    }
}
