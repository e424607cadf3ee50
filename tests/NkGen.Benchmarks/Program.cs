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
using NkGen.Benchmarks.Report;
using NkGen.Benchmarks.Suites;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/NkGen.Benchmarks -- --all</c> runs every suite and writes docs/benchmarks.md;
    /// <c>-- --smoke</c> runs every suite once at the smallest size (for CI) and writes its report under the build output;
    /// any other arguments go to BenchmarkDotNet's switcher (e.g. <c>--filter *Lookup*</c>).
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var all = args.Contains("--all");
            var smoke = args.Contains("--smoke");
            if (!all && !smoke) return Switcher(args);

            RunSettings.Smoke = smoke;
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

            var results = new Results(suites, checks);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, new MarkdownReport(results, smoke, clock.Elapsed).Write());
            Console.WriteLine($"Wrote {output} after {clock.Elapsed:mm\\:ss}.");
            foreach (var failure in results.Failures) Console.Error.WriteLine("FAILED: " + failure);
            return results.Failures.Count == 0 ? 0 : 1;
        }

        /// <summary>The suites in report order, each with the job that fits its run time.</summary>
        private static IEnumerable<(Type Type, Job Job)> Suites(bool smoke)
        {
            var dry = Job.Dry.WithId("Dry");
            // Short: BenchmarkDotNet picks invocations per iteration; 3 warm-ups, 3 measured iterations.
            var shortRun = smoke ? dry : Job.ShortRun.WithId("Short");
            // Heavy: operations of a second or more (or needing a fresh state per iteration): one operation per iteration.
            Job Heavy(int iterations) => smoke ? dry : Job.Dry.WithWarmupCount(1).WithIterationCount(iterations).WithId("Heavy");
            yield return (typeof(GeneratorRunBenchmarks), shortRun);
            yield return (typeof(IncrementalBenchmarks), shortRun);
            yield return (typeof(GeneratedCodeBenchmarks), Heavy(3));
            yield return (typeof(LookupBenchmarks), shortRun);
            yield return (typeof(EnumerationBenchmarks), shortRun);
            yield return (typeof(FirstAccessBenchmarks), Heavy(5));
            yield return (typeof(AnalyzerBenchmarks), Heavy(5));
            yield return (typeof(CompletionBenchmarks), Heavy(5));
        }

        private static IConfig Config(Job job) => DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"))
            .WithOptions(ConfigOptions.DisableLogFile);

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
