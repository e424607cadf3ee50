using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using NkGen.Benchmarks.Support;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 4, continued: the first touch of <c>Cities</c> in a process, which runs its type initializer (JIT of the
    /// initializer included): every city object, the All list and the name index are built then. Each iteration loads
    /// the compiled consumer afresh into its own collectible context (not timed) and times only the first access.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class FirstAccessBenchmarks
    {
        private byte[] _image = null!;
        private Type _cities = null!;

        public static IEnumerable<int> Counts => RunSettings.CityCounts;

        [ParamsSource(nameof(Counts))]
        public int Cities { get; set; }

        [GlobalSetup]
        public void Setup() => _image = CompiledCities.Image(Cities);

        [IterationSetup]
        public void LoadAfresh() => _cities = CompilerSetup.Load(_image).GetType("NkGen.Cities", throwOnError: true)!;

        [Benchmark(Description = "First access to Cities (type initializer, JIT included)")]
        public void FirstAccess() => RuntimeHelpers.RunClassConstructor(_cities.TypeHandle);
    }
}
