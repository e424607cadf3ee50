using System;
using System.IO;
using Xunit;

namespace NkGen.Generator.Tests.Support
{
    /// <summary>
    /// Compares text with an approved file kept beside the test (<c>Name.verified.cs</c>). Set
    /// <c>NKGEN_ACCEPT=1</c> to (re)write the approved files instead, then review them in the diff.
    /// </summary>
    internal static class Approvals
    {
        /// <param name="folder">The test's folder under the test project, e.g. "Emit"; found from the repository root,
        /// because a CI build (ContinuousIntegrationBuild) maps compiled source paths to "/_/".</param>
        public static void Verify(string actual, string name, string folder)
        {
            var path = Path.Combine(RepoPaths.Root, "tests", "NkGen.Generator.Tests", folder, "Approved", name + ".verified.cs");
            actual = actual.Replace("\r\n", "\n");
            if (Environment.GetEnvironmentVariable("NKGEN_ACCEPT") == "1")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, actual);
                return;
            }

            Assert.True(File.Exists(path), $"No approved file {path}. Run the tests with NKGEN_ACCEPT=1 to create it, then review it.");
            var approved = File.ReadAllText(path).Replace("\r\n", "\n");
            if (approved != actual)
            {
                File.WriteAllText(Path.ChangeExtension(path, null).Replace(".verified", ".received") + ".cs", actual);
                Assert.Equal(approved, actual);
            }
        }
    }
}
