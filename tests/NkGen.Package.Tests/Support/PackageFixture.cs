using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NkGen.Package.Tests.Support
{
    /// <summary>
    /// Packs the solution once into a <see cref="LocalFeed"/>, and makes consumer projects beside it that restore NkGen
    /// from that folder (the net8.0 consumer still gets its targeting pack from the registry) into a private packages
    /// folder.
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public const string Version = LocalFeed.Version;
        public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);

        private readonly LocalFeed _feed;

        public PackageFixture()
        {
            _feed = LocalFeed.Pack("nkgen-package-tests-", RepoPaths.Solution, PackTimeout);
        }

        public string TempRoot => _feed.Root;

        public string PackagesFolder => _feed.PackagesFolder;

        public string RestorePackagesPath => _feed.RestorePackagesPath;

        public CommandResult PackResult => _feed.PackResult;

        public string PackagePath => _feed.PackagePath;

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

        public void Dispose() => _feed.Delete();
    }

    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "Packed NkGen";
    }
}
