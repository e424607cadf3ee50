using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NkGen.Package.Tests.Support
{
    /// <summary>
    /// Packs the solution once into a temporary folder, and makes consumer projects beside it that restore NkGen from
    /// that folder. The folder's nuget.config adds the package folder to the machine's sources (it does not clear them:
    /// the net8.0 consumer needs its targeting pack from the registry), and every consumer restores into a private
    /// packages folder, so a package packed earlier under the same version can never be picked up.
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public const string Version = "0.1.0";
        public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);

        public PackageFixture()
        {
            TempRoot = Path.Combine(Path.GetTempPath(), "nkgen-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            PackagesFolder = Path.Combine(TempRoot, "packages");
            RestorePackagesPath = Path.Combine(TempRoot, "nuget-packages");
            Directory.CreateDirectory(PackagesFolder);

            PackResult = DotNet.Run(RepoPaths.Root, PackTimeout, null,
                "pack", RepoPaths.Solution, "-c", "Release", "-o", PackagesFolder, "-nodeReuse:false");

            File.WriteAllText(Path.Combine(TempRoot, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="nkgen-under-test" value="{PackagesFolder}" />
                  </packageSources>
                </configuration>
                """);
        }

        public string TempRoot { get; }

        public string PackagesFolder { get; }

        public string RestorePackagesPath { get; }

        public CommandResult PackResult { get; }

        public string PackagePath => Path.Combine(PackagesFolder, $"NkGen.{Version}.nupkg");

        /// <summary>Fails the calling test with the pack output when packing failed.</summary>
        public void EnsurePacked()
        {
            Assert.True(PackResult.Succeeded, PackResult.ToString());
            Assert.True(File.Exists(PackagePath), $"{PackagePath} was not produced.{Environment.NewLine}{PackResult}");
        }

        /// <summary>A new, empty consumer folder under the temporary root.</summary>
        public Consumer NewConsumer(string name)
        {
            EnsurePacked();
            return new Consumer(this, Path.Combine(TempRoot, "consumers", name));
        }

        public string[] PackedFiles() => Directory.GetFiles(PackagesFolder).Select(Path.GetFileName).ToArray()!;

        public void Dispose()
        {
            if (Environment.GetEnvironmentVariable("NKGEN_KEEP_PACKAGE_TESTS") is { Length: > 0 }) return;
            try { Directory.Delete(TempRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "Packed NkGen";
    }
}
