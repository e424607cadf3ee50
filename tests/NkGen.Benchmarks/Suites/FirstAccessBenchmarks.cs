using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 4, continued: the first use of the generated classes in a process, JIT included. Each iteration loads the
    /// compiled consumer afresh into its own collectible context and takes delegates to what it times (not timed), then
    /// times one first use: one member in the middle of <c>Cities</c> (its type initializer, the table, that one row), or
    /// the first <c>TryGet</c> (which indexes every row's names), or a first pass over <c>All</c> (which builds every city).
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class FirstAccessBenchmarks
    {
        private byte[] _image = null!;
        private Func<City> _member = null!;
        private CompiledCities.TryGetCity _tryGet = null!;
        private Func<EntityList<City>> _all = null!;
        private string _name = null!;

        public static IEnumerable<int> Counts => RunSettings.CityCounts;

        [ParamsSource(nameof(Counts))]
        public int Cities { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _image = CompiledCities.Image(Cities);
            _name = CompiledCities.Load(Cities).All[Cities / 2].Name;
        }

        [IterationSetup]
        public void LoadAfresh()
        {
            var cities = CompilerSetup.Load(_image).GetType("NkGen.Cities", throwOnError: true)!;
            var members = cities.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(City)).ToList();
            _member = (Func<City>)members[members.Count / 2].GetMethod!.CreateDelegate(typeof(Func<City>));
            _tryGet = (CompiledCities.TryGetCity)Delegate.CreateDelegate(typeof(CompiledCities.TryGetCity), cities.GetMethod("TryGet")!);
            _all = (Func<EntityList<City>>)cities.GetProperty("All")!.GetMethod!.CreateDelegate(typeof(Func<EntityList<City>>));
        }

        [Benchmark(Description = "First access to one member (type initializer, one row, JIT included)")]
        public int? FirstMember() => _member().Population;

        [Benchmark(Description = "First TryGet (indexes every row's names)")]
        public bool FirstTryGet() => _tryGet(_name, out _);

        [Benchmark(Description = "First pass over All (builds every city)")]
        public long FirstAll()
        {
            long sum = 0;
            foreach (var city in _all()) sum += city.Population ?? 0;
            return sum;
        }
    }
}
