using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>
    /// Runs a property over a fixed, reproducible sequence of inputs (the same in every CI run), and on the first failure
    /// hands the failing seed to CsCheck, which replays it and shrinks it to a small counterexample.
    /// NKGEN_FUZZ_ITERATIONS scales every property up for a longer run; NKGEN_FUZZ_SEED moves the sequence;
    /// CsCheck_Seed replays one printed counterexample.
    /// </summary>
    internal static class FuzzRun
    {
        /// <summary>The bulk property's iteration count in CI; the other properties' defaults are fractions of it.</summary>
        public const long CiIterations = 10_000;

        private const ulong CiSeed = 0x4E4B47454E07UL;

        /// <summary>
        /// <paramref name="ciDefault"/> in CI; with NKGEN_FUZZ_ITERATIONS=N, scaled by N / <see cref="CiIterations"/>.
        /// </summary>
        public static long Iterations(long ciDefault)
        {
            var requested = Environment.GetEnvironmentVariable("NKGEN_FUZZ_ITERATIONS");
            if (string.IsNullOrEmpty(requested) || !long.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                return ciDefault;
            }

            return Math.Max(1, ciDefault * n / CiIterations);
        }

        private static ulong BaseSeed
        {
            get
            {
                var requested = Environment.GetEnvironmentVariable("NKGEN_FUZZ_SEED");
                return !string.IsNullOrEmpty(requested) && ulong.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : CiSeed;
            }
        }

        /// <summary>Checks <paramref name="property"/> on <paramref name="iterations"/> generated inputs; throws a shrunk counterexample.</summary>
        public static void Check<T>(Gen<T> gen, Action<T> property, long iterations, Func<T, string> print, int threads = 2)
        {
            var replay = Environment.GetEnvironmentVariable("CsCheck_Seed");
            if (!string.IsNullOrEmpty(replay))
            {
                // Replaying a printed counterexample: CsCheck reads the seed from the environment.
                gen.Sample(property, iter: 1, threads: 1, print: print);
                return;
            }

            var baseSeed = BaseSeed;
            string? failingSeed = null;
            Exception? failure = null;
            var next = -1L;
            var workers = new Task[Math.Max(1, Math.Min(threads, Environment.ProcessorCount))];
            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = Task.Run(() =>
                {
                    long i;
                    while ((i = Interlocked.Increment(ref next)) < iterations && Volatile.Read(ref failingSeed) is null)
                    {
                        var pcg = new PCG(7, baseSeed + (ulong)i);
                        var seed = pcg.ToString();
                        var input = gen.Generate(pcg, null, out _);
                        try
                        {
                            property(input);
                        }
                        catch (Exception e)
                        {
                            if (Interlocked.CompareExchange(ref failingSeed, seed, null) is null) failure = e;
                        }
                    }
                });
            }

            Task.WaitAll(workers);
            if (failingSeed is null) return;

            // CsCheck replays the failing seed first, then keeps sampling for a simpler input that fails the same way.
            gen.Sample(property, seed: failingSeed, iter: 300, threads: 1, print: print);
            throw new InvalidOperationException($"Seed {failingSeed} failed ({print(gen.Generate(PCG.Parse(failingSeed), null, out _))}) but CsCheck could not reproduce it", failure);
        }
    }
}
