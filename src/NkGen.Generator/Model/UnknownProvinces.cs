using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// NKG2011: a province name, in a province table or a city's Province column, that is none of the DPRK's nine
    /// provinces in any script or romanization (<see cref="KnownProvinces"/>). It is reported where it first stands in each
    /// file (with the number of other rows there that write it) and still
    /// becomes a province of its own: the data is kept, and the warning says it may be a misspelling.
    /// </summary>
    internal static class UnknownProvinces
    {
        public static IEnumerable<DataProblem> Check(IEnumerable<PrioritizedReading> readings, FirstLevelNames firstLevel)
        {
            // A province row that is a first-level city is a contradiction (NKG1001), not an unknown province; a city's
            // province that is one names the first-level city the city belongs to.
            var keysOf = PlaceKeys.Cached(PlaceKind.Province);
            // What each spelling is: one of the nine or a first-level city (Known), a guess at one of the nine (the province it
            // fits loosely), or unknown.
            var verdicts = new Dictionary<PlaceKeys, Verdict>();
            foreach (var reading in readings.Select(r => r.Reading))
            {
                // Once per spelling and file, at its first row: a list of thousands of cities in one unknown province is one warning.
                var reported = new Dictionary<string, (SourceSpan First, int More, Verdict Verdict)>(StringComparer.Ordinal);
                void Check(string name, PlaceKeys keys, SourceSpan span)
                {
                    if (reported.TryGetValue(name, out var seen))
                    {
                        reported[name] = (seen.First, seen.More + 1, seen.Verdict);
                        return;
                    }

                    if (!verdicts.TryGetValue(keys, out var verdict)) verdicts[keys] = verdict = VerdictOn(name, keys, firstLevel);
                    if (verdict.Kind != VerdictKind.Known) reported[name] = (span, 0, verdict);
                }

                foreach (var row in reading.Provinces)
                {
                    if (firstLevel.Find(row.Name) is not null) continue;
                    Check(row.Name, PlaceKeys.Of(row), row.NameSpan);
                }

                foreach (var row in reading.Cities)
                {
                    foreach (var fact in row.Facts)
                    {
                        if (fact.Field is CityField.Province or CityField.RelatedProvince && fact.Value is TextValue text) Check(text.Text, keysOf(text.Text), fact.Span);
                    }
                }

                foreach (var pair in reported.OrderBy(p => p.Value.First.Line).ThenBy(p => p.Value.First.Column))
                {
                    var (first, more, verdict) = pair.Value;
                    yield return verdict.Kind == VerdictKind.Unknown ? Problem(pair.Key, first, more) : Guess(pair.Key, first, more, verdict.Province);
                }
            }
        }

        private enum VerdictKind
        {
            Known,
            Guessed,
            Unknown,
        }

        private readonly record struct Verdict(VerdictKind Kind, (string English, string Hangul, string Hanja) Province);

        private static Verdict VerdictOn(string name, PlaceKeys keys, FirstLevelNames firstLevel)
        {
            if (KnownProvinces.LooselyOnly(keys) is { } guessed) return new Verdict(VerdictKind.Guessed, guessed);
            return KnownProvinces.Contains(keys) || firstLevel.Find(name) is not null ? default : new Verdict(VerdictKind.Unknown, default);
        }

        private static DataProblem Guess(string name, SourceSpan span, int more, (string English, string Hangul, string Hanja) province) => new(
            ProblemKind.LooseNameMatch,
            span,
            $"Province '{name}' was taken to be {province.English} ({province.Hangul}) only because the two romanizations are alike once the "
            + "systems' differences are folded; it is none of the nine provinces as written. Check the spelling, or give its Chosŏn'gŭl name"
            + (more == 0 ? "" : $" ({more} more {(more == 1 ? "row of this file writes" : "rows of this file write")} it so)"));

        private static DataProblem Problem(string name, SourceSpan span, int more) => new(
            ProblemKind.UnknownProvince,
            span,
            $"'{name}' is none of North Korea's nine provinces ({string.Join(", ", KnownProvinces.All.Select(p => p.English))}) in any "
            + "romanization NkGen reads; it is kept as a province of its own. Check the spelling, or give its Chosŏn'gŭl name"
            + (more == 0 ? "" : $" ({more} more {(more == 1 ? "row of this file writes" : "rows of this file write")} it so)"));
    }
}
