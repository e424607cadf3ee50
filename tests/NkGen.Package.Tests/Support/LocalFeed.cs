using System;
using System.IO;

namespace NkGen.Package.Tests.Support
{
    /// <summary>
    /// A temporary folder holding the freshly packed NkGen package, a nuget.config that adds that folder to the
    /// machine's sources (it does not clear them: consumers still restore other packages and targeting packs from the
    /// registry), and a private packages folder for consumers to restore into, so that a package packed earlier under
    /// the same version can never be picked up. Shared by the package tests and the benchmarks' side-by-side run
    /// (linked into tests/NkGen.Benchmarks), so it uses no test framework.
    /// </summary>
    public sealed class LocalFeed
    {
        public const string Version = "0.1.0";

        private LocalFeed(string root, CommandResult packResult)
        {
            Root = root;
            PackResult = packResult;
        }

        /// <summary>The temporary folder; consumer projects made under it see its nuget.config.</summary>
        public string Root { get; }

        public string PackagesFolder => Path.Combine(Root, "packages");

        /// <summary>Where consumers restore to (their <c>RestorePackagesPath</c>).</summary>
        public string RestorePackagesPath => Path.Combine(Root, "nuget-packages");

        public CommandResult PackResult { get; }

        public string PackagePath => Path.Combine(PackagesFolder, $"NkGen.{Version}.nupkg");

        /// <summary>Whether packing succeeded and produced the package.</summary>
        public bool Packed => PackResult.Succeeded && File.Exists(PackagePath);

        /// <summary>
        /// Packs <paramref name="projectOrSolution"/> (Release) into a new folder named <paramref name="prefix"/> plus a
        /// random suffix under the system's temporary folder; check <see cref="Packed"/> before use.
        /// </summary>
        public static LocalFeed Pack(string prefix, string projectOrSolution, TimeSpan timeout)
        {
            var root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N").Substring(0, 8));
            var packages = Path.Combine(root, "packages");
            Directory.CreateDirectory(packages);

            var packResult = DotNet.Run(Path.GetDirectoryName(projectOrSolution)!, timeout, null,
                "pack", projectOrSolution, "-c", "Release", "-o", packages, "-nodeReuse:false");

            File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="nkgen-under-test" value="{packages}" />
                  </packageSources>
                </configuration>
                """);
            return new LocalFeed(root, packResult);
        }

        /// <summary>Whether <c>NKGEN_KEEP_PACKAGE_TESTS</c> asks to keep the folder, to look at the consumers afterwards.</summary>
        public static bool Keep => Environment.GetEnvironmentVariable("NKGEN_KEEP_PACKAGE_TESTS") is { Length: > 0 };

        /// <summary>Deletes the folder unless <see cref="Keep"/>.</summary>
        public void Delete()
        {
            if (Keep) return;
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
