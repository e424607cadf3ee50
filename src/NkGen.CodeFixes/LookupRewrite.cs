using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// Rewrites a lookup that always succeeds (its constant name is in the class's index) as a use of the member it
    /// finds, where the result is used as found: <c>Cities.TryGet("Hamhung", out var c);</c> → <c>var c = Cities.Hamhung;</c>,
    /// and an <c>if</c> on the lookup (or on its negation) keeps only the branch that runs. Anywhere else the value
    /// of the call is used (<c>var ok = TryGet(…)</c>, <c>TryGet(…) &amp;&amp; …</c>) no rewrite is offered.
    /// </summary>
    internal sealed class LookupRewrite
    {
        private readonly StatementSyntax _old;
        private readonly IReadOnlyList<StatementSyntax> _new;

        private LookupRewrite(StatementSyntax old, IReadOnlyList<StatementSyntax> @new)
        {
            _old = old;
            _new = @new;
        }

        public static LookupRewrite? For(SyntaxNode site, ExpressionSyntax member, SemanticModel model, CancellationToken cancellationToken)
        {
            if (site is not InvocationExpressionSyntax invocation || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation) return null;
            if (operation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1) is not { } found
                || found.Syntax is not ArgumentSyntax argument || !argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword))
            {
                return null;
            }

            // What the out argument becomes: a declaration, an assignment, or nothing for a discard.
            StatementSyntax? result = argument.Expression switch
            {
                DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable, Type: var type } =>
                    SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(
                        type.WithoutTrivia(),
                        SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(variable.Identifier.WithoutTrivia())
                            .WithInitializer(SyntaxFactory.EqualsValueClause(member))))),
                DeclarationExpressionSyntax => null,
                _ when found.Value is IDiscardOperation => null,
                var target => SyntaxFactory.ExpressionStatement(
                    SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, target.WithoutTrivia(), member)),
            };

            result = result?.NormalizeWhitespace();
            if (invocation.Parent is ExpressionStatementSyntax statement)
            {
                return result is null ? null : new LookupRewrite(statement, new[] { result.WithTriviaFrom(statement) });
            }

            SyntaxNode condition = invocation;
            while (condition.Parent is ParenthesizedExpressionSyntax parenthesized) condition = parenthesized;
            var negated = false;
            if (condition.Parent is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
            {
                negated = true;
                condition = not;
                while (condition.Parent is ParenthesizedExpressionSyntax parenthesized) condition = parenthesized;
            }

            if (condition.Parent is not IfStatementSyntax ifStatement || ifStatement.Condition != condition) return null;
            if (ifStatement.Parent is not (BlockSyntax or SwitchSectionSyntax)) return null;

            // The lookup always succeeds: the branch for "found" always runs, the other never does.
            var kept = negated ? ifStatement.Else?.Statement : ifStatement.Statement;
            var statements = new List<StatementSyntax>();
            if (result is not null) statements.Add(result.WithTrailingTrivia(ifStatement.GetTrailingTrivia()));
            statements.AddRange(Unwrapped(kept));
            if (statements.Count == 0) return new LookupRewrite(ifStatement, statements);
            statements[0] = statements[0].WithLeadingTrivia(ifStatement.GetLeadingTrivia());
            statements[statements.Count - 1] = statements[statements.Count - 1].WithTrailingTrivia(ifStatement.GetTrailingTrivia());
            return new LookupRewrite(ifStatement, statements.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)).ToList());
        }

        public SyntaxNode Apply(SyntaxNode root) =>
            _new.Count == 0 ? root.RemoveNode(_old, SyntaxRemoveOptions.KeepNoTrivia)! : root.ReplaceNode(_old, _new);

        /// <summary>A block's statements, unless it declares names that could clash in the enclosing block.</summary>
        private static IEnumerable<StatementSyntax> Unwrapped(StatementSyntax? kept) => kept switch
        {
            null => Enumerable.Empty<StatementSyntax>(),
            BlockSyntax block when !block.Statements.Any(s => s is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax or LabeledStatementSyntax) =>
                block.Statements.Select(s => s.WithoutLeadingTrivia().WithLeadingTrivia(s.GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia)))),
            _ => new[] { kept.WithoutTrivia() },
        };
    }
}
