using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// An <c>if</c> whose whole condition is a status comparison that is always false (or always true) for a former
    /// special city: the branch that can no longer run is removed, and the one that always runs is kept in its place.
    /// </summary>
    internal sealed class DeadBranch
    {
        private readonly IfStatementSyntax _if;
        private readonly StatementSyntax? _kept;

        private DeadBranch(IfStatementSyntax ifStatement, StatementSyntax? kept)
        {
            _if = ifStatement;
            _kept = kept;
        }

        /// <summary>The dead branch of the <c>if</c> that <paramref name="question"/> is the condition of, or <see langword="null"/>.</summary>
        public static DeadBranch? Find(SyntaxNode question, bool alwaysTrue)
        {
            var condition = question;
            while (condition.Parent is ParenthesizedExpressionSyntax parenthesized) condition = parenthesized;
            if (condition.Parent is not IfStatementSyntax ifStatement || ifStatement.Condition != condition) return null;

            var kept = alwaysTrue ? ifStatement.Statement : ifStatement.Else?.Statement;
            return ifStatement.Parent switch
            {
                ElseClauseSyntax { Parent: IfStatementSyntax } => new DeadBranch(ifStatement, kept),
                BlockSyntax or SwitchSectionSyntax => new DeadBranch(ifStatement, kept),
                _ => null,
            };
        }

        public SyntaxNode Apply(SyntaxNode root)
        {
            if (_if.Parent is ElseClauseSyntax elseClause)
            {
                if (_kept is not null) return root.ReplaceNode(_if, Formatted(_kept.WithTriviaFrom(_if)));
                var outer = (IfStatementSyntax)elseClause.Parent!;
                return root.ReplaceNode(outer, outer.WithElse(null).WithTrailingTrivia(elseClause.GetTrailingTrivia()));
            }

            if (_kept is null) return root.RemoveNode(_if, SyntaxRemoveOptions.KeepNoTrivia)!;

            // A block's statements move into the enclosing block, unless it declares names that could clash there.
            if (_kept is BlockSyntax block && !block.Statements.Any(s => s is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax))
            {
                if (block.Statements.Count == 0) return root.RemoveNode(_if, SyntaxRemoveOptions.KeepNoTrivia)!;
                var statements = block.Statements.Select(Formatted).ToList();
                statements[0] = statements[0].WithLeadingTrivia(_if.GetLeadingTrivia().AddRange(statements[0].GetLeadingTrivia().Where(t => !t.IsKind(SyntaxKind.WhitespaceTrivia))));
                return root.ReplaceNode(_if, statements);
            }

            return root.ReplaceNode(_if, Formatted(_kept.WithTriviaFrom(_if)));
        }

        private static StatementSyntax Formatted(StatementSyntax statement) => statement.WithAdditionalAnnotations(Formatter.Annotation);
    }
}
