using System;
using System.IO;
using System.Linq;
using System.Text;
using NkGen.Generator.Common;
using NkGen.Generator.Model;

namespace NkGen.Generator.DefaultData
{
    /// <summary>
    /// The package's own tables: the seed documents embedded in this assembly (prose blanked, line numbers kept).
    /// They never change while the compiler runs, so they are read once per process.
    /// </summary>
    internal static class DefaultReadings
    {
        /// <summary>The folder part of the embedded files' paths, as diagnostics and sources show them.</summary>
        public const string PathPrefix = "NkGen.DefaultData/";

        private const string ResourcePrefix = "NkGen.DefaultData.";
        private static readonly Lazy<EquatableArray<PrioritizedReading>> Readings = new(Load);

        public static EquatableArray<PrioritizedReading> All => Readings.Value;

        public static bool IsDefaultFile(string path) => path.StartsWith(PathPrefix, StringComparison.Ordinal);

        private static EquatableArray<PrioritizedReading> Load()
        {
            var assembly = typeof(DefaultReadings).Assembly;
            return assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name =>
                {
                    using var stream = assembly.GetManifestResourceStream(name)!;
                    using var reader = new StreamReader(stream, Encoding.UTF8);
                    return DataFileReader.Read(PathPrefix + name.Substring(ResourcePrefix.Length), reader.ReadToEnd(), priority: 0);
                })
                .ToEquatableArray();
        }
    }
}
