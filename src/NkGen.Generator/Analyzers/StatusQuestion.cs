using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// Code that asks whether a former special city (a member marked [FormerSpecialCity]) holds SpecialCity status
    /// today, e.g. <c>Cities.Hamhung.Status == AdministrativeStatus.SpecialCity</c>.
    /// </summary>
    /// <param name="History">What the city's attribute says.</param>
    /// <param name="Question">The comparison, pattern, switch arm or case label: where NKG0001 is reported.</param>
    /// <param name="StatusAccess">The <c>.Status</c> access, which a code fix can turn into <c>StatusOn(year)</c>.</param>
    /// <param name="Outcome">What the question answers for every former special city, when nothing else decides it.</param>
    internal sealed record StatusQuestion(SpecialCityHistory History, SyntaxNode Question, SyntaxNode StatusAccess, string? Outcome)
    {
        /// <summary><c>Status ==</c>/<c>!=</c> <c>AdministrativeStatus.SpecialCity</c>, either way round.</summary>
        public static StatusQuestion? FromBinary(IBinaryOperation binary, SpecialCitySymbols symbols)
        {
            var outcome = binary.OperatorKind switch
            {
                BinaryOperatorKind.Equals => DefunctSpecialCityProperties.AlwaysFalse,
                BinaryOperatorKind.NotEquals => DefunctSpecialCityProperties.AlwaysTrue,
                _ => null,
            };
            if (outcome is null) return null;
            return Compare(binary.LeftOperand, binary.RightOperand, binary.Syntax, outcome, symbols)
                ?? Compare(binary.RightOperand, binary.LeftOperand, binary.Syntax, outcome, symbols);
        }

        /// <summary><c>Status.Equals(AdministrativeStatus.SpecialCity)</c>, the reverse, and <c>Equals(Status, SpecialCity)</c>.</summary>
        public static StatusQuestion? FromEquals(IInvocationOperation invocation, SpecialCitySymbols symbols)
        {
            if (invocation.TargetMethod.Name != "Equals") return null;
            var args = invocation.Arguments;
            var outcome = DefunctSpecialCityProperties.AlwaysFalse;
            if (invocation.Instance is { } instance && args.Length == 1)
            {
                return Compare(instance, args[0].Value, invocation.Syntax, outcome, symbols)
                    ?? Compare(args[0].Value, instance, invocation.Syntax, outcome, symbols);
            }

            if (invocation.Instance is null && args.Length == 2)
            {
                return Compare(args[0].Value, args[1].Value, invocation.Syntax, outcome, symbols)
                    ?? Compare(args[1].Value, args[0].Value, invocation.Syntax, outcome, symbols);
            }

            return null;
        }

        /// <summary>
        /// A constant pattern <c>AdministrativeStatus.SpecialCity</c> tested against a former special city's status:
        /// <c>is</c>, <c>is not</c>, <c>or</c>/<c>and</c> combinations, switch expression arms, <c>case</c> patterns,
        /// and <c>{ Status: AdministrativeStatus.SpecialCity }</c> property patterns.
        /// </summary>
        public static StatusQuestion? FromPattern(IConstantPatternOperation pattern, SpecialCitySymbols symbols)
        {
            if (!IsSpecialCity(pattern.Value, symbols)) return null;
            if (pattern.Parent is IPropertySubpatternOperation subpattern)
            {
                // { Status: SpecialCity }: the status is the subpattern's member, the city is what the pattern tests.
                if (!IsStatusProperty(subpattern.Member, symbols) || subpattern.Parent is not IRecursivePatternOperation recursive) return null;
                var tested = Tested(recursive);
                if (tested is null || FormerCity(tested.Value.Input, symbols) is not { } city) return null;
                return new StatusQuestion(city, tested.Value.Question, subpattern.Member.Syntax, null);
            }

            var test = Tested(pattern);
            if (test is null) return null;
            var (input, question, outcome) = test.Value;
            return Compare(input, pattern.Value, question, outcome, symbols);
        }

        /// <summary><c>case AdministrativeStatus.SpecialCity:</c> in a switch statement on a former special city's status.</summary>
        public static StatusQuestion? FromCaseClause(ISingleValueCaseClauseOperation clause, SpecialCitySymbols symbols)
        {
            if (clause.Parent?.Parent is not ISwitchOperation switchOperation) return null;
            return Compare(switchOperation.Value, clause.Value, clause.Syntax, null, symbols);
        }

        private static StatusQuestion? Compare(IOperation status, IOperation constant, SyntaxNode question, string? outcome, SpecialCitySymbols symbols)
        {
            if (!IsSpecialCity(constant, symbols)) return null;
            if (Unwrap(status) is not IPropertyReferenceOperation access || !IsStatusProperty(access, symbols)) return null;
            if (FormerCity(access.Instance, symbols) is not { } history) return null;
            return new StatusQuestion(history, question, access.Syntax, outcome);
        }

        /// <summary>Walks up from a pattern to what it tests, and to the node where the question is asked.</summary>
        private static (IOperation Input, SyntaxNode Question, string? Outcome)? Tested(IPatternOperation pattern)
        {
            IOperation current = pattern;
            var negations = 0;
            var combined = false;
            while (true)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case INegatedPatternOperation:
                        negations++;
                        current = parent;
                        continue;
                    case IBinaryPatternOperation:
                        combined = true;
                        current = parent;
                        continue;
                    case IIsPatternOperation isPattern:
                        var outcome = combined || pattern is not IConstantPatternOperation ? null
                            : negations % 2 == 0 ? DefunctSpecialCityProperties.AlwaysFalse : DefunctSpecialCityProperties.AlwaysTrue;
                        return (isPattern.Value, isPattern.Syntax, outcome);
                    case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } arm:
                        return (switchExpression.Value, arm.Syntax, null);
                    case IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation switchStatement } clause:
                        return (switchStatement.Value, clause.Syntax, null);
                    default:
                        return null;
                }
            }
        }

        private static bool IsSpecialCity(IOperation operation, SpecialCitySymbols symbols)
        {
            var value = Unwrap(operation);
            return symbols.IsStatus(value.Type) && value.ConstantValue is { HasValue: true } constant && Equals(constant.Value, symbols.SpecialCityValue);
        }

        private static bool IsStatusProperty(IOperation operation, SpecialCitySymbols symbols) =>
            operation is IPropertyReferenceOperation { Property.Name: "Status" } access
            && SymbolEqualityComparer.Default.Equals(access.Property.ContainingType, symbols.City);

        private static SpecialCityHistory? FormerCity(IOperation? operation, SpecialCitySymbols symbols) =>
            UnwrapOrNull(operation) switch
            {
                IFieldReferenceOperation field => symbols.Former(field.Field),
                IPropertyReferenceOperation property => symbols.Former(property.Property),
                _ => null,
            };

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }

        private static IOperation? UnwrapOrNull(IOperation? operation) => operation is null ? null : Unwrap(operation);
    }
}
