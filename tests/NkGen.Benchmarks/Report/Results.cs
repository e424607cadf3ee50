using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Reports;
using NkGen.Benchmarks.SideBySide;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Report
{
    /// <summary>One benchmark case's figures: mean time per operation, bytes allocated per operation, ratio to its baseline.</summary>
    internal sealed record ResultRow(
        Type Suite,
        string Method,
        string Description,
        IReadOnlyDictionary<string, string> Parameters,
        bool IsBaseline,
        double? MedianNs,
        double? ErrorNs,
        long? AllocatedBytes)
    {
        public double? Ratio { get; init; }

        public string Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : "";
    }

    /// <summary>Every suite's rows, and the checks, as the report reads them.</summary>
    internal sealed class Results
    {
        public Results(IReadOnlyList<SuiteRun> suites, IReadOnlyList<CheckResult> checks)
        {
            Suites = suites;
            Checks = checks;
            var rows = new List<ResultRow>();
            foreach (var suite in suites.Where(s => s.Summary is not null))
            {
                var suiteRows = suite.Summary!.Reports.Select(r => Row(suite.Type, r)).ToList();
                foreach (var row in suiteRows)
                {
                    var baseline = suiteRows.FirstOrDefault(b => b.IsBaseline && SameParameters(b, row));
                    rows.Add(row with { Ratio = baseline?.MedianNs is > 0 && row.MedianNs is { } mean ? mean / baseline.MedianNs.Value : null });
                }
            }

            Rows = rows;
        }

        public IReadOnlyList<SuiteRun> Suites { get; }

        public IReadOnlyList<CheckResult> Checks { get; }

        public IReadOnlyList<ResultRow> Rows { get; }

        /// <summary>The side-by-side builds against ResxSourceGenerator, run after the suites.</summary>
        public SideBySideResult? SideBySide { get; init; }

        /// <summary>Suites that did not run, benchmark cases without a result, failed checks, and a side-by-side run that stopped.</summary>
        public IReadOnlyList<string> Failures =>
            Suites.Where(s => s.Error is not null).Select(s => $"{s.Type.Name}: {s.Error}")
                .Concat(Rows.Where(r => r.MedianNs is null).Select(r => $"{r.Suite.Name}.{r.Method} {Describe(r.Parameters)}: no result"))
                .Concat(Checks.Where(c => !c.Passed).Select(c => $"check '{c.Name}': {c.Observed}"))
                .Concat(SideBySide?.Error is { } error ? new[] { "side-by-side run: " + error } : Array.Empty<string>())
                .ToList();

        public IEnumerable<ResultRow> Of<T>() => Rows.Where(r => typeof(T).IsAssignableFrom(r.Suite));

        public ResultRow? Find<T>(string method, params (string Name, object Value)[] parameters) =>
            Of<T>().FirstOrDefault(r => r.Method == method && parameters.All(p => r.Parameter(p.Name) == Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)));

        public static string Describe(IReadOnlyDictionary<string, string> parameters) =>
            string.Join(", ", parameters.Select(p => $"{p.Key}={p.Value}"));

        private static bool SameParameters(ResultRow a, ResultRow b) =>
            a.Parameters.Count == b.Parameters.Count && a.Parameters.All(p => b.Parameter(p.Key) == p.Value);

        private static ResultRow Row(Type suite, BenchmarkReport report)
        {
            var benchmark = report.BenchmarkCase;
            var parameters = benchmark.Parameters.Items.ToDictionary(p => p.Name, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            var statistics = report.ResultStatistics;
            long? allocated = null;
            if (report.GcStats.GetBytesAllocatedPerOperation(benchmark) is long bytes) allocated = bytes;
            return new ResultRow(
                suite,
                benchmark.Descriptor.WorkloadMethod.Name,
                benchmark.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                parameters,
                benchmark.Descriptor.Baseline,
                report.Success ? statistics?.Median : null,
                report.Success && statistics is not null && statistics.N > 1 ? statistics.StandardError : null,
                allocated);
        }
    }
}
