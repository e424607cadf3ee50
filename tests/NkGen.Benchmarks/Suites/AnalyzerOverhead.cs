using System;
using System.Collections.Generic;
using System.Diagnostics;
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
    /// each variant, minutes apart, see it on one side only.
    /// </summary>
    internal static class AnalyzerOverhead
    {
        /// <summary>Pairs per analyzer in a full run: about 4 × 15 compiles of a few seconds each.</summary>
        public const int DefaultPairs = 15;

        /// <summary>The result of the last <see cref="Measure"/> in this process, for the report.</summary>
        public static IReadOnlyList<PairedOverhead>? Last { get; private set; }

        public static IReadOnlyList<PairedOverhead> Measure(int pairs, int warmupPairs, Action<string>? log = null, int? userFiles = null)
        {
            var files = userFiles ?? RunSettings.UserFiles;
            var compilation = AnalyzerBenchmarks.Consumer(files);
            var subjects = new[]
            {
                new Subject("NKG0002/NKG0003 (ConstantNameAnalyzer)", () => new ConstantNameAnalyzer(), () => new NoOpOperationAnalyzer(AnalyzerBenchmarks.NameKinds)),
                new Subject("NKG0001 (DefunctSpecialCityAnalyzer)", () => new DefunctSpecialCityAnalyzer(), () => new NoOpOperationAnalyzer()),
            };

            var results = new List<PairedOverhead>();
            foreach (var subject in subjects)
            {
                var ratios = new List<double>();
                var floors = new List<double>();
                var analyzed = new List<double>();
                for (var i = 0; i < warmupPairs + pairs; i++)
                {
                    // Alternating order: a pair that runs the analyzer first is followed by one that runs the floor first.
                    double floor, withAnalyzer;
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
                    floors.Add(floor);
                    analyzed.Add(withAnalyzer);
                    ratios.Add(withAnalyzer / floor);
                    log?.Invoke($"{subject.Name}: pair {i - warmupPairs + 1}/{pairs}: floor {floor:N0} ms, analyzer {withAnalyzer:N0} ms, ratio {withAnalyzer / floor:0.000}");
                }

                results.Add(new PairedOverhead(subject.Name, files, pairs, Median(ratios), Quantile(ratios, 0.25), Quantile(ratios, 0.75), ratios.Min(), ratios.Max(),
                    Median(floors), Median(analyzed), OwnTime(compilation, subject.Analyzer())));
            }

            Last = results;
            return results;
        }

        /// <summary>Milliseconds to compile a fresh clone with <paramref name="analyzer"/>; garbage from the last run is collected first, untimed.</summary>
        private static double Time(CSharpCompilation compilation, DiagnosticAnalyzer analyzer)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var clock = Stopwatch.StartNew();
            AnalyzerBenchmarks.CompileWith(compilation, analyzer);
            return clock.Elapsed.TotalMilliseconds;
        }

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

        private static double Median(List<double> values) => Quantile(values, 0.5);

        /// <summary>The <paramref name="q"/> quantile, interpolated between the two nearest of the sorted values.</summary>
        private static double Quantile(List<double> values, double q)
        {
            var sorted = values.OrderBy(v => v).ToList();
            var position = q * (sorted.Count - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(below + 1, sorted.Count - 1);
            return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
        }

        private sealed record Subject(string Name, Func<DiagnosticAnalyzer> Analyzer, Func<DiagnosticAnalyzer> Floor);
    }

    /// <summary>One analyzer's paired ratios to its driver floor: median, quartiles and extremes, with the medians of each side in milliseconds.</summary>
    internal sealed record PairedOverhead(string Analyzer, int UserFiles, int Pairs, double MedianRatio, double LowerQuartile, double UpperQuartile, double MinRatio, double MaxRatio,
        double FloorMs, double AnalyzerMs, double OwnActionsMs);
}
