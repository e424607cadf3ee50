using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using NkGen.Package.Tests.Support;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>
    /// Issue 14's side-by-side run: real <c>dotnet build</c>s of fresh console apps, one with NkGen and N rows of city
    /// lists, one with Microsoft.CodeAnalysis.ResxSourceGenerator and an N-entry .resx of the same cities, and a plain one.
    /// NkGen is packed from this checkout into a temporary feed first, so the run measures what the package does today.
    /// </summary>
    internal static class SideBySideRun
    {
        private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

        /// <summary>
        /// <c>-- --side-by-side [--rows 1000,10000] [--with-100k] [--repeat N]</c>: runs only this part and prints its
        /// table and goals (docs/benchmarks.md is left alone); exit code 1 when the run failed.
        /// </summary>
        public static int Standalone(string[] args)
        {
            var result = Run(SideBySidePlan.From(args, args.Contains("--smoke")));
            Console.WriteLine();
            Console.WriteLine(SideBySideTable.Markdown(result));
            Console.WriteLine(SideBySideTable.GoalsMarkdown(result));
            return result.Error is null ? 0 : 1;
        }

        /// <summary>Runs the plan; a consumer that does not build or run stops the run with its errors in <see cref="SideBySideResult.Error"/>.</summary>
        public static SideBySideResult Run(SideBySidePlan plan)
        {
            var clock = Stopwatch.StartNew();
            var sizes = new List<SideBySideSize>();
            Log($"packing NkGen from {RepoPaths.Root}");
            var feed = LocalFeed.Pack("nkgen-side-by-side-", Path.Combine(RepoPaths.Root, "src", "NkGen.Runtime", "NkGen.Runtime.csproj"), PackTimeout);
            Log($"packed into {feed.Root} after {clock.Elapsed.TotalSeconds:0} s");
            var server = new CompilerServer();
            try
            {
                if (!feed.Packed) throw SideBySideFailure.Of("NkGen could not be packed", feed.PackResult);

                // The apps must not pick up MSBuild files from folders above the temporary folder.
                File.WriteAllText(Path.Combine(feed.Root, "Directory.Build.props"), "<Project />");
                File.WriteAllText(Path.Combine(feed.Root, "Directory.Build.targets"), "<Project />");

                var plain = Prepare(new ConsumerApp(feed, server, AppKind.Plain, 0), plan, out var plainFirst);
                foreach (var rows in plan.Rows) sizes.Add(Measure(feed, server, plain, plainFirst, rows, plan));

                return new SideBySideResult(sizes, plan, clock.Elapsed, null);
            }
            catch (Exception e)
            {
                // Reported, not thrown: in an --all run the suites' results must still reach the report.
                var message = e is SideBySideFailure ? e.Message : e.ToString();
                Console.Error.WriteLine("side-by-side: FAILED: " + message);
                return new SideBySideResult(sizes, plan, clock.Elapsed, message);
            }
            finally
            {
                server.Stop();
                feed.Delete();
            }
        }

        /// <summary>
        /// One size: each app's first build and one rebuild (untimed, the warm-up), then rounds of rebuilds (plain, NkGen,
        /// peer, the order turning by one each round),
        /// then rebuilds with the compiler's generator report, then runs of each program. In smoke mode each app's first
        /// build is its only one, timed and reported.
        /// </summary>
        private static SideBySideSize Measure(LocalFeed feed, CompilerServer server, ConsumerApp plain, BuildRun plainFirst, int rows, SideBySidePlan plan)
        {
            var nkgen = Prepare(new ConsumerApp(feed, server, AppKind.NkGen, rows), plan, out var nkgenFirst);
            var peer = Prepare(new ConsumerApp(feed, server, AppKind.Peer, rows), plan, out var peerFirst);

            var builds = new Dictionary<AppKind, List<BuildRun>> { [AppKind.Plain] = new(), [AppKind.NkGen] = new(), [AppKind.Peer] = new() };
            var reported = new Dictionary<AppKind, List<BuildRun>> { [AppKind.NkGen] = new(), [AppKind.Peer] = new() };
            if (plan.Smoke)
            {
                builds[AppKind.NkGen].Add(nkgenFirst);
                builds[AppKind.Peer].Add(peerFirst);
                builds[AppKind.Plain].Add(plainFirst);
                reported[AppKind.NkGen].Add(nkgenFirst);
                reported[AppKind.Peer].Add(peerFirst);
            }
            else
            {
                var heavy = nkgenFirst.Milliseconds > SideBySidePlan.HeavyBuild.TotalMilliseconds || peerFirst.Milliseconds > SideBySidePlan.HeavyBuild.TotalMilliseconds;
                var repeats = heavy ? 1 : plan.Repeats;
                var apps = new[] { plain, nkgen, peer };
                // One untimed round first: a user's edit-build loop runs in a compiler server that has already compiled
                // each project more than once, so the first rebuild's JIT warm-up (the server's, not the app's) is left out.
                foreach (var app in apps)
                {
                    var warm = app.Build(reportGenerators: false);
                    Log($"{rows:N0} rows, warm-up rebuild (untimed), {app.Name}: {warm.Milliseconds / 1000:0.00} s");
                }

                for (var round = 1; round <= repeats; round++)
                {
                    // The order turns each round, so that no app always builds right after another (the one after
                    // finds the server's code paths for a large class freshly compiled).
                    for (var turn = 0; turn < apps.Length; turn++)
                    {
                        var app = apps[(round - 1 + turn) % apps.Length];
                        var build = app.Build(reportGenerators: false);
                        builds[app.Kind].Add(build);
                        Log($"{rows:N0} rows, rebuild {round}/{repeats}, {app.Name}: {build.Milliseconds / 1000:0.00} s");
                    }
                }

                for (var round = 1; round <= repeats; round++)
                {
                    reported[AppKind.NkGen].Add(nkgen.Build(reportGenerators: true));
                    reported[AppKind.Peer].Add(peer.Build(reportGenerators: true));
                }
            }

            var nkgenRuns = new List<AccessRun>();
            var peerRuns = new List<AccessRun>();
            string? peerFailure = null;
            for (var run = 1; run <= plan.Repeats; run++)
            {
                nkgenRuns.Add(nkgen.Run());
                if (peerFailure is not null) continue;
                try
                {
                    peerRuns.Add(peer.Run());
                }
                catch (SideBySideFailure failure) when (!plan.Smoke && failure.Message.Contains("TypeLoadException", StringComparison.Ordinal))
                {
                    // At 100,000 entries the peer's class has more methods than a .NET type may (NkGen caps its members
                    // at 65,000, NKG2013): the run goes on and the table says the peer's program does not load.
                    peerFailure = failure.Message.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("TypeLoadException", StringComparison.Ordinal));
                    Log($"{rows:N0} rows: the {peer.Name} does not run: {peerFailure}");
                }
            }

            Log($"{rows:N0} rows: NkGen first access {string.Join(", ", nkgenRuns.Select(r => r.FirstMilliseconds.ToString("0.0") + " ms"))}; peer {string.Join(", ", peerRuns.Select(r => r.FirstMilliseconds.ToString("0.0") + " ms"))}");
            var size = new SideBySideSize(
                rows,
                Spread.Of(builds[AppKind.Plain].Select(b => b.Milliseconds)),
                Spread.Of(builds[AppKind.NkGen].Select(b => b.Milliseconds)),
                Spread.Of(builds[AppKind.Peer].Select(b => b.Milliseconds)),
                Spread.Of(Differences(builds[AppKind.NkGen], builds[AppKind.Plain])),
                Spread.Of(Differences(builds[AppKind.Peer], builds[AppKind.Plain])),
                Spread.Of(nkgenRuns.Select(r => r.FirstMilliseconds)),
                Spread.Of(nkgenRuns.Select(r => r.SecondMilliseconds)),
                Spread.Of(peerRuns.Select(r => r.FirstMilliseconds)),
                Spread.Of(peerRuns.Select(r => r.SecondMilliseconds)),
                Spread.Of(GeneratorMilliseconds(reported[AppKind.NkGen], GeneratorTimes.NkGenAssembly, nkgen)),
                Spread.Of(GeneratorMilliseconds(reported[AppKind.Peer], GeneratorTimes.PeerAssembly, peer)))
            {
                PeerRunFailure = peerFailure,
            };

            // The data of 100,000 rows fills tens of megabytes; each size's apps go once measured.
            TryDelete(nkgen.Directory);
            TryDelete(peer.Directory);
            return size;
        }

        /// <summary>Writes and restores an app and builds it once (the warm-up, untimed except in smoke mode).</summary>
        private static ConsumerApp Prepare(ConsumerApp app, SideBySidePlan plan, out BuildRun first)
        {
            Log($"writing and restoring the {app.Name}");
            app.Write();
            var restore = app.Restore();
            if (!restore.Succeeded) throw SideBySideFailure.Of($"The {app.Name} did not restore", restore);
            first = app.Build(reportGenerators: plan.Smoke && app.Kind != AppKind.Plain);
            Log($"first build of the {app.Name}: {first.Milliseconds / 1000:0.00} s");
            return app;
        }

        private static IEnumerable<double> Differences(IReadOnlyList<BuildRun> app, IReadOnlyList<BuildRun> plain) =>
            app.Zip(plain, (a, p) => a.Milliseconds - p.Milliseconds);

        /// <summary>The generator's time from each reported build of the app; a report that does not name it is a failure.</summary>
        private static IEnumerable<double> GeneratorMilliseconds(IEnumerable<BuildRun> builds, string assembly, ConsumerApp app)
        {
            var times = new List<double>();
            foreach (var build in builds)
            {
                var ms = build.Generators?.Milliseconds(assembly) ?? throw new SideBySideFailure(
                    $"The compiler's generator report for the {app.Name} names no {assembly}",
                    "generators reported: " + (build.Generators is { Names.Count: > 0 } report ? string.Join(", ", report.Names) : "none"));
                times.Add(ms);
            }

            return times;
        }

        private static void TryDelete(string directory)
        {
            if (LocalFeed.Keep) return;
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        private static void Log(string message) => Console.WriteLine("side-by-side: " + message);
    }
}
