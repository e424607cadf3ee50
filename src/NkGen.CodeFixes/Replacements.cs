using System.Linq;
using Microsoft.CodeAnalysis;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// Reads the diagnostic's <c>Replacement</c> property (e.g. <c>Cities.Chongjin</c>), which is relative to the namespace
    /// of the generated classes, and finds what it names.
    /// </summary>
    internal static class Replacements
    {
        /// <summary>The class part of a replacement: <c>Cities</c> for <c>Cities.Chongjin</c>.</summary>
        public static string TypeOf(string replacement) =>
            replacement.LastIndexOf('.') is var dot and > 0 ? replacement.Substring(0, dot) : replacement;

        /// <summary>The member part of a replacement: <c>Chongjin</c> for <c>Cities.Chongjin</c>.</summary>
        public static string MemberOf(string replacement) =>
            replacement.LastIndexOf('.') is var dot and > 0 ? replacement.Substring(dot + 1) : replacement;

        /// <summary>The symbol <paramref name="relativeName"/> names inside <paramref name="ns"/>, or <see langword="null"/>.</summary>
        public static ISymbol? Resolve(INamespaceSymbol ns, string relativeName)
        {
            var parts = relativeName.Split('.');
            INamespaceOrTypeSymbol current = ns;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (current.GetMembers(parts[i]).OfType<INamespaceOrTypeSymbol>().FirstOrDefault() is not { } next) return null;
                current = next;
            }

            return current.GetMembers(parts[parts.Length - 1]).FirstOrDefault();
        }

        /// <summary>The fully qualified C# name, e.g. <c>global::NkGen.Cities.Chongjin</c>.</summary>
        public static string FullName(INamespaceSymbol ns, string relativeName) =>
            ns.IsGlobalNamespace ? "global::" + relativeName : "global::" + ns.ToDisplayString() + "." + relativeName;
    }
}
