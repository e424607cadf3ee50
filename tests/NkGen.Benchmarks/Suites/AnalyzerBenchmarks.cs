using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Benchmarks.Support;
using NkGen.Generator.Analyzers;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 5. Compiling 1,000 user files that use the generated city members (default data), to IL, without analyzers,
    /// with an analyzer that registers the same operation actions as NKG0001 and does nothing (the analyzer driver's own
    /// cost), with NKG0001, with a no-op registering NKG0002/NKG0003's actions, with NKG0002/NKG0003, and with all of
    /// NkGen's analyzers. Each run starts from a fresh clone of the compilation, so nothing bound is reused.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class AnalyzerBenchmarks
    {
        private CSharpCompilation _compilation = null!;

        [GlobalSetup]
        public void Setup()
        {
            _compilation = Consumer();

            // Every variant once before any is timed: the compiler's and the analyzer driver's code is then tiered up
            // alike, instead of the first variant measured paying for the JIT of all three.
            if (RunSettings.Smoke) return;
            Compile();
            CompileWithNoOpAnalyzer();
            CompileWithNkg0001();
            CompileWithNameNoOpAnalyzer();
            CompileWithNkg0002And0003();
            CompileWithEveryNkGenAnalyzer();
        }

        [Benchmark(Baseline = true, Description = "Compile, no analyzer")]
        public long Compile()
        {
            using var pe = new MemoryStream();
            _compilation.Clone().Emit(pe);
            return pe.Length;
        }

        [Benchmark(Description = "Compile + no-op analyzer with NKG0001's actions (driver floor)")]
        public int CompileWithNoOpAnalyzer() => CompileWith(new NoOpOperationAnalyzer());

        [Benchmark(Description = "Compile + NKG0001 (DefunctSpecialCityAnalyzer)")]
        public int CompileWithNkg0001() => CompileWith(new DefunctSpecialCityAnalyzer());

        [Benchmark(Description = "Compile + no-op analyzer with NKG0002/NKG0003's actions (driver floor)")]
        public int CompileWithNameNoOpAnalyzer() => CompileWith(new NoOpOperationAnalyzer(NameKinds));

        [Benchmark(Description = "Compile + NKG0002/NKG0003 (ConstantNameAnalyzer)")]
        public int CompileWithNkg0002And0003() => CompileWith(new ConstantNameAnalyzer());

        [Benchmark(Description = "Compile + NKG0001, NKG0002 and NKG0003 (one name catalogue)")]
        public int CompileWithEveryNkGenAnalyzer() => CompileWith(new DefunctSpecialCityAnalyzer(), new ConstantNameAnalyzer());

        /// <summary>The operation kinds ConstantNameAnalyzer registers.</summary>
        public static readonly OperationKind[] NameKinds =
            { OperationKind.Invocation, OperationKind.Binary, OperationKind.ConstantPattern, OperationKind.CaseClause };

        /// <summary>The user files and the code generated from the default data, emitted once (untimed).</summary>
        public static CSharpCompilation Consumer() => Consumer(RunSettings.UserFiles);

        /// <summary>
        /// The same with <paramref name="userFiles"/> user files, of which one in <paramref name="constantNamesEvery"/>
        /// writes names as constant strings (the others use the typed members and variables, in as many operations).
        /// </summary>
        public static CSharpCompilation Consumer(int userFiles, int constantNamesEvery = 1)
        {
            var users = Enumerable.Range(0, userFiles).Select(i => CompilerSetup.Parse(UserFile(i, i % constantNamesEvery == 0), $"Feature{i}.cs"));
            var consumer = CompilerSetup.Compilation(users);
            CompilerSetup.Driver(System.Array.Empty<AdditionalText>(), includeDefaultData: true)
                .RunGeneratorsAndUpdateCompilation(consumer, out var output, out _);
            var compilation = (CSharpCompilation)output;
            CompilerSetup.Emit(compilation);
            return compilation;
        }

        private int CompileWith(params DiagnosticAnalyzer[] analyzers) => CompileWith(_compilation, analyzers);

        /// <summary>
        /// A fresh clone of <paramref name="compilation"/> emitted with <paramref name="analyzers"/> attached, then their
        /// diagnostics collected: what every variant of this suite and <see cref="AnalyzerOverhead"/> time.
        /// </summary>
        public static int CompileWith(CSharpCompilation compilation, params DiagnosticAnalyzer[] analyzers)
        {
            var withAnalyzers = compilation.Clone().WithAnalyzers(
                ImmutableArray.Create(analyzers),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            using var pe = new MemoryStream();
            withAnalyzers.Compilation.Emit(pe);
            return withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
        }

        /// <summary>
        /// A user file: reads facts, looks cities up (by a variable and by constant names), compares and switches on
        /// names, asks about statuses, switches on them. One file in fifty touches a defunct special city and misspells a
        /// name, so NKG0001 and NKG0003 report something but the common path is the clean one; NKG0002 (Info) reports
        /// every constant name. Without <paramref name="constantNames"/> the same methods compare and look up cities by
        /// members and variables, so the file has as many operations and no constant name.
        /// </summary>
        public static string UserFile(int i, bool constantNames = true)
        {
            var city = Cities[i % Cities.Length];
            var other = Cities[(i + 3) % Cities.Length];
            var lookUp = constantNames ? $"\"{city}\"" : "name";
            var lookUpProvince = constantNames ? "\"South Hamgyong\"" : "name";
            var isHere = constantNames
                ? $"city.Name == \"{city}\" || string.Equals(city.Name, \"{other}\", System.StringComparison.OrdinalIgnoreCase)"
                : $"city == Cities.{city} || string.Equals(city.Name, name, System.StringComparison.OrdinalIgnoreCase)";
            var rank = constantNames
                ? $"city.Name switch\n        {{\n            \"Pyongyang\" => 1,\n            \"{other}\" => 2,\n            _ => city.Province?.Name == \"North Pyongan\" ? 3 : 4,\n        }}"
                : $"city == Cities.Pyongyang ? 1 : city == Cities.{other} ? 2 : city.Province == Provinces.NorthPyongan ? 3 : 4";
            var defunct = i % 50 == 0
                ? $"        public static bool WasSpecial() => Cities.Chongjin.Status == AdministrativeStatus.SpecialCity;\n"
                  + $"        public static bool Misspelt() => Cities.TryGet(\"{city.Substring(0, city.Length - 1)}\", out _);\n"
                : "";
            return $$"""
                using NkGen;

                namespace App.Feature{{i}}
                {
                    public static class Report{{i}}
                    {
                        public static int Population() => Cities.{{city}}.Population ?? 0;

                        public static string Describe(City city) => city.Status switch
                        {
                            AdministrativeStatus.DirectlyGovernedCity => city.Name + " is directly governed",
                            AdministrativeStatus.SpecialCity => city.Name + " is a special city",
                            _ => city.Province is { } province ? city.Name + " in " + province.Name : city.Name,
                        };

                        public static bool IsLarge(string name) => Cities.TryGet(name, out var found) && found.Population > 500_000;

                        public static int Known(string name)
                        {
                            var total = 0;
                            if (Cities.TryGet({{lookUp}}, out var here)) total += here.Population ?? 0;
                            if (Provinces.TryGet({{lookUpProvince}}, out var province)) total += province.Cities.Count;
                            return total;
                        }

                        public static bool IsHere(City city, string name) =>
                            {{isHere}};

                        public static int Rank(City city) => {{rank}};

                        public static int CountFirstLevel()
                        {
                            var count = 0;
                            foreach (var c in Cities.All)
                            {
                                if (c.IsFirstLevel && c.StatusOn({{1960 + i % 60}}) != AdministrativeStatus.City) count++;
                            }

                            return count;
                        }
                {{defunct}}    }
                }
                """;
        }

        private static readonly string[] Cities = { "Hamhung", "Sinuiju", "Wonsan", "Kaesong", "Nampo", "Haeju", "Sariwon", "Anju", "Kanggye", "Hyesan" };
    }

    /// <summary>
    /// The analyzer driver's floor: an analyzer's operation kinds (by default NKG0001's, which include NKG0002/NKG0003's),
    /// registered the same way, doing nothing.
    /// </summary>
    internal sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        private readonly OperationKind[] _kinds;

        public NoOpOperationAnalyzer()
            : this(new[] { OperationKind.FieldReference, OperationKind.PropertyReference, OperationKind.Invocation, OperationKind.Binary, OperationKind.ConstantPattern, OperationKind.CaseClause })
        {
        }

        public NoOpOperationAnalyzer(OperationKind[] kinds) => _kinds = kinds;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            var kinds = _kinds;
            context.RegisterCompilationStartAction(start =>
            {
                foreach (var kind in kinds) start.RegisterOperationAction(static _ => { }, kind);
            });
        }
    }
}
