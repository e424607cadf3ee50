using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using NkGen.Generator.Analyzers;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// A switch statement on <c>city.Name</c> whose every label is a name of a generated member becomes an if/else-if
    /// chain on the city: <c>case "Chongjin": case "Hamhung": …</c> → <c>if (city == Cities.Chongjin || city == Cities.Hamhung) { … }</c>,
    /// the default section last as the <c>else</c>, a <c>when</c> clause joined with <c>&amp;&amp;</c>.
    /// </summary>
    /// <remarks>
    /// Why a chain and not a switch on the city: the members are not constants, so no pattern can name them, and a
    /// switch on the city would need <c>case var c when c == Cities.X</c> at every label, at any language version. The
    /// chain is what the comparison fix already writes (<c>city == Cities.X</c>, reference equality, as every member
    /// returns the same instance), it compiles at C# 7.3, and it runs the same branches: the labels are distinct constant
    /// strings, so at most one matches whatever the order, and a guarded label that fails falls through to the next
    /// test as the switch does. A city that is null now reaches the <c>else</c> where <c>city.Name</c> threw, as with
    /// the comparison fix; <c>city?.Name</c> behaves the same either way. No rewrite is offered when a label is not a
    /// resolved name, when the city expression could change between tests (only locals, parameters, <c>this</c> and
    /// fields are repeated), when a section is left by anything but a final <c>break</c> that the chain can drop
    /// (<c>goto case</c>, an inner <c>break</c>, labels), or when a local declared in one section is used in another.
    /// </remarks>
    internal static class SwitchRewrite
    {
        public static Replacement? For(SyntaxNode site, NameCatalog catalog, SemanticModel model, CancellationToken cancellationToken)
        {
            if (site.FirstAncestorOrSelf<SwitchStatementSyntax>() is not { } switchStatement
                || model.GetOperation(switchStatement, cancellationToken) is not ISwitchOperation operation)
            {
                return null;
            }

            ExpressionSyntax? instance = null;
            var branches = new List<(ExpressionSyntax? Condition, SwitchSectionSyntax Section)>();
            (ExpressionSyntax? Condition, SwitchSectionSyntax Section)? otherwise = null;
            foreach (var @case in operation.Cases)
            {
                if (@case.Syntax is not SwitchSectionSyntax section) return null;
                var tests = new List<ExpressionSyntax>();
                var isDefault = false;
                foreach (var clause in @case.Clauses)
                {
                    if (clause is IDefaultCaseClauseOperation)
                    {
                        isDefault = true;
                        continue;
                    }

                    if (Test(clause, catalog, ref instance) is not { } test) return null;
                    tests.Add(test);
                }

                if (isDefault) otherwise = (null, section);
                else branches.Add((Or(tests), section));
            }

            if (instance is null || branches.Count == 0 || !IsStable(instance, model, cancellationToken)) return null;
            if (!CanUnwrapSections(switchStatement, model, cancellationToken)) return null;

            // The chain is built from the last branch up: the default section, if any, is the final else.
            StatementSyntax? chain = otherwise is { } last ? Body(last.Section) : null;
            if (chain is BlockSyntax { Statements.Count: 0 }) chain = null;
            for (var i = branches.Count - 1; i >= 0; i--)
            {
                var (condition, section) = branches[i];
                var ifStatement = SyntaxFactory.IfStatement(condition!, Body(section));
                chain = chain is null ? ifStatement : ifStatement.WithElse(SyntaxFactory.ElseClause(chain));
            }

            var rewritten = chain!.WithTriviaFrom(switchStatement).WithAdditionalAnnotations(Formatter.Annotation);
            return new Replacement(switchStatement, rewritten);

            ExpressionSyntax? Test(ICaseClauseOperation clause, NameCatalog names, ref ExpressionSyntax? city)
            {
                var uses = new List<NameUse>();
                ExpressionSyntax? guard = null;
                switch (clause)
                {
                    case ISingleValueCaseClauseOperation single:
                        if (NameUse.FromCaseClause(single, names) is not { } use) return null;
                        uses.Add(use);
                        break;
                    case IPatternCaseClauseOperation pattern:
                        if (!Constants(pattern.Pattern, uses, names)) return null;
                        if (pattern.Guard is not null)
                        {
                            if (pattern.Guard.Syntax is not ExpressionSyntax guardSyntax) return null;
                            guard = guardSyntax;
                        }

                        break;
                    default:
                        return null;
                }

                var test = Tests(uses, ref city);
                if (test is null || guard is null) return test;
                return And(test, guard);
            }
        }

        /// <summary>
        /// A switch expression on <c>Name</c> whose arms are resolved names and a final discard becomes a conditional chain:
        /// <c>city.Name switch { "Chongjin" => 1, _ => 0 }</c> → <c>city == Cities.Chongjin ? 1 : 0</c>. Offered only when
        /// the chain has the switch's type (a switch without a discard arm throws where the chain could not).
        /// </summary>
        public static Replacement? ForExpression(SyntaxNode site, NameCatalog catalog, SemanticModel model, CancellationToken cancellationToken)
        {
            if (site.FirstAncestorOrSelf<SwitchExpressionSyntax>() is not { } switchExpression
                || model.GetOperation(switchExpression, cancellationToken) is not ISwitchExpressionOperation operation
                || operation.Arms.Length < 2
                || operation.Arms[operation.Arms.Length - 1] is not { Pattern: IDiscardPatternOperation, Guard: null } otherwise
                || otherwise.Value.Syntax is not ExpressionSyntax otherwiseValue)
            {
                return null;
            }

            ExpressionSyntax? instance = null;
            var branches = new List<(ExpressionSyntax Condition, ExpressionSyntax Value)>();
            for (var i = 0; i < operation.Arms.Length - 1; i++)
            {
                var arm = operation.Arms[i];
                var uses = new List<NameUse>();
                if (!Constants(arm.Pattern, uses, catalog) || arm.Value.Syntax is not ExpressionSyntax value) return null;
                var test = Tests(uses, ref instance);
                if (test is null) return null;
                if (arm.Guard is not null)
                {
                    if (arm.Guard.Syntax is not ExpressionSyntax guard) return null;
                    test = And(test, guard);
                }

                branches.Add((test, value));
            }

            if (instance is null || !IsStable(instance, model, cancellationToken)) return null;
            var chain = Parenthesized(otherwiseValue.WithoutTrivia());
            for (var i = branches.Count - 1; i >= 0; i--)
            {
                chain = Parenthesized(SyntaxFactory.ConditionalExpression(Parenthesized(branches[i].Condition), Parenthesized(branches[i].Value.WithoutTrivia()), chain));
            }

            // The chain must mean the same value: the type the switch has must be the type the chain has.
            var type = model.GetTypeInfo(switchExpression, cancellationToken).Type;
            var chainType = model.GetSpeculativeTypeInfo(switchExpression.SpanStart, chain, SpeculativeBindingOption.BindAsExpression).Type;
            if (type is null or IErrorTypeSymbol || !SymbolEqualityComparer.Default.Equals(type, chainType)) return null;
            return new Replacement(switchExpression, chain.WithTriviaFrom(switchExpression));
        }

        /// <summary>The comparisons of the city with the members the names stand for, joined with <c>||</c>; null when one names nothing.</summary>
        private static ExpressionSyntax? Tests(List<NameUse> uses, ref ExpressionSyntax? instance)
        {
            var tests = new List<ExpressionSyntax>();
            foreach (var use in uses)
            {
                if (use.Member is not { } member || Instance(use.NameAccess) is not { } found) return null;
                instance ??= found;
                tests.Add(SyntaxFactory.BinaryExpression(SyntaxKind.EqualsExpression, instance.WithoutTrivia(),
                    SyntaxFactory.ParseExpression(member.FullName).WithAdditionalAnnotations(Simplifier.Annotation)));
            }

            return tests.Count == 0 ? null : Or(tests);
        }

        private static ExpressionSyntax And(ExpressionSyntax test, ExpressionSyntax guard) =>
            SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, Parenthesized(test), Parenthesized(guard.WithoutTrivia()));

        /// <summary>The constant names of a pattern made of constants and <c>or</c>: <c>"Hamhung" or "Rason"</c>.</summary>
        private static bool Constants(IPatternOperation pattern, List<NameUse> uses, NameCatalog catalog)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    if (NameUse.FromPattern(constant, catalog) is not { } use) return false;
                    uses.Add(use);
                    return true;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    return Constants(or.LeftPattern, uses, catalog) && Constants(or.RightPattern, uses, catalog);
                default:
                    return false;
            }
        }

        private static ExpressionSyntax Or(List<ExpressionSyntax> tests)
        {
            var result = tests[0];
            for (var i = 1; i < tests.Count; i++)
            {
                result = SyntaxFactory.BinaryExpression(SyntaxKind.LogicalOrExpression, Parenthesized(result), Parenthesized(tests[i]));
            }

            return result;
        }

        /// <summary>Parentheses the simplifier removes again where precedence does not need them.</summary>
        private static ExpressionSyntax Parenthesized(ExpressionSyntax expression) =>
            SyntaxFactory.ParenthesizedExpression(expression).WithAdditionalAnnotations(Simplifier.Annotation);

        private static ExpressionSyntax? Instance(SyntaxNode? nameAccess) => nameAccess switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Name" } access => access.Expression,
            ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Name" } } conditional => conditional.Expression,
            _ => null,
        };

        /// <summary>Whether evaluating the city once per test reads the same value each time and does nothing else.</summary>
        private static bool IsStable(ExpressionSyntax instance, SemanticModel model, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(instance, cancellationToken);
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation switch
            {
                ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
                IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } => true,
                _ => false,
            };
        }

        /// <summary>
        /// Whether every section can become a block of its own: it leaves the switch only by a final <c>break</c> (or by
        /// return, throw, continue, goto to an outer label), has no labels and no <c>goto case</c>, and its locals are its own.
        /// </summary>
        private static bool CanUnwrapSections(SwitchStatementSyntax switchStatement, SemanticModel model, CancellationToken cancellationToken)
        {
            var declared = new List<(ISymbol Symbol, SwitchSectionSyntax Section)>();
            foreach (var section in switchStatement.Sections)
            {
                var statements = section.Statements;
                foreach (var node in section.Statements.SelectMany(s => s.DescendantNodesAndSelf()))
                {
                    switch (node)
                    {
                        case LabeledStatementSyntax:
                            return false;
                        case GotoStatementSyntax { RawKind: (int)SyntaxKind.GotoCaseStatement or (int)SyntaxKind.GotoDefaultStatement } jump
                            when Target(jump) == switchStatement:
                            return false;
                        case BreakStatementSyntax breakStatement when Target(breakStatement) == switchStatement && breakStatement != statements.Last():
                            return false;
                        case VariableDeclaratorSyntax or SingleVariableDesignationSyntax or LocalFunctionStatementSyntax:
                            if (model.GetDeclaredSymbol(node, cancellationToken) is { } symbol) declared.Add((symbol, section));
                            break;
                    }
                }
            }

            if (declared.Count == 0) return true;
            foreach (var section in switchStatement.Sections)
            {
                foreach (var name in section.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
                    if (symbol is null) continue;
                    if (declared.Any(d => d.Section != section && SymbolEqualityComparer.Default.Equals(d.Symbol, symbol))) return false;
                }
            }

            return true;
        }

        /// <summary>The loop or switch a <c>break</c> or <c>goto case</c> leaves; null inside a lambda or local function.</summary>
        private static SyntaxNode? Target(StatementSyntax jump)
        {
            foreach (var ancestor in jump.Ancestors())
            {
                switch (ancestor)
                {
                    case SwitchStatementSyntax when jump is GotoStatementSyntax || jump is BreakStatementSyntax:
                        return ancestor;
                    case ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax when jump is BreakStatementSyntax:
                        return ancestor;
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        /// <summary>A section's statements as one block, without the final <c>break</c> that left the switch.</summary>
        private static BlockSyntax Body(SwitchSectionSyntax section)
        {
            var statements = section.Statements.ToList();
            if (statements.Count > 0 && statements[statements.Count - 1] is BreakStatementSyntax) statements.RemoveAt(statements.Count - 1);
            if (statements.Count == 1 && statements[0] is BlockSyntax block) return block;
            return SyntaxFactory.Block(statements);
        }
    }
}
