using System;
using System.Linq;
using NkGen.Package.Tests.Support;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>A step of the side-by-side run that failed (packing, restoring, building or running an app); its message carries the errors.</summary>
    internal sealed class SideBySideFailure : Exception
    {
        public SideBySideFailure(string what, string output)
            : base(what + ":" + Environment.NewLine + output)
        {
        }

        /// <summary>A failed command, shown by its error lines, or by its last lines when it printed none (e.g. a time-out).</summary>
        public static SideBySideFailure Of(string what, CommandResult result)
        {
            var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
            var errors = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(40).ToList();
            var shown = errors.Count > 0 ? errors : lines.Skip(Math.Max(0, lines.Count - 40)).ToList();
            return new SideBySideFailure(what, $"> {result.CommandLine}{Environment.NewLine}exit code {result.ExitCode}{Environment.NewLine}{string.Join(Environment.NewLine, shown)}");
        }
    }
}
