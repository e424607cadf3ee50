using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NkGen.CodeFixes;
using NkGen.Generator.Analyzers;

namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>An analyzer and code fix test of NKG0001 against the stand-in of the generated classes.</summary>
    internal sealed class Nkg0001Test : CSharpCodeFixTest<DefunctSpecialCityAnalyzer, DefunctSpecialCityCodeFix, DefaultVerifier>
    {
        public const string FileName = StandInArrangement.FileName;

        public Nkg0001Test()
        {
            // An empty target framework plus reference assemblies from a package: nothing to download.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(TestReferences.Net);
        }

        /// <summary>A test of <paramref name="source"/> with the runtime and the stand-in; <paramref name="fixedSource"/> when a fix is applied.</summary>
        public static Nkg0001Test For(string source, string? fixedSource = null, params DiagnosticResult[] expected) =>
            For(MemberShape.Field, source, fixedSource, expected);

        /// <summary>The same, with the stand-in's members in <paramref name="shape"/>.</summary>
        public static Nkg0001Test For(MemberShape shape, string source, string? fixedSource = null, params DiagnosticResult[] expected) =>
            StandInArrangement.Arrange(new Nkg0001Test(), shape, source, fixedSource, expected);

        /// <summary>Checks the diagnostics in <paramref name="source"/>'s markup, and that no fix is offered or applied.</summary>
        public static Task Diagnostics(string source, params DiagnosticResult[] expected) =>
            For(source, null, expected).RunAsync(CancellationToken.None);

        /// <summary>The same, with the stand-in's members in <paramref name="shape"/>.</summary>
        public static Task Diagnostics(MemberShape shape, string source, params DiagnosticResult[] expected) =>
            For(shape, source, null, expected).RunAsync(CancellationToken.None);

        /// <summary>Applies the code action with <paramref name="equivalenceKey"/> and compares with <paramref name="fixedSource"/>.</summary>
        public static Task Fix(string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected) =>
            Fix(MemberShape.Field, source, fixedSource, equivalenceKey, expected);

        /// <summary>The same, with the stand-in's members in <paramref name="shape"/>.</summary>
        public static Task Fix(MemberShape shape, string source, string fixedSource, string equivalenceKey, params DiagnosticResult[] expected)
        {
            var test = For(shape, source, fixedSource, expected);
            test.CodeActionEquivalenceKey = equivalenceKey;
            test.CodeActionValidationMode = CodeActionValidationMode.SemanticStructure;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// A diagnostic at markup location <c>{|#index:…|}</c>, with its exact message. The additional location of a status
        /// comparison (its <c>.Status</c> access) is checked by its own test, not here.
        /// </summary>
        public static DiagnosticResult At(int index, string message) => At(index).WithMessage(message);

        /// <summary>A diagnostic at markup location <c>{|#index:…|}</c>.</summary>
        public static DiagnosticResult At(int index) =>
            new DiagnosticResult("NKG0001", DiagnosticSeverity.Warning).WithLocation(index).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
    }
}
