using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using NkGen.Benchmarks.Report;
using NkGen.Benchmarks.SideBySide;
using NkGen.Benchmarks.Suites;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/NkGen.Benchmarks -- --all</c> runs every suite and writes docs/benchmarks.md;
    /// <c>-- --smoke</c> runs every suite once at the smallest size (for CI) and writes its report under the build output;
    /// <c>-- --stages ROWS [--rounds N] [--stage NAME]</c> times parse + merge's stages apart, or the one named (see <see cref="StageProbe"/>);
    /// <c>-- --format-pairs [--pairs N]</c> runs only the paired CSV-against-wiki reads and prints them;
    /// <c>-- --side-by-side [--rows 1000,10000] [--with-100k]</c> runs only the side-by-side builds against ResxSourceGenerator
    /// and prints their table (both other modes run them last, <c>--with-100k</c> adding 100,000 rows);
    /// any other arguments go to BenchmarkDotNet's switcher (e.g. <c>--filter *Lookup*</c>).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (OptionValue(args, "--stages") is { } stageRows)
                return StageProbe.Run(int.Parse(stageRows, System.Globalization.CultureInfo.InvariantCulture), int.TryParse(OptionValue(args, "--rounds"), out var r) && r > 0 ? r : 20, OptionValue(args, "--stage"));
            if (OptionValue(args, "--probe") is { } probeRows) return Probe.Run(int.Parse(probeRows, System.Globalization.CultureInfo.InvariantCulture));
            if (args.Contains("--analyzer-pairs")) return AnalyzerPairs(args);
            if (args.Contains("--format-pairs")) return FormatPairsAlone(args);
            var all = args.Contains("--all");
            var smoke = args.Contains("--smoke");
            if (args.Contains("--side-by-side")) return SideBySideRun.Standalone(args);
            if (!all && !smoke) return Switcher(args);

            RunSettings.Smoke = smoke;
            RunSettings.Compile100k = args.Contains("--compile-100k");
            var output = OptionValue(args, "--out")
                ?? (smoke ? Path.Combine(AppContext.BaseDirectory, "benchmarks.smoke.md") : Path.Combine(RepositoryRoot(), "docs", "benchmarks.md"));
            var clock = Stopwatch.StartNew();

            var checks = new List<CheckResult>();
            try
            {
                checks.AddRange(Checks.Run());
            }
            catch (Exception e)
            {
                checks.Add(new CheckResult("Step-reason checks ran", false, e.GetType().Name + ": " + e.Message));
            }

            var suites = new List<SuiteRun>();
            foreach (var (type, job) in Suites(smoke))
            {
                Console.WriteLine($"== {type.Name} ({clock.Elapsed:mm\\:ss} elapsed)");
                try
                {
                    suites.Add(new SuiteRun(type, BenchmarkRunner.Run(type, Config(job)), null));
                }
                catch (Exception e)
                {
                    suites.Add(new SuiteRun(type, null, e.GetType().Name + ": " + e.Message));
                }
            }

            try
            {
                Console.WriteLine($"== FormatPairs ({clock.Elapsed:mm\\:ss} elapsed)");
                FormatPairs.Measure(RunSettings.FormatRows, smoke ? 1 : FormatPairs.DefaultPairs, smoke ? 0 : FormatPairs.WarmupPairs, Console.WriteLine);
            }
            catch (Exception e)
            {
                checks.Add(new CheckResult("CSV vs wiki pairs ran", false, e.GetType().Name + ": " + e.Message));
            }

            try
            {
                Console.WriteLine($"== AnalyzerOverhead ({clock.Elapsed:mm\\:ss} elapsed)");
                AnalyzerOverhead.Measure(smoke ? 1 : AnalyzerOverhead.DefaultPairs, smoke ? 0 : 2, Console.WriteLine);
            }
            catch (Exception e)
            {
                checks.Add(new CheckResult("Analyzer overhead pairs ran", false, e.GetType().Name + ": " + e.Message));
            }

            Console.WriteLine($"== Side by side with ResxSourceGenerator ({clock.Elapsed:mm\\:ss} elapsed)");
            var results = new Results(suites, checks) { SideBySide = SideBySideRun.Run(SideBySidePlan.From(args, smoke)) };
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, new MarkdownReport(results, smoke, clock.Elapsed).Write());
            Console.WriteLine($"Wrote {output} after {clock.Elapsed:mm\\:ss}.");
            foreach (var failure in results.Failures) Console.Error.WriteLine("FAILED: " + failure);
            return results.Failures.Count == 0 ? 0 : 1;
        }

        private static int FormatPairsAlone(string[] args)
        {
            var pairs = int.TryParse(OptionValue(args, "--pairs"), out var n) && n > 0 ? n : FormatPairs.DefaultPairs;
            foreach (var p in FormatPairs.Measure(RunSettings.FormatRows, pairs, log: Console.WriteLine))
            {
                Console.WriteLine($"{p.Rows:N0} rows, {p.Pairs} pairs of {p.ReadsPerHalf} reads a half: CSV / wiki wall clock median {p.MedianRatio:0.000}x "
                    + $"(quartiles {p.LowerQuartile:0.000}-{p.UpperQuartile:0.000}), CPU time median {p.CpuMedianRatio:0.000}x; reads {p.WikiMs:0.00} / {p.CsvMs:0.00} ms");
            }

            return 0;
        }

        /// <summary>The suites in report order, each with the job that fits its run time (about 16 minutes in all on 2 cores).</summary>
        private static IEnumerable<(Type Type, Job Job)> Suites(bool smoke)
        {
            var dry = Job.Dry.WithId("Dry");
            // Short: BenchmarkDotNet picks invocations per iteration; 3 warm-ups, 3 measured iterations.
            var shortRun = smoke ? dry : Job.ShortRun.WithId("Short");
            // Sized: as Short with one warm-up, for suites whose largest size takes seconds per operation.
            var sized = smoke ? dry : Job.ShortRun.WithWarmupCount(1).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("Sized");
            // Micro: nanosecond operations on a busy machine: more iterations, so that the median means something.
            var micro = smoke ? dry : Job.ShortRun.WithWarmupCount(3).WithIterationCount(9).WithIterationTime(TimeInterval.FromMilliseconds(150)).WithId("Micro");
            // Paired: two readers of near-equal cost compared by their ratio; three iterations let one slow iteration decide
            // the verdict (1.18× in one run, 0.9× in the next, for unchanged code), so fifteen, after three warm-ups.
            var paired = smoke ? dry : Job.ShortRun.WithWarmupCount(3).WithIterationCount(15).WithIterationTime(TimeInterval.FromMilliseconds(250)).WithId("Paired");
            // Heavy: one operation per iteration, for operations of a second or more or that need a fresh state each time.
            // (The 100,000-row generator run has no warm-up: the 1,000 and 10,000-row runs before it warmed the same code.)
            Job Heavy(int warmups, int iterations) => smoke ? dry : Job.Dry.WithWarmupCount(warmups).WithIterationCount(iterations).WithId("Heavy");
            yield return (typeof(GeneratorRunSmall), sized);
            yield return (typeof(GeneratorRunLarge), Heavy(0, 2));
            yield return (typeof(IncrementalBenchmarks), shortRun);
            yield return (typeof(FormatBenchmarks), paired);
            yield return (typeof(LookupBenchmarks), micro);
            yield return (typeof(EnumerationBenchmarks), micro);
            yield return (typeof(FirstAccessBenchmarks), Heavy(1, 5));
            yield return (typeof(AnalyzerBenchmarks), Heavy(1, 3));
            yield return (typeof(CompletionBenchmarks), Heavy(1, 5));
            // Last, as its largest size needs the most memory. Its setup compiles once, untimed, as the warm-up.
            yield return (typeof(GeneratedCodeBenchmarks), Heavy(0, 1));
        }

        private static IConfig Config(Job job) => DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);

        /// <summary><c>-- --analyzer-pairs [--pairs N] [--files N]</c>: suite 5's paired goal measurement alone, printed.</summary>
        private static int AnalyzerPairs(string[] args)
        {
            var pairs = int.TryParse(OptionValue(args, "--pairs"), out var n) && n > 0 ? n : AnalyzerOverhead.DefaultPairs;
            int? files = int.TryParse(OptionValue(args, "--files"), out var f) && f > 0 ? f : null;
            foreach (var result in AnalyzerOverhead.Measure(pairs, 2, Console.WriteLine, files))
            {
                Console.WriteLine($"{result.Analyzer}, {result.UserFiles:N0} user files, {result.Pairs} pairs: CPU time median {result.MedianRatio:0.000}x the driver floor "
                    + $"(quartiles {result.LowerQuartile:0.000}-{result.UpperQuartile:0.000}, range {result.MinRatio:0.000}-{result.MaxRatio:0.000}); "
                    + $"wall clock median {result.WallMedianRatio:0.000}x (quartiles {result.WallLowerQuartile:0.000}-{result.WallUpperQuartile:0.000}); "
                    + $"CPU medians floor {result.FloorMs:N0} ms, analyzer {result.AnalyzerMs:N0} ms; the analyzer's own actions {result.OwnActionsMs:N1} ms");
            }

            return 0;
        }

        private static int Switcher(string[] args)
        {
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance
                .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts")));
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        private static string? OptionValue(string[] args, string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NkGen.sln"))) return dir.FullName;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NkGen.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("NkGen.sln not found above the current directory; pass --out PATH");
        }
    }

    /// <summary>One suite's summary, or why it could not run.</summary>
    internal sealed record SuiteRun(Type Type, Summary? Summary, string? Error);
}
