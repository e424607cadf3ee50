using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using NkGen.Benchmarks.Inputs;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// <c>-- --probe ROWS</c>: one generator run, one compile and one first access at a size, timed once with a stopwatch,
    /// with the sizes that limit scale (generated characters, the user-string heap, which .NET caps at 16 MB). A quick
    /// look while working, not a measurement: the suites measure. <c>NKGEN_PROBE_STAGES=1</c> adds the pure stages' times
    /// (four rounds), <c>NKGEN_PROBE_DRIVER=1</c> a fresh driver's run and the parse of its output, <c>NKGEN_PROBE_COMPILE=1</c> (or <c>debug</c>, with a PDB) compiles with and without the documentation
    /// comments, <c>NKGEN_PROBE_DUMP=DIR</c> writes the generated files there.
    /// </summary>
    internal static class Probe
    {
        public static int Run(int rows)
        {
            var files = SyntheticCityList.Files(rows);
            if (Environment.GetEnvironmentVariable("NKGEN_PROBE_STAGES") is { Length: > 0 })
            {
                for (var round = 0; round < 4; round++)
                {
                    var stage = Stopwatch.StartNew();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var readings = files.Select(f => NkGen.Generator.DataFileReader.Read(f.Path, f.Text, priority: 0)).ToList();
                    var read = (stage.Elapsed, GC.GetAllocatedBytesForCurrentThread());
                    var model = NkGen.Generator.Model.ModelBuilder.Build(readings);
                    var merged = (stage.Elapsed, GC.GetAllocatedBytesForCurrentThread());
                    var input = NkGen.Generator.Emit.EmitInput.LinesOnly(model);
                    var emitted = NkGen.Generator.Emit.CodeEmitter.Emit(input, NkGen.Generator.Emit.EmitOptions.Default with { SupportsUtf8Data = true });
                    var done = (stage.Elapsed, GC.GetAllocatedBytesForCurrentThread());
                    static string Span((TimeSpan Time, long Bytes) from, (TimeSpan Time, long Bytes) to) => $"{(to.Time - from.Time).TotalMilliseconds:F0} ms, {(to.Bytes - from.Bytes) / 1048576.0:F0} MB";
                    Console.WriteLine($"round {round}: read {Span((TimeSpan.Zero, allocated), read)}; merge {Span(read, merged)}; emit {Span(merged, done)} ({emitted.Files.Sum(f => f.Text.Length):N0} chars)");
                }
            }

            if (Environment.GetEnvironmentVariable("NKGEN_PROBE_DRIVER") is { Length: > 0 })
            {
                // What a build's "generator execution time" holds: the pipeline, and the parse of what it added.
                var texts = files.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new EncodedAdditionalText(f.Path, f.Text)).ToArray();
                for (var round = 0; round < 4; round++)
                {
                    // Even rounds forget what earlier runs left (a first build of these files), odd rounds reuse it (a rebuild).
                    if (round % 2 == 0) NkGen.Generator.EarlierResults.Clear();
                    var run = Stopwatch.StartNew();
                    var driver = CompilerSetup.Driver(texts, includeDefaultData: false).RunGenerators(CompilerSetup.Consumer());
                    var driven = run.Elapsed;
                    var outputs = CompilerSetup.Generated(driver);
                    run.Restart();
                    foreach (var (hint, text) in outputs) CompilerSetup.Parse(text, hint).GetRoot();
                    Console.WriteLine($"round {round}: fresh driver run{(round % 2 == 0 ? "" : " (rebuild)")} {driven.TotalMilliseconds:F0} ms; parsing its {outputs.Sum(o => o.Text.Length):N0} characters again alone {run.Elapsed.TotalMilliseconds:F0} ms");
                }
            }

            var clock = Stopwatch.StartNew();
            var (image, generated) = CompilerSetup.Build(files, includeDefaultData: false);
            var build = clock.Elapsed;
            var characters = generated.Sum(g => (long)g.Text.Length);
            if (Environment.GetEnvironmentVariable("NKGEN_PROBE_DUMP") is { Length: > 0 } dump)
            {
                foreach (var (hint, text) in generated) File.WriteAllText(Path.Combine(dump, hint), text);
            }

            using var pe = new PEReader(new MemoryStream(image));
            var metadata = pe.GetMetadataReader();
            Console.WriteLine($"{rows:N0} rows: generate + compile {build.TotalSeconds:F1} s; {characters:N0} generated characters ({characters / rows:N0} per row); "
                + $"user strings {metadata.GetHeapSize(HeapIndex.UserString):N0} B of 16,777,215; image {image.Length:N0} B");

            if (Environment.GetEnvironmentVariable("NKGEN_PROBE_COMPILE") is { Length: > 0 })
            {
                var program = CompilerSetup.Consumer().SyntaxTrees.Single();
                string Strip(string text, string pattern) => System.Text.RegularExpressions.Regex.Replace(text, pattern, "", System.Text.RegularExpressions.RegexOptions.Multiline);
                var variants = new (string Name, Func<string, string> Edit)[]
                {
                    ("as generated", t => t),
                    ("no doc comments", t => Strip(t, @"^\s*///.*\r?\n")),
                    ("consumer alone", t => ""),
                };
                for (var round = 0; round < 3; round++)
                {
                    foreach (var (name, edit) in variants)
                    {
                        clock.Restart();
                        var trees = generated.Select(g => CompilerSetup.Parse(edit(g.Text), g.HintName)).Prepend(program);
                        using var output = new MemoryStream();
                        using var pdb = new MemoryStream();
                        var debug = Environment.GetEnvironmentVariable("NKGEN_PROBE_COMPILE") == "debug";
                        var compilation = CompilerSetup.Compilation(trees);
                        if (debug) compilation = compilation.WithOptions(compilation.Options.WithOptimizationLevel(Microsoft.CodeAnalysis.OptimizationLevel.Debug));
                        var emitted = debug
                            ? compilation.Emit(output, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb),
                                embeddedTexts: trees.Skip(1).Select(t => Microsoft.CodeAnalysis.EmbeddedText.FromSource(t.FilePath, t.GetText())))
                            : compilation.Emit(output);
                        Console.WriteLine($"round {round}: {name}: {clock.Elapsed.TotalMilliseconds:F0} ms ({emitted.Success})");
                    }
                }
            }

            var cities = CompilerSetup.Load(image).GetType("NkGen.Cities", throwOnError: true)!;
            var members = cities.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(City)).ToList();
            clock.Restart();
            var first = (City)members[members.Count / 2].GetValue(null)!;
            var firstAccess = clock.Elapsed;
            clock.Restart();
            var second = (City)members[members.Count / 3].GetValue(null)!;
            var secondAccess = clock.Elapsed;
            foreach (var at in new[] { members.Count / 4, members.Count / 4 + 1, members.Count / 5, members.Count - 1 })
            {
                clock.Restart();
                var other = (City)members[at].GetValue(null)!;
                Console.WriteLine($"member {at}: {clock.Elapsed.TotalMilliseconds:F2} ms ({other.Name})");
            }

            clock.Restart();
            var found = (bool)cities.GetMethod("TryGet")!.Invoke(null, new object?[] { first.Name, null })!;
            var firstTryGet = clock.Elapsed;
            clock.Restart();
            var all = ((EntityList<City>)cities.GetProperty("All")!.GetValue(null)!).Sum(c => c.Population ?? 0L);
            var allAccess = clock.Elapsed;
            Console.WriteLine($"first member {firstAccess.TotalMilliseconds:F2} ms ({first.Name}, {first.Population}); second {secondAccess.TotalMilliseconds:F2} ms ({second.Name}); "
                + $"first TryGet {firstTryGet.TotalMilliseconds:F2} ms ({found}); all {allAccess.TotalMilliseconds:F2} ms");
            return 0;
        }
    }
}
