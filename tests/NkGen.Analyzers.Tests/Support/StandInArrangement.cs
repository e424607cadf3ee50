using Microsoft.CodeAnalysis.Testing;

namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>How every analyzer test is set up: the source under test beside the stand-in of the generated classes.</summary>
    internal static class StandInArrangement
    {
        public const string FileName = "/0/Test0.cs";

        /// <summary>
        /// Adds the runtime, <paramref name="source"/> and the stand-in in <paramref name="shape"/> to <paramref name="test"/>;
        /// <paramref name="fixedSource"/> with the same stand-in when a fix is applied; and the expected diagnostics.
        /// </summary>
        public static TTest Arrange<TTest>(TTest test, MemberShape shape, string source, string? fixedSource, DiagnosticResult[] expected)
            where TTest : CodeFixTest<DefaultVerifier>
        {
            var standIn = StandIn.Of(shape);
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.Sources.Add((FileName, source));
            test.TestState.Sources.Add((StandIn.FileName, standIn));
            if (fixedSource is not null)
            {
                test.FixedState.Sources.Add((FileName, fixedSource));
                test.FixedState.Sources.Add((StandIn.FileName, standIn));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            return test;
        }
    }
}
