using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// City and province names written in strings, checked at compile time against the names the generator emitted
    /// (see <see cref="NameCatalog"/>). NKG0002 (Info): a constant name stands for a generated member, which the code
    /// can use instead (<c>Cities.TryGet("Hamhung", out var c)</c> → <c>Cities.Hamhung</c>). NKG0003 (Warning): a
    /// constant name stands for nothing, with the nearest names as suggestions. A lookup of a defunct special city is
    /// NKG0001's, and is left to it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConstantNameAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.ResolvedName, DiagnosticDescriptors.UnknownName);

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
                // Without NkGen.Runtime's [LookupNames] there are no names to check against.
                var catalog = NameCatalog.For(start.Compilation);
                if (!catalog.HasNames) return;

                start.RegisterOperationAction(c => Report(c, NameUse.FromInvocation((IInvocationOperation)c.Operation, catalog)), OperationKind.Invocation);
                start.RegisterOperationAction(c => Report(c, NameUse.FromBinary((IBinaryOperation)c.Operation, catalog)), OperationKind.Binary);
                start.RegisterOperationAction(c => Report(c, NameUse.FromPattern((IConstantPatternOperation)c.Operation, catalog)), OperationKind.ConstantPattern);
                start.RegisterOperationAction(
                    c => Report(c, c.Operation is ISingleValueCaseClauseOperation clause ? NameUse.FromCaseClause(clause, catalog) : null),
                    OperationKind.CaseClause);
            });
        }

        private static void Report(OperationAnalysisContext context, NameUse? use)
        {
            if (use is null) return;
            var table = use.Table;
            if (use.Member is { } member)
            {
                // A name of an entity without a member (NKG2013) is valid, and there is nothing to use instead.
                if (member.HasMember) ReportResolved(context, use, member);
                return;
            }

            // A defunct special city's name is NKG0001's to report (SpecialCities.TryGet never finds it).
            if (!use.IsComparison && table.FindDefunct(use.Name) is not null) return;
            ReportUnknown(context, use);
        }

        private static void ReportResolved(OperationAnalysisContext context, NameUse use, NamedMember member)
        {
            var advice = use.IsComparison ? "compare with " + member.Display : "use " + member.Display;
            var locations = use.NameAccess is null ? new[] { use.Site.GetLocation() } : new[] { use.Site.GetLocation(), use.NameAccess.GetLocation() };
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ResolvedName,
                use.Constant.GetLocation(),
                additionalLocations: locations,
                properties: use.Table.ResolvedProperties(use.Kind, member, use.Negated),
                messageArgs: new object[] { use.Name, use.Table.Noun, member.EntityName, advice }));
        }

        private static void ReportUnknown(OperationAnalysisContext context, NameUse use)
        {
            var table = use.Table;
            var suggestions = new List<string>();
            var note = "";
            // Another spelling of an entity (its Chosŏn'gŭl name, a different case) is never what Name holds.
            if (use.IsComparison && table.Find(use.Name) is { } spelling)
            {
                suggestions.Add(spelling.EntityName);
                note = " (Name holds only the " + table.Noun + "'s own name)";
            }

            var candidates = use.IsComparison ? table.Entities : table.All;
            foreach (var near in NameSuggestions.For(use.Name, candidates))
            {
                if (suggestions.Count < NameSuggestions.Max && !suggestions.Contains(near.Spelling)) suggestions.Add(near.Spelling);
            }

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(ConstantNameProperties.Kind, use.Kind);
            for (var i = 0; i < suggestions.Count; i++) properties.Add(ConstantNameProperties.Suggestion + i.ToString(System.Globalization.CultureInfo.InvariantCulture), suggestions[i]);
            var didYouMean = suggestions.Count == 0 ? "" : "; did you mean " + Alternatives(suggestions) + "?" + note;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnknownName,
                use.Constant.GetLocation(),
                properties: properties.ToImmutable(),
                messageArgs: new object[] { table.Noun, use.Name, didYouMean }));
        }

        private static string Alternatives(IReadOnlyList<string> names) =>
            names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
    }
}
