using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NkGen.Generator.Analyzers;
using NkGen.Generator.Diagnostics;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// Fixes NKG0001: a defunct member becomes its replacement (<c>SpecialCities.Chongjin</c> → <c>Cities.Chongjin</c>),
    /// a question about today's status asks about a year instead (<c>StatusOn(1984)</c>) or loses its dead branch,
    /// and a lookup by a defunct name moves to the replacement class (<c>Cities.TryGet</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DefunctSpecialCityCodeFix)), Shared]
    public sealed class DefunctSpecialCityCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of "Use Cities.X" for a defunct member.</summary>
        public const string UseReplacementKey = "NKG0001.UseReplacement";

        /// <summary>Equivalence key of "Use StatusOn(year)" for a status comparison.</summary>
        public const string StatusOnKey = "NKG0001.StatusOn";

        /// <summary>Equivalence key of "Remove the dead branch" for an if statement on a status comparison.</summary>
        public const string RemoveDeadBranchKey = "NKG0001.RemoveDeadBranch";

        /// <summary>Equivalence key of "Use Cities.TryGet" for a lookup by a defunct name.</summary>
        public const string UseReplacementLookupKey = "NKG0001.UseReplacementLookup";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.DefunctSpecialCity.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = context.Document;
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                var properties = diagnostic.Properties;
                if (!properties.TryGetValue(DefunctSpecialCityProperties.Replacement, out var replacement) || replacement is null) continue;
                properties.TryGetValue(DefunctSpecialCityProperties.Kind, out var kind);
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

                switch (kind)
                {
                    case DefunctSpecialCityProperties.Reference:
                        if (MemberReplacement.For(node, replacement, model, context.CancellationToken) is { } reference)
                        {
                            Register(context, diagnostic, "Use " + replacement, UseReplacementKey, root, reference);
                        }

                        break;

                    case DefunctSpecialCityProperties.Lookup:
                        var type = Replacements.TypeOf(replacement);
                        if (MemberReplacement.ForLookup(node, type, model, context.CancellationToken) is { } lookup)
                        {
                            Register(context, diagnostic, "Use " + type + ".TryGet", UseReplacementLookupKey, root, lookup);
                        }

                        break;

                    case DefunctSpecialCityProperties.StatusComparison:
                        RegisterStatusFixes(context, diagnostic, root, node);
                        break;
                }
            }
        }

        private static void RegisterStatusFixes(CodeFixContext context, Diagnostic diagnostic, SyntaxNode root, SyntaxNode question)
        {
            var properties = diagnostic.Properties;
            if (diagnostic.AdditionalLocations.Count > 0
                && properties.TryGetValue(DefunctSpecialCityProperties.Year, out var yearText)
                && int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
                && root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Status" } status)
            {
                var statusOn = SyntaxFactory.InvocationExpression(
                    status.WithName(SyntaxFactory.IdentifierName("StatusOn").WithTriviaFrom(status.Name)).WithoutTrailingTrivia(),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(year))))))
                    .WithTrailingTrivia(status.GetTrailingTrivia());
                Register(context, diagnostic, $"Ask about {yearText} with StatusOn({yearText})", StatusOnKey, root, new Replacement(status, statusOn));
            }

            if (properties.TryGetValue(DefunctSpecialCityProperties.Outcome, out var outcome)
                && outcome is DefunctSpecialCityProperties.AlwaysFalse or DefunctSpecialCityProperties.AlwaysTrue
                && DeadBranch.Find(question, outcome == DefunctSpecialCityProperties.AlwaysTrue) is { } branch)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the dead branch",
                        ct => Task.FromResult(context.Document.WithSyntaxRoot(branch.Apply(root))),
                        RemoveDeadBranchKey),
                    diagnostic);
            }
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, string key, SyntaxNode root, Replacement replacement) =>
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => Task.FromResult(context.Document.WithSyntaxRoot(replacement.Apply(root))), key),
                diagnostic);
    }
}
