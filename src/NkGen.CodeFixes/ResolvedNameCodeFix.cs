using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using NkGen.Generator.Analyzers;
using NkGen.Generator.Diagnostics;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// Fixes NKG0002: a constant name becomes the member it stands for. A lookup used as found becomes the member
    /// (<c>Cities.TryGet("Hamhung", out var c)</c> → <c>var c = Cities.Hamhung;</c>), and a comparison with
    /// <c>Name</c> compares the city itself (<c>city.Name == "Chongjin"</c> → <c>city == Cities.Chongjin</c>).
    /// A switch statement whose every label is a resolved name becomes an if/else-if chain on the city, a switch
    /// expression a conditional chain (see <see cref="SwitchRewrite"/>); combined and property patterns are reported
    /// without a fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ResolvedNameCodeFix)), Shared]
    public sealed class ResolvedNameCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of "Use Cities.X" for every form.</summary>
        public const string UseMemberKey = "NKG0002.UseMember";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ResolvedName.Id);

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
                if (!properties.TryGetValue(ConstantNameProperties.Member, out var fullName) || fullName is null || diagnostic.AdditionalLocations.Count == 0) continue;
                properties.TryGetValue(ConstantNameProperties.Kind, out var kind);
                var site = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
                var member = SyntaxFactory.ParseExpression(fullName).WithAdditionalAnnotations(Simplifier.Annotation);
                var title = "Use " + Replacements.TypeOf(fullName).Substring(Replacements.TypeOf(fullName).LastIndexOf('.') + 1) + "." + Replacements.MemberOf(fullName);

                switch (kind)
                {
                    case ConstantNameProperties.Lookup:
                        if (LookupRewrite.For(site, member, model, context.CancellationToken) is { } lookup) Register(context, diagnostic, title, lookup.Apply(root));
                        break;

                    case ConstantNameProperties.Comparison when diagnostic.AdditionalLocations.Count > 1:
                        var access = root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true);
                        var negated = properties.TryGetValue(ConstantNameProperties.Negated, out var n) && n == "true";
                        if (Compared(site, access, member, negated) is { } comparison) Register(context, diagnostic, title, comparison.Apply(root));
                        break;

                    case ConstantNameProperties.Case when site.Parent is SwitchSectionSyntax || site is SwitchExpressionArmSyntax:
                        var catalog = NameCatalog.For(model.Compilation);
                        var chain = site is SwitchExpressionArmSyntax
                            ? SwitchRewrite.ForExpression(site, catalog, model, context.CancellationToken)
                            : SwitchRewrite.For(site, catalog, model, context.CancellationToken);
                        if (chain is not null)
                        {
                            Register(context, diagnostic, "Compare the " + Noun(fullName) + " with its members instead of switching on Name", chain.Apply(root));
                        }

                        break;
                }
            }
        }

        /// <summary><c>x.Name == "X"</c> (or <c>Equals</c>, or <c>is "X"</c>) → <c>x == Cities.X</c>; <c>!=</c> and <c>is not</c> → <c>x != Cities.X</c>.</summary>
        private static Replacement? Compared(SyntaxNode site, SyntaxNode access, ExpressionSyntax member, bool negated)
        {
            if (site is not ExpressionSyntax expression) return null;
            var instance = access switch
            {
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name" } m => m.Expression,
                ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Name" } } c => c.Expression,
                _ => null,
            };
            if (instance is null) return null;

            var comparison = SyntaxFactory.BinaryExpression(
                negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression,
                SyntaxFactory.ParenthesizedExpression(instance.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation),
                member);
            return new Replacement(expression, SyntaxFactory.ParenthesizedExpression(comparison).WithTriviaFrom(expression).WithAdditionalAnnotations(Simplifier.Annotation));
        }

        private static string Noun(string fullName) => Replacements.TypeOf(fullName).EndsWith("Provinces", System.StringComparison.Ordinal) ? "province" : "city";

        private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, SyntaxNode newRoot) =>
            context.RegisterCodeFix(CodeAction.Create(title, ct => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)), UseMemberKey), diagnostic);
    }
}
