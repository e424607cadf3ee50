using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
    /// Fixes NKG0003: one fix per suggested name, replacing the literal with it. A name that is a <c>const</c>, a
    /// concatenation or an interpolation is reported without a fix: its text is not at the place of use.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownNameCodeFix)), Shared]
    public sealed class UnknownNameCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of the fix that uses the nearest name; the others end in 1 and 2.</summary>
        public const string UseSuggestionKey = "NKG0003.UseSuggestion";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownName.Id);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                for (var i = 0; diagnostic.Properties.TryGetValue(ConstantNameProperties.Suggestion + i.ToString(CultureInfo.InvariantCulture), out var name) && name is not null; i++)
                {
                    var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(literal);
                    var newRoot = root.ReplaceNode(literal, replacement);
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Use '{name}'",
                            ct => Task.FromResult(context.Document.WithSyntaxRoot(newRoot)),
                            i == 0 ? UseSuggestionKey : UseSuggestionKey + i.ToString(CultureInfo.InvariantCulture)),
                        diagnostic);
                }
            }
        }
    }
}
