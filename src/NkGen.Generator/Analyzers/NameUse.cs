using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// A compile-time constant string used as a generated entity's name: passed to a generated class's <c>TryGet</c>,
    /// or compared with <c>City.Name</c> or <c>Province.Name</c>. <c>nameof</c> is not a name of this kind.
    /// </summary>
    /// <param name="Name">The constant's value.</param>
    /// <param name="Constant">The constant expression: where NKG0002 and NKG0003 are reported.</param>
    /// <param name="Site">The lookup, comparison or pattern the name is used in, which an NKG0002 fix rewrites.</param>
    /// <param name="NameAccess">For a comparison, the <c>.Name</c> access (its instance is what the fix compares).</param>
    /// <param name="Table">The names the constant may be: the class's lookup names, or every city's or province's.</param>
    /// <param name="Kind">A <see cref="ConstantNameProperties"/> kind.</param>
    /// <param name="IgnoreCase">Whether the comparison ignores case.</param>
    /// <param name="Negated">Whether the comparison asks whether the name differs.</param>
    internal sealed record NameUse(string Name, SyntaxNode Constant, SyntaxNode Site, SyntaxNode? NameAccess, NameTable Table, string Kind, bool IgnoreCase, bool Negated)
    {
        /// <summary>Whether the name is compared with <c>Name</c> (rather than looked up with <c>TryGet</c>).</summary>
        public bool IsComparison => NameAccess is not null;

        /// <summary>
        /// The member the name stands for: for a comparison, the entity whose <c>Name</c> equals it (exactly, or ignoring
        /// case as the comparison does); for a lookup, what TryGet finds. <see langword="null"/> when it names nothing.
        /// </summary>
        public NamedMember? Member => IsComparison ? Table.FindEntity(Name, IgnoreCase) : Table.Find(Name);

        /// <summary><c>X.TryGet("name", out …)</c> on a generated class, and the <c>Equals</c> comparisons with <c>Name</c>.</summary>
        public static NameUse? FromInvocation(IInvocationOperation invocation, NameCatalog catalog)
        {
            var method = invocation.TargetMethod;
            if (method.Name == "TryGet")
            {
                if (!method.IsStatic || method.ContainingType is not { } type || catalog.Class(type) is not { } table) return null;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter is not { Ordinal: 0, Type.SpecialType: SpecialType.System_String }) continue;
                    return ConstantName(argument.Value) is { } name
                        ? new NameUse(name, argument.Value.Syntax, invocation.Syntax, null, table, ConstantNameProperties.Lookup, false, false)
                        : null;
                }

                return null;
            }

            if (method.Name != "Equals") return null;
            // Most Equals calls compare no constant string: they leave before anything is allocated or displayed.
            var onString = method.ContainingType.SpecialType == SpecialType.System_String;
            if (!onString && !IsStringComparer(method.ContainingType)) return null;
            var arguments = invocation.Arguments;
            if (arguments.Length is < 1 or > 3) return null;

            // string's instance Equals compares its instance with its first argument; a StringComparer's, its two arguments.
            var offset = onString && invocation.Instance is not null ? 1 : 0;
            IOperation? first = offset == 1 ? invocation.Instance : null, second = null, third = null;
            foreach (var argument in arguments)
            {
                switch ((argument.Parameter?.Ordinal ?? -1) + offset)
                {
                    case 0: first = argument.Value; break;
                    case 1: second = argument.Value; break;
                    case 2: third = argument.Value; break;
                    default: return null;
                }
            }

            if (first is null || second is null || !(IsConstantString(first) || IsConstantString(second))) return null;
            bool? ignoreCase;
            if (onString)
            {
                // string.Equals(a, b[, comparison]) and a.Equals(b[, comparison]).
                ignoreCase = third is null ? false : IgnoresCase(third);
            }
            else
            {
                // StringComparer.Ordinal.Equals(a, b) and the other comparers.
                ignoreCase = third is null && invocation.Instance is { } comparer
                    && Unwrap(comparer) is IPropertyReferenceOperation { Property: { IsStatic: true } property } && IsStringComparer(property.ContainingType)
                    ? property.Name.EndsWith("IgnoreCase", System.StringComparison.Ordinal)
                    : null;
            }

            if (ignoreCase is null) return null;
            return Compared(first, second, invocation.Syntax, catalog, ConstantNameProperties.Comparison, ignoreCase.Value, false)
                ?? Compared(second, first, invocation.Syntax, catalog, ConstantNameProperties.Comparison, ignoreCase.Value, false);
        }

        /// <summary><c>x.Name == "name"</c> and <c>!=</c>, either way round.</summary>
        public static NameUse? FromBinary(IBinaryOperation binary, NameCatalog catalog)
        {
            var negated = binary.OperatorKind switch
            {
                BinaryOperatorKind.Equals => false,
                BinaryOperatorKind.NotEquals => true,
                _ => (bool?)null,
            };
            if (negated is null || !(IsConstantString(binary.LeftOperand) || IsConstantString(binary.RightOperand))) return null;
            return Compared(binary.LeftOperand, binary.RightOperand, binary.Syntax, catalog, ConstantNameProperties.Comparison, false, negated.Value)
                ?? Compared(binary.RightOperand, binary.LeftOperand, binary.Syntax, catalog, ConstantNameProperties.Comparison, false, negated.Value);
        }

        /// <summary>
        /// A constant pattern tested against <c>Name</c>: <c>is "X"</c>, <c>is not "X"</c>, <c>is "X" or "Y"</c>, switch
        /// expression arms, <c>case</c> patterns and <c>{ Name: "X" }</c>.
        /// </summary>
        public static NameUse? FromPattern(IConstantPatternOperation pattern, NameCatalog catalog)
        {
            if (!IsConstantString(pattern.Value)) return null;
            if (pattern.Parent is IPropertySubpatternOperation { Member: var member } subpattern)
            {
                return subpattern.Parent is IRecursivePatternOperation
                    ? Compared(member, pattern.Value, pattern.Syntax, catalog, ConstantNameProperties.Case, false, false, instanceless: true)
                    : null;
            }

            IOperation current = pattern;
            var negations = 0;
            var combined = false;
            while (true)
            {
                switch (current.Parent)
                {
                    case INegatedPatternOperation negation:
                        negations++;
                        current = negation;
                        continue;
                    case IBinaryPatternOperation binary:
                        combined = true;
                        current = binary;
                        continue;
                    case IIsPatternOperation isPattern:
                        return Compared(isPattern.Value, pattern.Value, isPattern.Syntax, catalog,
                            combined || negations > 1 ? ConstantNameProperties.Case : ConstantNameProperties.Comparison, false, negations == 1);
                    case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } arm:
                        return Compared(switchExpression.Value, pattern.Value, arm.Syntax, catalog, ConstantNameProperties.Case, false, false);
                    case IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation switchStatement } clause:
                        return Compared(switchStatement.Value, pattern.Value, clause.Syntax, catalog, ConstantNameProperties.Case, false, false);
                    default:
                        return null;
                }
            }
        }

        /// <summary><c>case "X":</c> in a switch statement on <c>Name</c>.</summary>
        public static NameUse? FromCaseClause(ISingleValueCaseClauseOperation clause, NameCatalog catalog) =>
            IsConstantString(clause.Value) && clause.Parent?.Parent is ISwitchOperation switchOperation
                ? Compared(switchOperation.Value, clause.Value, clause.Syntax, catalog, ConstantNameProperties.Case, false, false)
                : null;

        private static NameUse? Compared(IOperation name, IOperation constant, SyntaxNode site, NameCatalog catalog, string kind, bool ignoreCase, bool negated,
            bool instanceless = false)
        {
            // The Name property of NkGen's City or Province first (a type test and a string compare), the constant last.
            if (NameProperty(name) is not { } access) return null;
            if (!instanceless && access.Instance is null) return null;
            var entity = access.Property.ContainingType;
            NameTable? table = SymbolEqualityComparer.Default.Equals(entity, catalog.City) ? catalog.CityNames
                : SymbolEqualityComparer.Default.Equals(entity, catalog.Province) ? catalog.ProvinceNames
                : null;
            if (table is null || table.Entities.Count == 0) return null;
            if (ConstantName(constant) is not { } value) return null;
            return new NameUse(value, Unwrap(constant).Syntax, site, NameSyntax(name), table, kind, ignoreCase, negated);
        }

        /// <summary><c>City.Name</c> or <c>Province.Name</c>, also behind <c>?.</c>.</summary>
        private static IPropertyReferenceOperation? NameProperty(IOperation operation)
        {
            var value = Unwrap(operation);
            if (value is IConditionalAccessOperation { WhenNotNull: var whenNotNull }) value = Unwrap(whenNotNull);
            return value is IPropertyReferenceOperation { Property.Name: "Name", Property.IsStatic: false } access ? access : null;
        }

        /// <summary>The syntax of the <c>.Name</c> access, with its <c>?.</c> when it has one.</summary>
        private static SyntaxNode NameSyntax(IOperation operation)
        {
            var value = Unwrap(operation);
            return value.Syntax;
        }

        private static bool? IgnoresCase(IOperation comparison) =>
            comparison.ConstantValue is { HasValue: true, Value: int value } && comparison.Type?.ToDisplayString() == "System.StringComparison"
                ? value is 1 or 3 or 5 // CurrentCultureIgnoreCase, InvariantCultureIgnoreCase, OrdinalIgnoreCase
                : null;

        private static bool IsConstantString(IOperation operation) => operation.ConstantValue is { HasValue: true, Value: string };

        private static bool IsStringComparer(INamedTypeSymbol type) =>
            type is { Name: "StringComparer", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>The value of a constant string; <see langword="null"/> for anything else, <c>nameof</c> included.</summary>
        private static string? ConstantName(IOperation operation)
        {
            if (operation.ConstantValue is not { HasValue: true, Value: string value }) return null;
            // A literal is the common case; only a composed constant can hide a nameof.
            if (Unwrap(operation) is ILiteralOperation) return value;
            foreach (var part in operation.DescendantsAndSelf())
            {
                if (part is INameOfOperation) return null;
            }

            return value;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }
    }
}
