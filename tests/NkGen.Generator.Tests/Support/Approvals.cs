using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace NkGen.Generator.Tests.Support
{
    /// <summary>
    /// Compares text with an approved file kept beside the test (<c>Name.verified.cs</c>). Set
    /// <c>NKGEN_ACCEPT=1</c> to (re)write the approved files instead, then review them in the diff.
    /// </summary>
    internal static class Approvals
    {
        public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
        {
            var path = Path.Combine(Path.GetDirectoryName(testFile)!, "Approved", name + ".verified.cs");
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
