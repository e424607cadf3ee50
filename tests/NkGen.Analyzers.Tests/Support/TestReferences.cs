using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>The references every test compilation gets: .NET 10 from a package (nothing is downloaded), and NkGen.Runtime.</summary>
    internal static class TestReferences
    {
        public static IReadOnlyList<MetadataReference> Net { get; } =
            Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToList();

        public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(NkGen.City).Assembly.Location);
    }
}
