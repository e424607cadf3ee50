using System;
using System.Collections.Generic;
using System.Diagnostics;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 7's goal, measured in pairs as suite 5's is (<see cref="AnalyzerOverhead"/>): the wiki dialect and CSV read
    /// one right after the other, the order alternating from pair to pair, each half a batch of reads of about 250 ms;
    /// the median of the pairs' wall-clock ratios is the figure. The two readers cost nearly the same, and on this shared
    /// machine separate BenchmarkDotNet runs of each, seconds apart, put the same code at 0.79× in one run and 1.18× in
    /// another: a pair sees the load that comes and goes on both halves. The process's CPU-time ratio is shown beside
    /// it, not judged: its clock ticks in 10 ms steps, 4% of a half.
    /// </summary>
    internal static class FormatPairs
    {
        /// <summary>Pairs per size in a full run.</summary>
        public const int DefaultPairs = 21;

        /// <summary>Untimed pairs before them at each size.</summary>
        public const int WarmupPairs = 3;

        private const double HalfMs = 250;

        /// <summary>The result of the last <see cref="Measure"/> in this process, for the report.</summary>
        public static IReadOnlyList<PairedFormats>? Last { get; private set; }

        public static IReadOnlyList<PairedFormats> Measure(IEnumerable<int> sizes, int pairs, int warmupPairs = WarmupPairs, Action<string>? log = null)
        {
            var results = new List<PairedFormats>();
            foreach (var rows in sizes)
            {
                var (wiki, csv) = FormatBenchmarks.Texts(rows);
                // A batch of reads per half, sized from the second untimed read of each (the first may JIT) so that a half
                // lasts about HalfMs.
                FormatBenchmarks.ReadWiki(wiki);
                FormatBenchmarks.ReadCsv(csv);
                var single = Stopwatch.StartNew();
                FormatBenchmarks.ReadWiki(wiki);
                FormatBenchmarks.ReadCsv(csv);
                var reads = Math.Max(1, (int)(HalfMs / Math.Max(0.01, single.Elapsed.TotalMilliseconds / 2)));
                var cpuRatios = new List<double>();
                var wallRatios = new List<double>();
                var wikiMs = new List<double>();
                var csvMs = new List<double>();
                for (var i = 0; i < warmupPairs + pairs; i++)
                {
                    ProcessClock.Span w, c;
                    if (i % 2 == 0)
                    {
                        w = Time(FormatBenchmarks.ReadWiki, wiki, reads);
                        c = Time(FormatBenchmarks.ReadCsv, csv, reads);
                    }
                    else
                    {
                        c = Time(FormatBenchmarks.ReadCsv, csv, reads);
                        w = Time(FormatBenchmarks.ReadWiki, wiki, reads);
                    }

                    if (i < warmupPairs) continue;
                    cpuRatios.Add(c.CpuMs / w.CpuMs);
                    wallRatios.Add(c.WallMs / w.WallMs);
                    wikiMs.Add(w.WallMs / reads);
                    csvMs.Add(c.WallMs / reads);
                    log?.Invoke($"CSV vs wiki, {rows:N0} rows, pair {i - warmupPairs + 1}/{pairs} ({reads} reads a half): wall ratio {c.WallMs / w.WallMs:0.000}, CPU ratio {c.CpuMs / w.CpuMs:0.000}");
                }

                results.Add(new PairedFormats(rows, pairs, reads, Quantiles.Median(wallRatios), Quantiles.Of(wallRatios, 0.25), Quantiles.Of(wallRatios, 0.75),
                    Quantiles.Median(cpuRatios), Quantiles.Median(wikiMs), Quantiles.Median(csvMs)));
            }

            Last = results;
            return results;
        }

        /// <summary><paramref name="reads"/> reads, garbage from the last half collected first, untimed.</summary>
        private static ProcessClock.Span Time(Func<string, int> read, string text, int reads) =>
            ProcessClock.Time(() =>
            {
                for (var r = 0; r < reads; r++) read(text);
            });
    }

    /// <summary>
    /// CSV against the wiki dialect at one size, in pairs: the median and quartiles of the wall-clock ratios (what the goal
    /// is judged on), the median CPU-time ratio, and each reader's median wall-clock time per read in milliseconds.
    /// </summary>
    internal sealed record PairedFormats(int Rows, int Pairs, int ReadsPerHalf, double MedianRatio, double LowerQuartile, double UpperQuartile, double CpuMedianRatio, double WikiMs, double CsvMs);
}
