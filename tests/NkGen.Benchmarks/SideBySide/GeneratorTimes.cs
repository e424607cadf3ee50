using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>
    /// Each generator assembly's execution time, as the compiler reports it when built with <c>-p:ReportAnalyzer=true</c>
    /// (the report is logged at detailed verbosity):
    /// <code>
    /// Total generator execution time: 1.156 seconds.
    ///
    /// Time (s)    %   Generator
    ///    0.332   28   Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp, Version=5.0.0.0, Culture=neutral, ...
    ///    0.332   28      Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.CSharpResxGenerator
    /// </code>
    /// Only the assembly lines (those naming a Version) are read; a time printed as <c>&lt;0.001</c> is read as 0.001 s.
    /// </summary>
    internal sealed class GeneratorTimes
    {
        public const string NkGenAssembly = "NkGen.Generator";
        public const string PeerAssembly = "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp";

        private const string Heading = "Total generator execution time";

        private static readonly Regex AssemblyLine = new(
            @"^\s*<?(?<seconds>[0-9]+(\.[0-9]+)?)\s+<?[0-9]+\s+(?<assembly>[^\s,]+), Version=",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        private readonly Dictionary<string, double> _milliseconds;

        private GeneratorTimes(Dictionary<string, double> milliseconds) => _milliseconds = milliseconds;

        /// <summary>The times of the first generator report in a build log; none when the log has no report.</summary>
        public static GeneratorTimes Read(string log)
        {
            var times = new Dictionary<string, double>(StringComparer.Ordinal);
            var at = log.IndexOf(Heading, StringComparison.Ordinal);
            if (at < 0) return new GeneratorTimes(times);

            var lines = log.Substring(at).Split('\n');
            // The table ends at the first line after its heading row that is neither blank nor a row.
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith("Time (s)", StringComparison.Ordinal)) continue;
                if (!char.IsDigit(line[0]) && line[0] != '<') break;
                var match = AssemblyLine.Match(line);
                if (match.Success) times[match.Groups["assembly"].Value] = double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture) * 1000;
            }

            return new GeneratorTimes(times);
        }

        /// <summary>The generator assemblies the report names.</summary>
        public IReadOnlyCollection<string> Names => _milliseconds.Keys;

        /// <summary>The assembly's generators' time in milliseconds, or null when the report does not name it.</summary>
        public double? Milliseconds(string assembly) => _milliseconds.TryGetValue(assembly, out var ms) ? ms : null;
    }
}
