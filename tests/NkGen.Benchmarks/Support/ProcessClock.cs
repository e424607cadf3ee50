using System;
using System.Diagnostics;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// The clocks the paired measurements read (<see cref="Suites.AnalyzerOverhead"/>, <see cref="Suites.FormatPairs"/>):
    /// one piece of work timed by the wall clock and by the process's CPU time, after the garbage of the work before it
    /// is collected (untimed), so that neither half of a pair pays for the other's collections.
    /// </summary>
    internal static class ProcessClock
    {
        public static Span Time(Action work)
        {
            CollectGarbage();
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            var wall = clock.Elapsed;
            process.Refresh();
            return new Span((process.TotalProcessorTime - cpu).TotalMilliseconds, wall.TotalMilliseconds);
        }

        /// <summary>A full, blocking collection, finalizers run and their garbage collected too.</summary>
        public static void CollectGarbage()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }

        /// <summary>A timed piece of work, in milliseconds.</summary>
        public readonly record struct Span(double CpuMs, double WallMs);
    }
}
