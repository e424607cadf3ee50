using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>
    /// The compiler server of one side-by-side run. A user's <c>dotnet build</c> compiles in the warm compiler server
    /// (VBCSCompiler), where Roslyn and the generators are already loaded and JIT-compiled; a machine may turn it off
    /// (<c>UseSharedCompilation=false</c> in the environment), which would add a cold compiler to every build. So the
    /// apps' builds turn it on, under a pipe name of their own: the server serves only this run, and is stopped by its
    /// process id when the run ends (left alone, it would stop itself after some idle minutes).
    /// </summary>
    internal sealed class CompilerServer
    {
        public CompilerServer() => PipeName = "nkgen-side-by-side-" + Guid.NewGuid().ToString("N").Substring(0, 8);

        public string PipeName { get; }

        /// <summary>The MSBuild arguments that make a build compile in this server.</summary>
        public string[] BuildArguments => new[] { "-p:UseSharedCompilation=true", "-p:SharedCompilationId=" + PipeName };

        /// <summary>
        /// Stops the server processes started with this run's pipe name (found through /proc; elsewhere they idle out),
        /// and deletes the socket that a killed server leaves in the temporary folder.
        /// </summary>
        public void Stop()
        {
            if (!Directory.Exists("/proc")) return;
            try
            {
                Kill();
                File.Delete(Path.Combine(Path.GetTempPath(), PipeName));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private void Kill()
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
                string commandLine;
                try
                {
                    commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
                }
                catch (IOException)
                {
                    continue;
                }
                catch (UnauthorizedAccessException)
                {
                    continue;
                }

                if (!commandLine.Contains("VBCSCompiler", StringComparison.Ordinal) || !commandLine.Split(' ').Contains("-pipename:" + PipeName)) continue;
                try
                {
                    using var server = Process.GetProcessById(pid);
                    server.Kill();
                    server.WaitForExit(10_000);
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
    }
}
