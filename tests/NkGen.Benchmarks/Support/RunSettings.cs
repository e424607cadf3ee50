using System.Collections.Generic;
using System.Linq;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// What this run measures, set by <see cref="Program"/> before any suite runs. Suites run in this process
    /// (in-process toolchain), so the sizes they read through [ParamsSource] are these.
    /// </summary>
    internal static class RunSettings
    {
        public static bool Smoke { get; set; }

        /// <summary>Rows of the synthetic city lists: 1,000, 10,000 and 100,000; 1,000 only in smoke mode.</summary>
        public static IEnumerable<int> Rows => Smoke ? new[] { 1_000 } : new[] { 1_000, 10_000, 100_000 };

        /// <summary>Rows of one file in the format suite (one file: the wiki dialect's 4 Mi-character limit applies).</summary>
        public static IEnumerable<int> FormatRows => Smoke ? new[] { 1_000 } : new[] { 1_000, 10_000, 30_000 };

        /// <summary>
        /// Sizes of the generated-code compile suite. Compiling the code generated for 100,000 rows takes about ten minutes
        /// on the 2-core machine, so it runs only with <c>--compile-100k</c>.
        /// </summary>
        public static bool Compile100k { get; set; }

        public static IEnumerable<int> CompileRows => Compile100k ? Rows : Rows.Where(n => n < 100_000);

        /// <summary>City counts of the lookup suite: the 28 default cities and a 10,000-city list.</summary>
        public static IEnumerable<int> CityCounts => Smoke ? new[] { 28 } : new[] { 28, 10_000 };

        /// <summary>User files of the analyzer suite.</summary>
        public static int UserFiles => Smoke ? 50 : 1_000;
    }
}
