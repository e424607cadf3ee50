using System.Linq;
using Microsoft.CodeAnalysis;

namespace NkGen.Generator.Options
{
    /// <summary>
    /// Finds generated classes this project already sees from a reference: a library built with
    /// <c>NkGenVisibility=public</c> exposes its <c>Cities</c>, and a project above it that also gets the package must not
    /// generate a second copy in the same namespace (CS0436), but use the library's, whose members carry the attributes
    /// NKG0001 keys on.
    /// </summary>
    internal static class ReferencedClasses
    {
        private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

        /// <summary>The name of the referenced assembly that exposes NkGen's generated <c>Cities</c> in <paramref name="ns"/>, or null.</summary>
        public static string? ProviderOf(Compilation compilation, string ns)
        {
            var cities = compilation.GetTypeByMetadataName(ns + ".Cities");
            if (cities is null || SymbolEqualityComparer.Default.Equals(cities.ContainingAssembly, compilation.Assembly)) return null;
            if (!compilation.IsSymbolAccessibleWithin(cities, compilation.Assembly)) return null;
            var generatedByNkGen = cities.GetAttributes().Any(a =>
                a.AttributeClass?.ToDisplayString() == GeneratedCodeAttribute
                && a.ConstructorArguments.Length > 0
                && a.ConstructorArguments[0].Value is "NkGen");
            return generatedByNkGen ? cities.ContainingAssembly.Name : null;
        }
    }
}
