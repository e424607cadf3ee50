using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NkGen.Generator.Tests.Support;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>The three seed documents (the repository's fixture copies) the fuzzers start from, read once.</summary>
    internal static class SeedDocuments
    {
        public static IReadOnlyList<(string Path, string Text)> All { get; } =
            Directory.GetFiles(RepoPaths.SeedsDirectory, "*.txt")
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => ("/data/" + Path.GetFileName(f), File.ReadAllText(f)))
                .ToList();
    }
}
