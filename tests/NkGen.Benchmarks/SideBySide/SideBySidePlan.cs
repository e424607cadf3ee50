using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>
    /// What a side-by-side run measures: the sizes, and how many timed builds and runs per app and size.
    /// <c>--rows 1000,10000</c> sets the sizes (default 1,000 and 10,000), <c>--with-100k</c> adds 100,000,
    /// <c>--repeat N</c> sets the timed builds and runs (default 9, at least 3 unless smoke). Smoke: 28 rows, one build each.
    /// Nine, not five: on the shared 2-core machine five rebuilds of one app spread over ±300 ms, and the goal asks about
    /// a difference of about 100 ms between two apps' medians.
    /// </summary>
    internal sealed record SideBySidePlan(IReadOnlyList<int> Rows, int Repeats, bool Smoke)
    {
        /// <summary>
        /// A size whose first build took longer than this gets one timed build (and one reported build) per app: 100,000
        /// rows with today's generated code, not 10,000 rows (about two minutes a build on the loaded 2-core machine).
        /// </summary>
        public static readonly TimeSpan HeavyBuild = TimeSpan.FromMinutes(5);

        public const int DefaultRepeats = 9;

        public const int GoalRows = 10_000;
        public const int LargeRows = 100_000;

        public static SideBySidePlan From(string[] args, bool smoke)
        {
            if (smoke) return new SideBySidePlan(new[] { 28 }, 1, true);

            var rows = Option(args, "--rows") is { } list
                ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => int.Parse(r.Replace("_", ""), CultureInfo.InvariantCulture)).ToList()
                : new List<int> { 1_000, GoalRows };
            if (args.Contains("--with-100k") && !rows.Contains(LargeRows)) rows.Add(LargeRows);
            if (rows.Count == 0 || rows.Any(r => r < 3)) throw new ArgumentException("--rows needs sizes of at least 3 rows, e.g. --rows 1000,10000");

            var repeats = Option(args, "--repeat") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : DefaultRepeats;
            return new SideBySidePlan(rows.Distinct().OrderBy(r => r).ToList(), Math.Max(3, repeats), false);
        }

        private static string? Option(string[] args, string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
    }
}
