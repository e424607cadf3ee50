using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// NKG0001: code relies on a special-city status that no longer exists. Chongjin (special city 1960–1967 and
    /// 1977–1985) and Hamhung (1960–1967) were re-merged into North and South Hamgyong; the generated members that
    /// remember them carry [DefunctSpecialCity] (SpecialCities.Chongjin) and [FormerSpecialCity] (Cities.Chongjin).
    /// Reported at a use of a [DefunctSpecialCity] member, at a question whether a [FormerSpecialCity] city's Status
    /// is SpecialCity today, and at a lookup of a defunct special city by a constant name.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DefunctSpecialCityAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.DefunctSpecialCity);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is not analyzed (no Analyze flag), and every diagnostic is reported at the operation being
            // analyzed, so none can fall in generated code. Allowing them there spares the driver its check of each
            // reported diagnostic, which reads every token of the file for a GeneratedCode attribute the first time.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static start =>
            {
                // Without NkGen.Runtime nothing can be marked, so nothing is registered.
                var catalog = NameCatalog.For(start.Compilation);
                if (catalog.Marks is not { } symbols) return;

                start.RegisterOperationAction(c => AnalyzeReference(c, symbols), OperationKind.FieldReference, OperationKind.PropertyReference);
                start.RegisterOperationAction(c => AnalyzeInvocation(c, symbols, catalog), OperationKind.Invocation);
                if (!symbols.CanCheckComparisons) return;

                start.RegisterOperationAction(
                    c => Report(c, StatusQuestion.FromBinary((IBinaryOperation)c.Operation, symbols)),
                    OperationKind.Binary);
                start.RegisterOperationAction(
                    c => Report(c, StatusQuestion.FromPattern((IConstantPatternOperation)c.Operation, symbols)),
                    OperationKind.ConstantPattern);
                start.RegisterOperationAction(
                    c => Report(c, c.Operation is ISingleValueCaseClauseOperation clause ? StatusQuestion.FromCaseClause(clause, symbols) : null),
                    OperationKind.CaseClause);
            });
        }

        private static void AnalyzeReference(OperationAnalysisContext context, SpecialCitySymbols symbols)
        {
            ISymbol? member = context.Operation switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (member is null || symbols.Defunct(member) is not { } history) return;

            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DefunctSpecialCity,
                context.Operation.Syntax.GetLocation(),
                history.Properties(DefunctSpecialCityProperties.Reference),
                history.MessageArguments("use " + history.Replacement)));
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SpecialCitySymbols symbols, NameCatalog catalog)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (symbols.CanCheckComparisons && StatusQuestion.FromEquals(invocation, symbols) is { } question)
            {
                Report(context, question);
                return;
            }

            // A constant name, in any spelling TryGet accepts for the city today (Chongjin, 청진시, 淸津市), that the
            // class has only a defunct member for.
            if (invocation.TargetMethod.Name != "TryGet" || NameUse.FromInvocation(invocation, catalog) is not { IsComparison: false } use) return;
            if (use.Table.FindDefunct(use.Name) is not { } history) return;

            var advice = invocation.TargetMethod.ContainingType.Name + ".TryGet never finds it; use " + history.ReplacementType + ".TryGet";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DefunctSpecialCity,
                invocation.Syntax.GetLocation(),
                history.Properties(DefunctSpecialCityProperties.Lookup),
                history.MessageArguments(advice)));
        }

        private static void Report(OperationAnalysisContext context, StatusQuestion? question)
        {
            if (question is null) return;
            var history = question.History;
            var advice = "its Status is never SpecialCity today; ask about its history with " + history.Replacement + ".StatusOn(year)";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DefunctSpecialCity,
                question.Question.GetLocation(),
                additionalLocations: new[] { question.StatusAccess.GetLocation() },
                properties: history.Properties(DefunctSpecialCityProperties.StatusComparison, question.Outcome),
                messageArgs: history.MessageArguments(advice)));
        }
    }
}
