using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using NkGen.Benchmarks.Inputs;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 3. What the generated code costs the compiler: parsing and compiling it (with a one-file consumer) to IL.
    /// Characters per row and the generator's share of the build are worked out by the report from this suite and suite 1.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class GeneratedCodeBenchmarks
    {
        private IReadOnlyList<(string HintName, string Text)> _generated = null!;
        private SyntaxTree _program = null!;

        public static IEnumerable<int> RowCounts => RunSettings.CompileRows;

        [ParamsSource(nameof(RowCounts))]
        public int Rows { get; set; }

        [GlobalSetup(Target = nameof(CompileConsumer))]
        public void SetupConsumer()
        {
            _program = CompilerSetup.Consumer().SyntaxTrees.Single();
            CompileConsumer();
        }

        [GlobalSetup(Target = nameof(CompileGenerated))]
        public void Setup()
        {
            _generated = GeneratedCode.For(Rows);
            _program = CompilerSetup.Consumer().SyntaxTrees.Single();
            // The warm-up, untimed: one operation takes from a second (1,000 rows) to many minutes (100,000 rows), so the
            // suite measures one operation per size and warms the compiler here, where that is cheap.
            if (Rows <= 10_000 && !RunSettings.Smoke) CompileGenerated();
        }

        /// <summary>The consumer alone: what the build costs without NkGen.</summary>
        [Benchmark(Baseline = true, Description = "Compile the consumer alone")]
        public long CompileConsumer() => Compile(System.Array.Empty<SyntaxTree>());

        [Benchmark(Description = "Parse + compile the generated code to IL")]
        public long CompileGenerated() => Compile(_generated.Select(g => CompilerSetup.Parse(g.Text, g.HintName)).ToArray());

        private long Compile(SyntaxTree[] generated)
        {
            var compilation = CompilerSetup.Compilation(generated.Prepend(_program));
            using var pe = new MemoryStream();
            var result = compilation.Emit(pe);
            if (!result.Success) throw new System.InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
            return pe.Length;
        }
    }

    /// <summary>The generator's output for the synthetic lists (default data off), made once per size and process.</summary>
    internal static class GeneratedCode
    {
        private static readonly Dictionary<int, IReadOnlyList<(string HintName, string Text)>> Cache = new();
        private static readonly Dictionary<int, long> CharacterCounts = new();

        /// <summary>Remembers how many characters the generator wrote for <paramref name="rows"/> rows (suite 1 sees them first).</summary>
        public static void RecordCharacters(int rows, long characters)
        {
            lock (CharacterCounts) CharacterCounts[rows] = characters;
        }

        /// <summary>Characters generated for <paramref name="rows"/> rows: all generated files.</summary>
        public static long Characters(int rows)
        {
            lock (CharacterCounts)
            {
                if (CharacterCounts.TryGetValue(rows, out var known)) return known;
            }

            return For(rows).Sum(g => (long)g.Text.Length);
        }

        public static IReadOnlyList<(string HintName, string Text)> For(int rows)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(rows, out var generated))
                {
                    var files = SyntheticCityList.Files(rows).Select(f => (AdditionalText)new EncodedAdditionalText(f.Path, f.Text));
                    Cache[rows] = generated = CompilerSetup.Generated(CompilerSetup.Driver(files, includeDefaultData: false).RunGenerators(CompilerSetup.Consumer()));
                }

                return generated;
            }
        }
    }
}
