using System;
using System.IO;

namespace NkGen.Package.Tests.Support
{
    /// <summary>The repository these tests belong to, found by walking up to NkGen.sln.</summary>
    public static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        public static string Solution => Path.Combine(Root, "NkGen.sln");

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "NkGen.sln"))) return directory.FullName;
            }

            throw new InvalidOperationException("NkGen.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}
