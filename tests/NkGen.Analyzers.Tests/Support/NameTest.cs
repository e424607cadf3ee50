using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NkGen.Generator.Analyzers;

namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>An analyzer and code fix test of NKG0002/NKG0003 against the stand-in of the generated classes.</summary>
    /// <typeparam name="TCodeFix">The code fix under test: NKG0002's or NKG0003's.</typeparam>
    internal sealed class NameTest<TCodeFix> : CSharpCodeFixTest<ConstantNameAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public const string FileName = StandInArrangement.FileName;

        public NameTest()
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            TestState.AdditionalReferences.AddRange(TestReferences.Net);
            // A fixed name resolves, which NKG0002 (Info) then reports: NKG0003's tests look at NKG0003 alone.
            if (typeof(TCodeFix) == typeof(NkGen.CodeFixes.UnknownNameCodeFix)) DisabledDiagnostics.Add("NKG0002");
        }

        /// <summary><c>[|…|]</c> markup stands for the diagnostic the code fix under test fixes.</summary>
        protected override DiagnosticDescriptor? GetDefaultDiagnostic(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] analyzers)
        {
            var id = new TCodeFix().FixableDiagnosticIds[0];
            foreach (var descriptor in analyzers[0].SupportedDiagnostics)
            {
                if (descriptor.Id == id) return descriptor;
            }

            return null;
        }

        /// <summary>A test of <paramref name="source"/> with the runtime and the stand-in; <paramref name="fixedSource"/> when a fix is applied.</summary>
        public static NameTest<TCodeFix> For(string source, string? fixedSource = null, params DiagnosticResult[] expected) =>
            For(MemberShape.Field, source, fixedSource, expected);

        /// <summary>The same, with the stand-in's members in <paramref name="shape"/>.</summary>
        public static NameTest<TCodeFix> For(MemberShape shape, string source, string? fixedSource = null, params DiagnosticResult[] expected) =>
            StandInArrangement.Arrange(new NameTest<TCodeFix>(), shape, source, fixedSource, expected);

        /// <summary>Checks the diagnostics in <paramref name="source"/>'s markup, and that no fix is offered.</summary>
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
            return test.RunAsync(CancellationToken.None);
        }
    }

    /// <summary>Expected NKG0002 and NKG0003 diagnostics at markup locations.</summary>
    internal static class Names
    {
        public static DiagnosticResult Resolved(int index) =>
            new DiagnosticResult("NKG0002", DiagnosticSeverity.Info).WithLocation(index).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        public static DiagnosticResult Resolved(int index, string message) => Resolved(index).WithMessage(message);

        public static DiagnosticResult Unknown(int index) => new DiagnosticResult("NKG0003", DiagnosticSeverity.Warning).WithLocation(index);

        public static DiagnosticResult Unknown(int index, string message) => Unknown(index).WithMessage(message);
    }
}
