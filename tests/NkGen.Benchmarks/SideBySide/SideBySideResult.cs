using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>The median of some measurements in milliseconds, their smallest and largest, and how many there were.</summary>
    internal sealed record Spread(double Median, double Min, double Max, int Count)
    {
        public static Spread? Of(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0) return null;
            return new Spread(Quantiles.Median(sorted), sorted[0], sorted[sorted.Count - 1], sorted.Count);
        }
    }

    /// <summary>
    /// One size's figures, in milliseconds. Overheads are per round (an app's rebuild minus the plain app's rebuild in
    /// the same round of builds), so that load from other work on the machine falls on both sides of the difference.
    /// </summary>
    internal sealed record SideBySideSize(
        int Rows,
        Spread? PlainBuild,
        Spread? NkGenBuild,
        Spread? PeerBuild,
        Spread? NkGenOverhead,
        Spread? PeerOverhead,
        Spread? NkGenFirstAccess,
        Spread? NkGenSecondAccess,
        Spread? PeerFirstAccess,
        Spread? PeerSecondAccess,
        Spread? NkGenGenerator,
        Spread? PeerGenerator)
    {
        /// <summary>Why the peer's program did not run at this size (e.g. a TypeLoadException), or null.</summary>
        public string? PeerRunFailure { get; init; }
    }

    /// <summary>Every size of one side-by-side run, or why it stopped (the sizes done before that are kept).</summary>
    internal sealed record SideBySideResult(IReadOnlyList<SideBySideSize> Sizes, SideBySidePlan Plan, TimeSpan Elapsed, string? Error)
    {
        public SideBySideSize? At(int rows) => Sizes.FirstOrDefault(s => s.Rows == rows);
    }
}
