using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using NkGen.Benchmarks.Inputs;
using NkGen.Benchmarks.Suites;
using NkGen.Generator;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// <c>-- --stages ROWS [--rounds N]</c>: where parse + merge spends its time and memory at one size, stage by stage, for
    /// the synthetic lists of suite 1 (already decoded): suite 1's floor (lines and pipe cells), the Text stage
    /// (<see cref="DocumentReader"/>), the Tables stage over the Text stage's documents (<see cref="TableReader"/>), both
    /// (<see cref="DataFileReader"/>), the Model stage over their readings (<see cref="ModelBuilder"/>), all three, and the Emit
    /// stage over their model (<see cref="CodeEmitter"/>); each in
    /// µs and bytes a row, the median and the least of the rounds (20 unless <c>--rounds</c> says) after five unmeasured ones. Then what each stage's
    /// result keeps alive, the collections one parse + merge causes, and a fingerprint of the emitted files (FNV-1a over
    /// their text), so that a change meant to keep the output can be checked. With <c>--stage NAME</c>, that stage alone,
    /// then the types it allocates most (<see cref="AllocationSampler"/>). A quick look while working, with a stopwatch:
    /// the suites measure.
    /// </summary>
    internal static class StageProbe
    {
        private const int WarmUps = 5;

        public static int Run(int rows, int rounds, string? only = null)
        {
            var files = SyntheticCityList.Files(rows);
            var documents = files.Select(f => DocumentReader.Read(f.Path, f.Text, null, default)).ToList();
            var readings = Read(files);
            var merged = ModelBuilder.Build(readings);
            var stages = new (string Name, Func<object> Run)[]
            {
                ("floor", () => files.Sum(f => GeneratorRunBenchmarks.FloorCells(f.Path, f.Text))),
                ("text", () => files.Select(f => DocumentReader.Read(f.Path, f.Text, null, default)).ToList()),
                ("tables", () => documents.Select(d => TableReader.Read(d, default)).ToList()),
                ("text + tables", () => Read(files)),
                ("model", () => ModelBuilder.Build(readings)),
                ("parse + merge", () => ModelBuilder.Build(Read(files))),
                ("emit", () => CodeEmitter.Emit(merged, EmitOptions.Default)),
            };
            if (only is not null && !stages.Any(s => s.Name == only))
            {
                Console.Error.WriteLine($"--stage: no stage '{only}'; the stages are {string.Join(", ", stages.Select(s => "'" + s.Name + "'"))}");
                return 1;
            }

            Console.WriteLine($"{rows:N0} rows, {rounds} rounds after {WarmUps}: µs a row (median, least), bytes allocated a row");
            foreach (var (name, run) in stages)
            {
                if (only is not null && name != only) continue;
                var times = new List<double>(rounds);
                long bytes = 0;
                for (var round = 0; round < WarmUps + rounds; round++)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var clock = Stopwatch.StartNew();
                    GC.KeepAlive(run());
                    clock.Stop();
                    if (round < WarmUps) continue;
                    times.Add(clock.Elapsed.TotalMilliseconds * 1000 / rows);
                    bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rows;
                }

                times.Sort();
                Console.WriteLine($"  {name,-14} {times[times.Count / 2],8:F2} µs  {times[0],8:F2} µs  {bytes,7:N0} B");
            }

            // One stage alone (--stage NAME): its line, then the types it allocates most (sampled), so that a profiler sees that stage and the inputs.
            if (only is not null)
            {
                var stage = stages.First(s => s.Name == only).Run;
                using var sampler = new AllocationSampler();
                sampler.Start();
                for (var round = 0; round < rounds; round++) GC.KeepAlive(stage());
                sampler.Stop();
                Console.WriteLine("allocated most (sampled share of bytes, type):");
                foreach (var line in sampler.Report(40)) Console.WriteLine(line);
                return 0;
            }

            var before = Live();
            var keptDocuments = files.Select(f => DocumentReader.Read(f.Path, f.Text, null, default)).ToList();
            var afterDocuments = Live();
            var keptReadings = Read(files);
            var afterReadings = Live();
            var model = ModelBuilder.Build(keptReadings);
            var afterModel = Live();
            Console.WriteLine($"kept alive a row: documents {(afterDocuments - before) / rows:N0} B, readings {(afterReadings - afterDocuments) / rows:N0} B, model {(afterModel - afterReadings) / rows:N0} B");
            GC.KeepAlive(keptDocuments);

            var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var total = Stopwatch.StartNew();
            GC.KeepAlive(ModelBuilder.Build(Read(files)));
            Console.WriteLine($"one parse + merge: {total.Elapsed.TotalMilliseconds:F0} ms; collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, "
                + $"gen2 {GC.CollectionCount(2) - gen2}; paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");

            var emitted = string.Concat(CodeEmitter.Emit(model, EmitOptions.Default).Files.Select(f => f.Text));
            var hash = 14695981039346656037UL;
            foreach (var c in emitted) hash = (hash ^ c) * 1099511628211UL;
            Console.WriteLine($"emitted files: {emitted.Length:N0} characters, fingerprint {hash:X16}");
            return 0;
        }

        private static List<PrioritizedReading> Read(IReadOnlyList<(string Path, string Text)> files) =>
            files.Select(f => DataFileReader.Read(f.Path, f.Text, priority: 0)).ToList();

        private static long Live()
        {
            ProcessClock.CollectGarbage();
            return GC.GetTotalMemory(forceFullCollection: true);
        }
    }
}
