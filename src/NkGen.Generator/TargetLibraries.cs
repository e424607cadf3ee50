using System.Linq;
using Microsoft.CodeAnalysis;

namespace NkGen.Generator
{
    /// <summary>
    /// What the project's libraries offer the generated code, as two flags (so the step is equal when they are): the
    /// NotNullWhen attribute (absent on netstandard2.0 without a polyfill) and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>,
    /// which lets rows be UTF-8 literals (kept beside the IL, outside the 16 MB heap of string literals).
    /// </summary>
    internal readonly record struct TargetLibraries(bool HasNotNullWhen, bool HasUtf8Decoding)
    {
        public static TargetLibraries Of(Compilation compilation)
        {
            var notNullWhen = compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is { } attribute
                && compilation.IsSymbolAccessibleWithin(attribute, compilation.Assembly);
            var utf8 = compilation.GetTypeByMetadataName("System.Text.Encoding") is { } encoding
                && encoding.GetMembers("GetString").OfType<IMethodSymbol>().Any(m => m.DeclaredAccessibility == Accessibility.Public
                    && m.Parameters.Length == 1
                    && m.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
                    && span.TypeArguments[0].SpecialType == SpecialType.System_Byte);
            return new TargetLibraries(notNullWhen, utf8);
        }
    }
}
