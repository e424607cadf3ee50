using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// The names nearest to one that names nothing, for NKG0003's "did you mean": by edit distance (insertions,
    /// deletions, substitutions and swaps of neighbours) between <see cref="LookupKey"/>s, so that case never counts,
    /// within a third of the longer name's length (at least 1), at most three, nearest first.
    /// </summary>
    internal static class NameSuggestions
    {
        public const int Max = 3;

        public static IReadOnlyList<NamedMember> For(string name, IEnumerable<NamedMember> candidates)
        {
            var key = LookupKey.Of(name);
            var found = new List<(int Distance, NamedMember Member)>();
            foreach (var candidate in candidates)
            {
                var other = LookupKey.Of(candidate.Spelling);
                var limit = Math.Max(1, Math.Max(key.Length, other.Length) / 3);
                if (Distance(key, other, limit) is var distance && distance <= limit) found.Add((distance, candidate));
            }

            // One suggestion per entity: its nearest spelling (entities past the members a class holds share the empty member).
            return found.OrderBy(f => f.Distance).ThenBy(f => f.Member.Spelling, StringComparer.Ordinal)
                .GroupBy(f => (f.Member.FullName, f.Member.EntityName)).Select(g => g.First().Member).Take(Max).ToList();
        }

        /// <summary>The optimal-string-alignment distance, or any value above <paramref name="limit"/> once it is exceeded.</summary>
        public static int Distance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
            var before = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMin = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, before[j - 2] + 1);
                    current[j] = d;
                    rowMin = Math.Min(rowMin, d);
                }

                // No alignment can come back under the limit once a whole row is above it.
                if (rowMin > limit) return limit + 1;
                (before, previous, current) = (previous, current, before);
            }

            return previous[b.Length];
        }
    }
}
