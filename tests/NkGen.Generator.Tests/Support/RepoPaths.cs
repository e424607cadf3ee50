using System;
using System.IO;

namespace NkGen.Generator.Tests.Support
{
    /// <summary>Finds the repository and the test fixtures from the test's output folder; nothing outside the repository.</summary>
    internal static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        /// <summary>Copies of the original seed documents, prose and all (the package's own tables blank the prose).</summary>
        public static string SeedsDirectory => Path.Combine(Root, "tests", "Fixtures", "Seeds");

        /// <summary>Test fixtures kept in the repository, shared by every test project.</summary>
        public static string Fixture(params string[] parts) => Path.Combine(Root, "tests", "Fixtures", Path.Combine(parts));

        public static string Seed(string prefix)
        {
            foreach (var file in Directory.GetFiles(SeedsDirectory))
            {
                if (Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal)) return file;
            }

            throw new FileNotFoundException($"No seed starting with {prefix} in {SeedsDirectory}");
        }

        public static string DefaultData(string prefix)
        {
            var dir = Path.Combine(Root, "src", "NkGen.Generator", "DefaultData");
            foreach (var file in Directory.GetFiles(dir))
            {
                if (Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal)) return file;
            }

            throw new FileNotFoundException($"No default data file starting with {prefix} in {dir}");
        }

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NkGen.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("NkGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
