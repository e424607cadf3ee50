using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Benchmarks.Support;
using NkGen.Generator.Analyzers;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 5's goal, measured in pairs: an analyzer against its driver floor (a no-op analyzer registering the same
    /// operation kinds), compiled one right after the other from clones of the same compilation, the order alternating
    /// from pair to pair. Each pair gives one ratio, and the median of the ratios is the figure: load from other builds
    /// that comes and goes over minutes falls on both halves of a pair alike, where separate BenchmarkDotNet runs of
    /// each variant, minutes apart, see it on one side only. Both the wall-clock time and the process's CPU time are
    /// taken; the goal is judged on CPU time, the work the compile does, which other processes on a shared machine
    /// inflate far less than they stretch the wall clock (they make the compiler wait, not work).
    /// </summary>
    internal static class AnalyzerOverhead
    {
        /// <summary>Pairs per analyzer in a full run: about 4 × 15 compiles of a few seconds each (and 9 pairs on the sparse consumer).</summary>
        public const int DefaultPairs = 15;

        /// <summary>
        /// The sparse consumer writes constant names in one file in this many: NKG0002 at Info reports every constant name,
        /// and the driver's cost per reported diagnostic grows with how many a project has.
        /// </summary>
        public const int SparseEvery = 10;

        /// <summary>The result of the last <see cref="Measure"/> in this process, for the report.</summary>
        public static IReadOnlyList<PairedOverhead>? Last { get; private set; }

        public static IReadOnlyList<PairedOverhead> Measure(int pairs, int warmupPairs, Action<string>? log = null, int? userFiles = null)
        {
            var files = userFiles ?? RunSettings.UserFiles;
            var dense = AnalyzerBenchmarks.Consumer(files);
            var sparse = AnalyzerBenchmarks.Consumer(files, SparseEvery);
            var subjects = new[]
            {
                new Subject("NKG0002/NKG0003 (ConstantNameAnalyzer)", dense, pairs, () => new ConstantNameAnalyzer(), () => new NoOpOperationAnalyzer(AnalyzerBenchmarks.NameKinds)),
                new Subject("NKG0001 (DefunctSpecialCityAnalyzer)", dense, pairs, () => new DefunctSpecialCityAnalyzer(), () => new NoOpOperationAnalyzer()),
                new Subject($"NKG0002/NKG0003, constant names in one file in {SparseEvery}", sparse, Math.Max(1, pairs * 3 / 5), () => new ConstantNameAnalyzer(), () => new NoOpOperationAnalyzer(AnalyzerBenchmarks.NameKinds)),
            };

            var results = new List<PairedOverhead>();
            foreach (var subject in subjects)
            {
                var cpuRatios = new List<double>();
                var wallRatios = new List<double>();
                var floors = new List<double>();
                var analyzed = new List<double>();
                var compilation = subject.Compilation;
                for (var i = 0; i < warmupPairs + subject.Pairs; i++)
                {
                    // Alternating order: a pair that runs the floor first is followed by one that runs the analyzer first.
                    ProcessClock.Span floor, withAnalyzer;
                    if (i % 2 == 0)
                    {
                        floor = Time(compilation, subject.Floor());
                        withAnalyzer = Time(compilation, subject.Analyzer());
                    }
                    else
                    {
                        withAnalyzer = Time(compilation, subject.Analyzer());
                        floor = Time(compilation, subject.Floor());
                    }

                    if (i < warmupPairs) continue;
                    floors.Add(floor.CpuMs);
                    analyzed.Add(withAnalyzer.CpuMs);
                    cpuRatios.Add(withAnalyzer.CpuMs / floor.CpuMs);
                    wallRatios.Add(withAnalyzer.WallMs / floor.WallMs);
                    log?.Invoke($"{subject.Name}: pair {i - warmupPairs + 1}/{subject.Pairs}: CPU floor {floor.CpuMs:N0} ms, analyzer {withAnalyzer.CpuMs:N0} ms, ratio {withAnalyzer.CpuMs / floor.CpuMs:0.000}; "
                        + $"wall {floor.WallMs:N0} / {withAnalyzer.WallMs:N0} ms, ratio {withAnalyzer.WallMs / floor.WallMs:0.000}");
                }

                results.Add(new PairedOverhead(subject.Name, files, subject.Pairs, Quantiles.Median(cpuRatios), Quantiles.Of(cpuRatios, 0.25), Quantiles.Of(cpuRatios, 0.75), cpuRatios.Min(), cpuRatios.Max(),
                    Quantiles.Median(wallRatios), Quantiles.Of(wallRatios, 0.25), Quantiles.Of(wallRatios, 0.75), Quantiles.Median(floors), Quantiles.Median(analyzed), OwnTime(compilation, subject.Analyzer())));
            }

            Last = results;
            return results;
        }

        /// <summary>One compile of a fresh clone with <paramref name="analyzer"/>; garbage from the last run is collected first, untimed.</summary>
        private static ProcessClock.Span Time(CSharpCompilation compilation, DiagnosticAnalyzer analyzer) =>
            ProcessClock.Time(() => AnalyzerBenchmarks.CompileWith(compilation, analyzer));

        /// <summary>The time the driver measured inside the analyzer's own actions in one run: its cost without the driver's.</summary>
        private static double OwnTime(CSharpCompilation compilation, DiagnosticAnalyzer analyzer)
        {
            var withAnalyzers = compilation.Clone().WithAnalyzers(
                System.Collections.Immutable.ImmutableArray.Create(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty), null,
                    concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            return withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
        }

        private sealed record Subject(string Name, CSharpCompilation Compilation, int Pairs, Func<DiagnosticAnalyzer> Analyzer, Func<DiagnosticAnalyzer> Floor);
    }

    /// <summary>
    /// One analyzer's paired ratios to its driver floor: CPU time (median, quartiles, extremes; what the goal is judged
    /// on) and wall-clock time (median and quartiles), with the medians of each side's CPU time in milliseconds.
    /// </summary>
    internal sealed record PairedOverhead(string Analyzer, int UserFiles, int Pairs, double MedianRatio, double LowerQuartile, double UpperQuartile, double MinRatio, double MaxRatio,
        double WallMedianRatio, double WallLowerQuartile, double WallUpperQuartile, double FloorMs, double AnalyzerMs, double OwnActionsMs);
}
