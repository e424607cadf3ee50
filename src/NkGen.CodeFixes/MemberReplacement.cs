using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace NkGen.CodeFixes
{
    /// <summary>
    /// Rewrites a use of a generated member as a use of its replacement. The written qualification is kept where the
    /// class name is spelled out (<c>global::NkGen.SpecialCities.Chongjin</c> → <c>global::NkGen.Cities.Chongjin</c>);
    /// otherwise (<c>using static</c>, an alias) the fully qualified name is written and simplified.
    /// </summary>
    internal static class MemberReplacement
    {
        /// <summary>The replacement of a reference to a [DefunctSpecialCity] member, or <see langword="null"/> when none applies.</summary>
        public static Replacement? For(SyntaxNode node, string replacement, SemanticModel model, CancellationToken cancellationToken)
        {
            if (node is not ExpressionSyntax expression || node.Parent is NameColonSyntax or ExpressionColonSyntax) return null;
            var info = model.GetSymbolInfo(expression, cancellationToken);
            var symbol = info.Symbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] : null);
            if (symbol is not (IFieldSymbol or IPropertySymbol) || !symbol.IsStatic || symbol.ContainingType is not { } type) return null;

            var ns = type.ContainingNamespace;
            if (Replacements.Resolve(ns, replacement) is not { IsStatic: true, Kind: SymbolKind.Field or SymbolKind.Property } target) return null;

            var replacementType = Replacements.TypeOf(replacement);
            if (expression is MemberAccessExpressionSyntax access
                && access.Name is IdentifierNameSyntax name
                && name.Identifier.ValueText == symbol.Name
                && RenameRightmost(access.Expression, type.Name, replacementType) is { } qualifier)
            {
                var candidate = access
                    .WithExpression(qualifier)
                    .WithName(SyntaxFactory.IdentifierName(Replacements.MemberOf(replacement)).WithTriviaFrom(name));
                var bound = model.GetSpeculativeSymbolInfo(expression.SpanStart, candidate, SpeculativeBindingOption.BindAsExpression);
                if (SymbolEqualityComparer.Default.Equals(bound.Symbol, target)) return new Replacement(expression, candidate);
            }

            return new Replacement(expression, Qualified(ns, replacement, expression));
        }

        /// <summary>The replacement of <c>SpecialCities.TryGet</c> in a lookup by <c>Cities.TryGet</c>, or <see langword="null"/>.</summary>
        public static Replacement? ForLookup(SyntaxNode node, string replacementType, SemanticModel model, CancellationToken cancellationToken)
        {
            if (node is not InvocationExpressionSyntax invocation) return null;
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type } method) return null;

            var ns = type.ContainingNamespace;
            if (Replacements.Resolve(ns, replacementType) is not INamedTypeSymbol target || target.GetMembers(method.Name).IsEmpty) return null;

            if (invocation.Expression is MemberAccessExpressionSyntax access
                && RenameRightmost(access.Expression, type.Name, replacementType) is { } qualifier)
            {
                var candidate = access.WithExpression(qualifier);
                var bound = model.GetSpeculativeSymbolInfo(invocation.SpanStart, invocation.WithExpression(candidate), SpeculativeBindingOption.BindAsExpression);
                if (SymbolEqualityComparer.Default.Equals(bound.Symbol?.ContainingType, target)) return new Replacement(access, candidate);
            }

            return new Replacement(invocation.Expression, Qualified(ns, replacementType + "." + method.Name, invocation.Expression));
        }

        private static ExpressionSyntax Qualified(INamespaceSymbol ns, string relativeName, SyntaxNode old) =>
            SyntaxFactory.ParseExpression(Replacements.FullName(ns, relativeName))
                .WithTriviaFrom(old)
                .WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary>Renames the class in a qualifier, keeping what qualifies it: <c>global::NkGen.SpecialCities</c> → <c>global::NkGen.Cities</c>.</summary>
        private static ExpressionSyntax? RenameRightmost(ExpressionSyntax qualifier, string oldName, string newName)
        {
            if (newName.IndexOf('.') >= 0) return null;
            return qualifier switch
            {
                IdentifierNameSyntax id when id.Identifier.ValueText == oldName => Renamed(id, newName),
                MemberAccessExpressionSyntax { Name: IdentifierNameSyntax id } m when id.Identifier.ValueText == oldName => m.WithName(Renamed(id, newName)),
                QualifiedNameSyntax { Right: IdentifierNameSyntax id } q when id.Identifier.ValueText == oldName => q.WithRight(Renamed(id, newName)),
                AliasQualifiedNameSyntax { Name: IdentifierNameSyntax id } a when id.Identifier.ValueText == oldName => a.WithName(Renamed(id, newName)),
                _ => null,
            };
        }

        private static IdentifierNameSyntax Renamed(IdentifierNameSyntax id, string newName) =>
            id.WithIdentifier(SyntaxFactory.Identifier(newName).WithTriviaFrom(id.Identifier));
    }
}
