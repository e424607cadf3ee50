using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NkGen.Benchmarks.Suites;
using NkGen.Generator;

namespace NkGen.Benchmarks.Support
{
    /// <summary>One asserted fact of a run, with what was observed.</summary>
    internal sealed record CheckResult(string Name, bool Passed, string Observed);

    /// <summary>The facts the report asserts besides timings: step reasons of incremental runs.</summary>
    internal static class Checks
    {
        /// <summary>The steps NkGen names (TrackingNames), found by reflection as the generator tests do.</summary>
        public static IReadOnlyList<string> TrackedStepNames { get; } =
            typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        public static IEnumerable<CheckResult> Run()
        {
            var files = IncrementalInputs.Files().Select(f => new EncodedAdditionalText(f.Path, f.Text)).ToArray();
            var compilation = CompilerSetup.Consumer();
            var driver = CompilerSetup.Driver(files, includeDefaultData: false, trackSteps: true).RunGenerators(compilation);

            var edited = compilation.AddSyntaxTrees(CompilerSetup.Parse(IncrementalInputs.UnrelatedEdit, "Unrelated.cs"));
            var rerun = driver.RunGenerators(edited).GetRunResult().Results.Single();
            var stepReasons = TrackedStepNames.Select(name => (name, Reasons(rerun.TrackedSteps, name))).ToList();
            var outputReasons = rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            var allCached = stepReasons.All(s => s.Item2.Count > 0 && s.Item2.All(IsCachedOrUnchanged)) && outputReasons.All(IsCachedOrUnchanged);
            yield return new CheckResult(
                "After an unrelated C# edit, no step and no output re-runs (10,000 rows, 3 files)",
                allCached,
                string.Join("; ", stepReasons.Select(s => $"{s.name}: {Describe(s.Item2)}")) + $"; outputs: {Describe(outputReasons)}");

            var second = IncrementalInputs.EditedSecondFile(files[1]);
            var afterDataEdit = driver.ReplaceAdditionalText(files[1], second).RunGenerators(compilation).GetRunResult().Results.Single();
            var readings = Reasons(afterDataEdit.TrackedSteps, TrackingNames.Readings);
            var modified = readings.Count(r => r == IncrementalStepRunReason.Modified);
            var cached = readings.Count(r => r == IncrementalStepRunReason.Cached);
            yield return new CheckResult(
                "After editing one of three data files, only that file is read again",
                modified == 1 && cached == 2 && readings.Count == 3,
                $"{TrackingNames.Readings}: {Describe(readings)}; {TrackingNames.Model}: {Describe(Reasons(afterDataEdit.TrackedSteps, TrackingNames.Model))}; "
                + $"{TrackingNames.Emit}: {Describe(Reasons(afterDataEdit.TrackedSteps, TrackingNames.Emit))}");

            yield return NameIndexAgreesWithFoldedKeys();
            yield return EnumeratingAllAllocatesNothing();
        }

        /// <summary>
        /// Walking <c>Cities.All</c> allocates nothing once its cities are built: this thread's allocation counter around
        /// 1,000 passes at each size (after one untimed pass builds every city). BenchmarkDotNet's per-operation figure
        /// averages its own engine's bytes over few operations at large sizes, so it can read 1 B where nothing is allocated.
        /// </summary>
        public static CheckResult EnumeratingAllAllocatesNothing()
        {
            var observed = new List<string>();
            var passed = true;
            foreach (var count in RunSettings.CityCounts)
            {
                var all = CompiledCities.Load(count).All;
                var total = Sum(all);
                var before = System.GC.GetAllocatedBytesForCurrentThread();
                for (var pass = 0; pass < 1000; pass++) total += Sum(all);
                var bytes = System.GC.GetAllocatedBytesForCurrentThread() - before;
                passed &= bytes == 0;
                observed.Add($"{bytes:N0} B over 1,000 passes at {count:N0} cities");
            }

            return new CheckResult("Enumerating Cities.All allocates nothing (thread allocation counter)", passed, string.Join("; ", observed));

            static long Sum(EntityList<City> cities)
            {
                long sum = 0;
                foreach (var city in cities) sum += city.Population ?? 0;
                return sum;
            }
        }

        /// <summary>
        /// The optimized NameIndex, which folds names character by character while it hashes and compares, must answer
        /// exactly as a plain Dictionary keyed by the folded names (NameFold.Key, first name wins): every synthetic name,
        /// its Chosŏn'gŭl and Hancha, in several casings and spellings (diacritics, apostrophes, hyphens, spaces), near
        /// misses, and names whose case folding is unusual (ſ, ı, K, Ŏ, Deseret, full-width).
        /// </summary>
        public static CheckResult NameIndexAgreesWithFoldedKeys()
        {
            var names = Inputs.SyntheticCityList.Cities(20_000, seed: 11)
                .SelectMany(c => new[] { c.Name, c.KoreanName, c.Hancha })
                .Concat(new[] { "Chosŏn", "Hamhŭng", "ſinpo", "Kıl", "\u212Aanggye", "\U00010400x", "ŎRANG", "Ａｎｊｕ", "Ǆ", "ǅ", "Ch'ŏngjin", "Sŏnch'ŏn", "Sonchon" })
                .ToList();
            var pairs = names.Select((n, i) => new KeyValuePair<string, string>(n, n + "#" + i)).ToList();
            var index = new NameIndex<string>(pairs);
            var reference = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                var key = NameFold.Key(pair.Key);
                if (key.Length > 0) reference.TryAdd(key, pair.Value);
            }

            var probes = names.SelectMany(n => new[] { n, n.ToUpperInvariant(), n.ToLowerInvariant(), CompiledCities.MixedCase(n), n + "x", n.Substring(1),
                    n.Insert(n.Length / 2, "-"), n.Insert(1, "’"), n.Replace('o', 'ŏ').Replace('u', 'ŭ'), n.Normalize(System.Text.NormalizationForm.FormD) })
                .Concat(new[] { "", "-", "CHOSŎN", "chosŏn", "SINPO", "sinpo", "KIL", "kil", "kanggye", "\U00010428x", "ŏrang", "ａｎｊｕ", "ǆ", "chong jin", "sonchon", null })
                .ToList();
            var disagreements = probes.Where(p =>
            {
                var expected = p is not null && reference.TryGetValue(NameFold.Key(p), out var e) ? e : null;
                var actual = index.TryGet(p, out var a) ? a : null;
                return expected != actual;
            }).Take(5).ToList();
            return new CheckResult(
                "NameIndex answers as a Dictionary of folded names (NameFold.Key) does",
                disagreements.Count == 0,
                disagreements.Count == 0 ? $"{probes.Count:N0} probes over {names.Count:N0} names agree" : "disagree on: " + string.Join(", ", disagreements));
        }

        private static List<IncrementalStepRunReason> Reasons(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
            steps.TryGetValue(name, out var runs) ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList() : new List<IncrementalStepRunReason>();

        private static bool IsCachedOrUnchanged(IncrementalStepRunReason reason) =>
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

        private static string Describe(IReadOnlyList<IncrementalStepRunReason> reasons) =>
            reasons.Count == 0 ? "did not run" : string.Join(", ", reasons.GroupBy(r => r).Select(g => g.Count() == 1 ? g.Key.ToString() : $"{g.Count()}× {g.Key}"));
    }
}
