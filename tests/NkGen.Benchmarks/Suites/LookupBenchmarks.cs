using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 4. Looking a city up by name: a NameIndex built from the names the generated <c>Cities.TryGet</c> finds
    /// (read from the members' <c>[LookupNames]</c>), against a Dictionary and a FrozenDictionary (both OrdinalIgnoreCase)
    /// built from the same (name, city) pairs, and the generated <c>Cities.TryGet</c> itself through a delegate. Every
    /// figure is per lookup; each invocation looks up 256 names (all present), each a fresh string as a user's input
    /// would be, so that no contender answers by reference. NameIndex does more than the dictionaries for the same keys:
    /// it also folds diacritics and skips apostrophes, hyphens and spaces (NameFold), so these keys, which the
    /// dictionaries find too, measure what that costs the spellings both accept.
    /// </summary>
    /// <remarks>
    /// The suite runs in-process, so every case shares one JIT: whichever kind of key reached NameKeys first would
    /// shape its Tier-1 code through Dynamic PGO, and the figures of the other kinds would depend on the order of the
    /// cases. The first setup therefore warms every contender on every kind of key, interleaved, before anything is
    /// measured (<see cref="WarmAllKinds"/>), so that the profile is the same mix in every run and every order.
    /// NameKeys keeps its ASCII and folding paths in separate methods for the same reason. AggressiveOptimization
    /// would remove PGO altogether, but it is not what an application runs (and the runtime is a library: the
    /// attribute would be on it, not here).
    /// </remarks>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class LookupBenchmarks
    {
        private const int Lookups = 256;

        private static bool _warmed;

        private CompiledCities _cities = null!;
        private Dictionary<string, City> _dictionary = null!;
        private FrozenDictionary<string, City> _frozen = null!;
        private NameIndex<City> _index = null!;
        private NameIndexBefore<City> _before = null!;
        private string[] _keys = null!;

        public static IEnumerable<int> Counts => RunSettings.CityCounts;

        /// <summary>The kinds of key the goal is judged on, each separately.</summary>
        public static IEnumerable<string> KeyKinds => new[] { Romanized, Diacritics, Korean };

        /// <summary>Romanized names in mixed case, plain ASCII ("hAmHuNg").</summary>
        public const string Romanized = "Romanized";

        /// <summary>Romanized names with diacritics or apostrophes, in mixed case ("hAmHŭNg", "cH'ŎnGjIn").</summary>
        public const string Diacritics = "Diacritics";

        /// <summary>Chosŏn'gŭl names ("함흥시").</summary>
        public const string Korean = "Korean";

        [ParamsSource(nameof(Counts))]
        public int Cities { get; set; }

        [ParamsSource(nameof(KeyKinds))]
        public string Keys { get; set; } = Romanized;

        [GlobalSetup]
        public void Setup()
        {
            _cities = CompiledCities.Load(Cities);
            _dictionary = new Dictionary<string, City>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in _cities.Names) _dictionary.TryAdd(pair.Key, pair.Value);
            _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            _index = new NameIndex<City>(_cities.Names);
            _before = new NameIndexBefore<City>(_cities.Names);
            _keys = KeysOf(_cities, Keys);
            if (_keys.Any(k => !_index.TryGet(k, out _) || !_cities.TryGet(k, out _) || !_frozen.ContainsKey(k))) throw new InvalidOperationException("a key is missing");
            if (!_warmed)
            {
                _warmed = true;
                WarmAllKinds();
            }
        }

        /// <summary>The 256 keys of one kind: names the index and the dictionaries hold, picked at random, as fresh strings.</summary>
        private static string[] KeysOf(CompiledCities cities, string kind)
        {
            var pool = cities.Names.Select(p => p.Key).Where(n => KindOf(n) == kind).Select(n => kind == Korean ? n : CompiledCities.MixedCase(n))
                .Where(n => cities.TryGet(n, out _)).Distinct().ToArray();
            if (pool.Length == 0) throw new InvalidOperationException($"no {kind} names among the {cities.Names.Count} lookup names");
            var random = new Random(7);
            return Enumerable.Range(0, Lookups).Select(_ => new string(pool[random.Next(pool.Length)].ToCharArray())).ToArray();
        }

        private static string? KindOf(string name) =>
            name.Any(c => c is >= '\uAC00' and <= '\uD7A3') ? Korean
            : name.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') ? Romanized
            : name.All(c => c < '\u0250' || c is '’' or 'ʼ' or '‘') && name.Any(c => c is > '\u007F' or '\'') ? Diacritics
            : null;

        /// <summary>
        /// Every contender on every kind of key, interleaved, for about a second (with pauses for the tiering thread), at
        /// both sizes: done once, before the first case, so that Dynamic PGO sees the same mix whatever the case order.
        /// </summary>
        private static void WarmAllKinds()
        {
            var sets = Counts.Select(CompiledCities.Load).Select(c =>
            {
                var dictionary = new Dictionary<string, City>(StringComparer.OrdinalIgnoreCase);
                foreach (var pair in c.Names) dictionary.TryAdd(pair.Key, pair.Value);
                return (Cities: c, Index: new NameIndex<City>(c.Names), Frozen: dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
                    Dictionary: dictionary, Keys: KeyKinds.Select(k => KeysOf(c, k)).ToArray());
            }).ToList();
            for (var round = 0; round < 20; round++)
            {
                for (var repeat = 0; repeat < 20; repeat++)
                {
                    foreach (var set in sets)
                    {
                        foreach (var keys in set.Keys)
                        {
                            foreach (var key in keys)
                            {
                                set.Index.TryGet(key, out _);
                                set.Frozen.TryGetValue(key, out _);
                                set.Dictionary.TryGetValue(key, out _);
                                set.Cities.TryGet(key, out _);
                            }
                        }
                    }
                }

                System.Threading.Thread.Sleep(50);
            }
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Lookups, Description = "Dictionary<string, City>(OrdinalIgnoreCase)")]
        public int Dictionary()
        {
            var found = 0;
            foreach (var key in _keys) found += _dictionary.TryGetValue(key, out var city) ? city.Name.Length : 0;
            return found;
        }

        [Benchmark(OperationsPerInvoke = Lookups, Description = "FrozenDictionary<string, City>(OrdinalIgnoreCase)")]
        public int Frozen()
        {
            var found = 0;
            foreach (var key in _keys) found += _frozen.TryGetValue(key, out var city) ? city.Name.Length : 0;
            return found;
        }

        /// <summary>NameIndex as it was before issue 6, built from the same names.</summary>
        [Benchmark(OperationsPerInvoke = Lookups, Description = "NameIndex before issue 6 (Dictionary inside)")]
        public int NameIndexBeforeTryGet()
        {
            var found = 0;
            var index = _before;
            foreach (var key in _keys) found += index.TryGet(key, out var city) ? city.Name.Length : 0;
            return found;
        }

        /// <summary>The generated method, called through a delegate (the assembly is loaded at run time).</summary>
        [Benchmark(OperationsPerInvoke = Lookups, Description = "Cities.TryGet (generated, via delegate)")]
        public int CitiesTryGet()
        {
            var found = 0;
            var tryGet = _cities.TryGet;
            foreach (var key in _keys) found += tryGet(key, out var city) ? city!.Name.Length : 0;
            return found;
        }

        /// <summary>
        /// A NameIndex of the same names, called directly: what Cities.TryGet runs (NameKeys.Find, then an array read),
        /// without the delegate.
        /// </summary>
        [Benchmark(OperationsPerInvoke = Lookups, Description = "NameIndex.TryGet (same names, direct)")]
        public int NameIndexTryGet()
        {
            var found = 0;
            var index = _index;
            foreach (var key in _keys) found += index.TryGet(key, out var city) ? city.Name.Length : 0;
            return found;
        }
    }

    /// <summary>Suite 4, continued: walking Cities.All (its struct enumerator should allocate nothing).</summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class EnumerationBenchmarks
    {
        private EntityList<City> _all = null!;
        private City[] _array = null!;

        public static IEnumerable<int> Counts => RunSettings.CityCounts;

        [ParamsSource(nameof(Counts))]
        public int Cities { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _all = CompiledCities.Load(Cities).All;
            _array = _all.ToArray();
        }

        [Benchmark(Baseline = true, Description = "foreach over a City[] of the same cities")]
        public long Array()
        {
            long total = 0;
            foreach (var city in _array) total += city.Population ?? 0;
            return total;
        }

        [Benchmark(Description = "foreach over Cities.All (EntityList<City>)")]
        public long All()
        {
            long total = 0;
            foreach (var city in _all) total += city.Population ?? 0;
            return total;
        }
    }
}
