using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 4. Looking a city up by name through the generated <c>Cities.TryGet</c> (compiled from generator output and
    /// loaded), against a Dictionary and a FrozenDictionary (both OrdinalIgnoreCase) built from the same (name, city)
    /// pairs. Every figure is per lookup; each invocation looks up 256 names (all present). NameIndex does more than the
    /// dictionaries for the same keys: it also folds diacritics and skips apostrophes, hyphens and spaces (NameFold), so
    /// these keys, which the dictionaries find too, measure what that costs the spellings both accept.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class LookupBenchmarks
    {
        private const int Lookups = 256;

        private CompiledCities _cities = null!;
        private Dictionary<string, City> _dictionary = null!;
        private FrozenDictionary<string, City> _frozen = null!;
        private NameIndexBefore<City> _before = null!;
        private string[] _keys = null!;

        public static IEnumerable<int> Counts => RunSettings.CityCounts;

        [ParamsSource(nameof(Counts))]
        public int Cities { get; set; }

        /// <summary>Mixed: romanized names typed in mixed case ("hAmHuNg"); Korean: Chosŏn'gŭl names ("함흥시").</summary>
        [Params("Mixed", "Korean")]
        public string Keys { get; set; } = "Mixed";

        [GlobalSetup]
        public void Setup()
        {
            _cities = CompiledCities.Load(Cities);
            _dictionary = new Dictionary<string, City>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in _cities.Names) _dictionary.TryAdd(pair.Key, pair.Value);
            _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            _before = new NameIndexBefore<City>(_cities.Names);

            var pool = Keys == "Korean"
                ? _cities.All.Where(c => c.KoreanName is not null).Select(c => c.KoreanName!).ToArray()
                : _cities.All.Select(c => CompiledCities.MixedCase(c.Name)).ToArray();
            var random = new Random(7);
            _keys = Enumerable.Range(0, Lookups).Select(_ => pool[random.Next(pool.Length)]).ToArray();
            if (_keys.Any(k => !_cities.TryGet(k, out _) || !_frozen.ContainsKey(k))) throw new InvalidOperationException("a key is missing");
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

        /// <summary>The generated class's own NameIndex, called directly: what Cities.TryGet compiles to in user code.</summary>
        [Benchmark(OperationsPerInvoke = Lookups, Description = "NameIndex.TryGet (the generated index, direct)")]
        public int NameIndexTryGet()
        {
            var found = 0;
            var index = _cities.Index;
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
