using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// The NkGen runtime symbols NKG0001 needs, resolved once per compilation, and what the attributes say about each
    /// member, read once per member. Safe to share between concurrent operation actions.
    /// </summary>
    internal sealed class SpecialCitySymbols
    {
        private readonly INamedTypeSymbol _defunctAttribute;
        private readonly INamedTypeSymbol _formerAttribute;
        private readonly ConcurrentDictionary<ISymbol, MemberMarks> _marks = new(SymbolEqualityComparer.Default);

        private SpecialCitySymbols(INamedTypeSymbol defunctAttribute, INamedTypeSymbol formerAttribute, INamedTypeSymbol? city,
            INamedTypeSymbol? status, object? specialCityValue)
        {
            _defunctAttribute = defunctAttribute;
            _formerAttribute = formerAttribute;
            City = city;
            Status = status;
            SpecialCityValue = specialCityValue;
        }

        /// <summary><c>NkGen.City</c>, when the compilation has it.</summary>
        public INamedTypeSymbol? City { get; }

        /// <summary><c>NkGen.AdministrativeStatus</c>, when the compilation has it.</summary>
        public INamedTypeSymbol? Status { get; }

        /// <summary>The constant value of <c>AdministrativeStatus.SpecialCity</c>.</summary>
        public object? SpecialCityValue { get; }

        /// <summary>Whether status comparisons can be recognised at all.</summary>
        public bool CanCheckComparisons => City is not null && Status is not null && SpecialCityValue is not null;

        /// <summary>The symbols, or <see langword="null"/> when the compilation does not reference NkGen.Runtime.</summary>
        public static SpecialCitySymbols? TryCreate(Compilation compilation)
        {
            var defunct = compilation.GetTypeByMetadataName("NkGen.DefunctSpecialCityAttribute");
            var former = compilation.GetTypeByMetadataName("NkGen.FormerSpecialCityAttribute");
            if (defunct is null || former is null) return null;

            var status = compilation.GetTypeByMetadataName("NkGen.AdministrativeStatus");
            object? specialCity = null;
            if (status is { TypeKind: TypeKind.Enum })
            {
                foreach (var member in status.GetMembers("SpecialCity"))
                {
                    if (member is IFieldSymbol { HasConstantValue: true } field) specialCity = field.ConstantValue;
                }
            }

            return new SpecialCitySymbols(defunct, former, compilation.GetTypeByMetadataName("NkGen.City"), status, specialCity);
        }

        /// <summary>The history of a member marked [DefunctSpecialCity], e.g. <c>SpecialCities.Chongjin</c>.</summary>
        public SpecialCityHistory? Defunct(ISymbol member) => Marks(member).Defunct;

        /// <summary>The history of a member marked [FormerSpecialCity], e.g. <c>Cities.Chongjin</c>.</summary>
        public SpecialCityHistory? Former(ISymbol member) => Marks(member).Former;

        /// <summary>Whether <paramref name="type"/> is <c>NkGen.AdministrativeStatus</c>.</summary>
        public bool IsStatus(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type, Status);

        private MemberMarks Marks(ISymbol member)
        {
            var definition = member.OriginalDefinition;
            if (definition.Kind is not (SymbolKind.Field or SymbolKind.Property)) return MemberMarks.None;
            // Only City members carry the marks: every other referenced field or property (BCL ones included) is
            // answered without reading its attributes or growing the cache.
            var type = definition is IFieldSymbol field ? field.Type : ((IPropertySymbol)definition).Type;
            if (City is null || !SymbolEqualityComparer.Default.Equals(type, City)) return MemberMarks.None;
            return _marks.GetOrAdd(definition, m =>
            {
                SpecialCityHistory? defunct = null, former = null;
                foreach (var attribute in m.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _defunctAttribute)) defunct ??= SpecialCityHistory.From(attribute);
                    else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _formerAttribute)) former ??= SpecialCityHistory.From(attribute);
                }

                return defunct is null && former is null ? MemberMarks.None : new MemberMarks(defunct, former);
            });
        }

        private sealed class MemberMarks
        {
            public static readonly MemberMarks None = new(null, null);

            public MemberMarks(SpecialCityHistory? defunct, SpecialCityHistory? former)
            {
                Defunct = defunct;
                Former = former;
            }

            public SpecialCityHistory? Defunct { get; }

            public SpecialCityHistory? Former { get; }
        }
    }
}
