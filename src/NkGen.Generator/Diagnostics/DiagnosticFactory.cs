using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NkGen.Generator.DefaultData;

namespace NkGen.Generator.Diagnostics
{
    /// <summary>Turns pipeline problems into compiler diagnostics located in the data file (file(line,col)).</summary>
    internal static class DiagnosticFactory
    {
        public static Diagnostic Create(DataProblem problem)
        {
            var descriptor = DiagnosticDescriptors.For(problem.Kind);
            var span = problem.Span;
            var location = span.File.Length == 0
                ? Location.None
                : Location.Create(
                    span.File,
                    new TextSpan(span.Start, span.Length),
                    new LinePositionSpan(
                        new LinePosition(span.Line - 1, span.Column - 1),
                        new LinePosition(span.Line - 1, span.Column - 1 + span.Length)));

            // The package's own tables are not the user's to fix: their problems are never more than Info.
            var severity = descriptor.DefaultSeverity;
            if (DefaultReadings.IsDefaultFile(span.File) && severity > DiagnosticSeverity.Info) severity = DiagnosticSeverity.Info;
            return Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, problem.Message);
        }
    }
}
