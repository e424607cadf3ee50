using System;
using System.Collections.Generic;
using System.Linq;

namespace NkGen.Benchmarks.Support
{
    /// <summary>Medians and quartiles of paired measurements.</summary>
    internal static class Quantiles
    {
        public static double Median(IReadOnlyCollection<double> values) => Of(values, 0.5);

        /// <summary>The <paramref name="q"/> quantile, interpolated between the two nearest of the sorted values.</summary>
        public static double Of(IReadOnlyCollection<double> values, double q)
        {
            var sorted = values.OrderBy(v => v).ToList();
            var position = q * (sorted.Count - 1);
            var below = (int)Math.Floor(position);
            var above = Math.Min(below + 1, sorted.Count - 1);
            return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
        }
    }
}
