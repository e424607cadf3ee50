using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>The side-by-side run as markdown (the report's section and the standalone switch print the same), and its goals.</summary>
    internal static class SideBySideTable
    {
        private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

        public static string Method(SideBySideResult result) =>
            "Real `dotnet build`s of fresh console apps (net10.0, as `dotnet new console` makes them), made in a temporary folder: a plain app (no data, no generator); "
            + "an app with the NkGen package packed from this checkout and N rows of the synthetic wiki-dialect lists of suite 1 (`NkGenData` items, files of at most "
            + $"{Inputs.SyntheticCityList.RowsPerFile:N0} rows, `NkGenIncludeDefaultData=false`); and an app with `{ConsumerApp.PeerPackage}` {ConsumerApp.PeerVersion} "
            + "and one `.resx` of the same N cities, each entry named by the city and valued by the rest of its row as text (`함흥시 · 咸興市 · South Hamgyong · 768,551 · 1960-10-01`), "
            + "so that both generators read about the same characters per row. "
            + "**Build**: after each app's first build and one rebuild of each (untimed: the compiler server's own warm-up), Program.cs is touched and `dotnet build --no-restore` runs (Debug, as in a user's edit-build loop: the compiler server on and warm, whatever the machine's `UseSharedCompilation`, one server for the run; the data files are unchanged); "
            + $"{(result.Plan.Smoke ? "in smoke mode the first build is the only one and is reported" : $"{result.Plan.Repeats} rounds of plain, NkGen, peer, the order turning by one each round (one round when a first build took over {SideBySidePlan.HeavyBuild.TotalMinutes:0} minutes)")}; "
            + "the overhead is each round's app rebuild minus the plain app's rebuild, median (min–max) over the rounds. "
            + "**First access**: the built program, in a fresh process, times with `Stopwatch` its first read of one generated member (NkGen: `Cities.X.Population` of the middle city; peer: the resource property `CityFacts.X`), then a second member's, and turns the values into text after both timed spans (the first number a process formats loads globalization, which is printing's cost, not the read's); median (min–max) over the runs; each read's value is checked against the data. "
            + "**Generator run**: further rebuilds with `-p:ReportAnalyzer=true`, the compiler's own \"generator execution time\" per generator assembly read from a detailed log (`NkGen.Generator` and `Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp`), median (min–max).";

        public static string Markdown(SideBySideResult result)
        {
            var s = new StringBuilder();
            if (result.Sizes.Count == 0)
            {
                s.AppendLine("_No results: the side-by-side run did not get through its first size._").AppendLine();
            }
            else
            {
                s.AppendLine("| Rows | NkGen: build over a plain app | peer: build over a plain app | NkGen: first access | peer: first access | generator run, NkGen / peer |");
                s.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
                foreach (var size in result.Sizes)
                {
                    var generatorRanges = size.NkGenGenerator?.Count > 1 ? $" ({Range(size.NkGenGenerator)} / {Range(size.PeerGenerator)})" : "";
                    s.AppendLine($"| {size.Rows:N0} | {Overhead(size.NkGenOverhead)} | {Overhead(size.PeerOverhead)} | {Time(size.NkGenFirstAccess)} | {(size.PeerRunFailure is null ? Time(size.PeerFirstAccess) : "does not load")} | "
                        + $"{Median(size.NkGenGenerator)} / {Median(size.PeerGenerator)}{generatorRanges} |");
                }

                s.AppendLine().AppendLine("The builds and runs behind it (medians, min–max, and how many):").AppendLine();
                s.AppendLine("| Rows | plain app rebuild | NkGen app rebuild | peer app rebuild | NkGen: second access | peer: second access |");
                s.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
                foreach (var size in result.Sizes)
                {
                    s.AppendLine($"| {size.Rows:N0} | {Time(size.PlainBuild)} | {Time(size.NkGenBuild)} | {Time(size.PeerBuild)} | {Time(size.NkGenSecondAccess)} | {Time(size.PeerSecondAccess)} |");
                }

                s.AppendLine();
                foreach (var size in result.Sizes.Where(z => z.PeerRunFailure is not null))
                {
                    s.AppendLine($"At {size.Rows:N0} rows the peer's program builds but does not load: `{size.PeerRunFailure}`").AppendLine();
                }
            }

            if (result.Error is not null) s.AppendLine("**The run stopped:**").AppendLine().AppendLine("```").AppendLine(result.Error.Trim()).AppendLine("```").AppendLine();
            s.AppendLine($"Side-by-side run: {result.Elapsed:mm\\:ss}.").AppendLine();
            return s.ToString();
        }

        /// <summary>Issue 14's goals: at 10,000 rows no more overhead than the peer, first access ≤ 20 ms, generator ≤ 300 ms; 100,000 rows under a minute.</summary>
        public static IEnumerable<(string Goal, string Target, string Measured, bool? Met)> Goals(SideBySideResult result)
        {
            var rows = SideBySidePlan.GoalRows;
            var at = result.At(rows);
            var missing = $"not measured ({rows:N0} rows not in this run)";
            yield return ($"Build overhead at {rows:N0} rows: NkGen vs ResxSourceGenerator", "≤ the peer's",
                at is null ? missing : $"{Overhead(at.NkGenOverhead)} vs {Overhead(at.PeerOverhead)}",
                at?.NkGenOverhead is { } nkgen && at.PeerOverhead is { } peer ? nkgen.Median <= peer.Median : null);
            yield return ($"First access to one member at {rows:N0} rows (fresh process)", "≤ 20 ms",
                at is null ? missing : $"{Time(at.NkGenFirstAccess)}; second member {Time(at.NkGenSecondAccess)} (peer {Median(at.PeerFirstAccess)})",
                at?.NkGenFirstAccess is { } first ? first.Median <= 20 : null);
            yield return ($"Generator run at {rows:N0} rows (compiler's report, in a rebuild, data files unchanged)", "≤ 300 ms",
                at is null ? missing : $"{Time(at.NkGenGenerator)} (peer {Median(at.PeerGenerator)})",
                at?.NkGenGenerator is { } generator ? generator.Median <= 300 : null);
            var large = result.At(SideBySidePlan.LargeRows);
            yield return ($"NkGen app rebuild at {SideBySidePlan.LargeRows:N0} rows", "< 1 min",
                large is null ? "not run (`--with-100k` adds it)" : $"{Time(large.NkGenBuild)}, {Overhead(large.NkGenOverhead)} over a plain app",
                large?.NkGenBuild is { } build ? build.Median < 60_000 : null);
        }

        /// <summary>The goals as a table of their own, for the standalone switch (the report puts them in its Goals table).</summary>
        public static string GoalsMarkdown(SideBySideResult result)
        {
            var s = new StringBuilder("| Goal | Target | Measured | Met |\n| --- | --- | --- | --- |\n");
            foreach (var (goal, target, measured, met) in Goals(result))
            {
                s.AppendLine($"| {goal} | {target} | {measured} | {(result.Plan.Smoke ? "not judged (smoke)" : met is null ? "not measured" : met.Value ? "yes" : "**no**")} |");
            }

            return s.ToString();
        }

        private static string Overhead(Spread? spread) => spread switch
        {
            null => "—",
            { Count: 1 } => $"{Signed(spread.Median)} (n=1)",
            _ => $"{Signed(spread.Median)} ({Signed(spread.Min)} to {Signed(spread.Max)})",
        };

        private static string Time(Spread? spread) => spread switch
        {
            null => "—",
            { Count: 1 } => $"{Median(spread)} (n=1)",
            _ => $"{Median(spread)} ({Range(spread)}, n={spread.Count})",
        };

        private static string Median(Spread? spread) => spread is null ? "—" : Milliseconds(spread.Median);

        private static string Range(Spread? spread) => spread is null ? "—" : $"{Milliseconds(spread.Min)}–{Milliseconds(spread.Max)}";

        private static string Signed(double ms) => (ms < 0 ? "−" : "+") + Milliseconds(Math.Abs(ms));

        private static string Milliseconds(double ms) => ms switch
        {
            < 1 => ms.ToString("0.000", Invariant) + " ms",
            < 100 => ms.ToString("0.0", Invariant) + " ms",
            < 1_000 => ms.ToString("0", Invariant) + " ms",
            _ => (ms / 1000).ToString("0.00", Invariant) + " s",
        };
    }
}
