using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Generator.Common;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// The names of one compilation's generated classes, as the generator emitted them: every generated class carries
    /// [LookupNameTable] with exactly the names its TryGet finds each member by (hand-written or older classes may carry
    /// [LookupNames] on each member instead; both are read). The analyzers never
    /// know a name of their own; a class is read the first time it is needed, once per compilation, and one catalogue
    /// serves NKG0001, NKG0002 and NKG0003 alike. Safe to share between concurrent actions.
    /// </summary>
    internal sealed class NameCatalog
    {
        private static readonly ConditionalWeakTable<Compilation, NameCatalog> Catalogs = new();
        private static readonly string[] GeneratedClassNames = { "Cities", "SpecialCities", "Provinces" };

        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _lookupNames;
        private readonly INamedTypeSymbol? _lookupNameTable;
        private readonly ConcurrentDictionary<INamedTypeSymbol, ClassNames> _tables = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, NameTable> _classes = new(SymbolEqualityComparer.Default);
        private readonly Lazy<NameTable> _cityNames;
        private readonly Lazy<NameTable> _provinceNames;

        private NameCatalog(Compilation compilation)
        {
            _compilation = compilation;
            _lookupNames = compilation.GetTypeByMetadataName("NkGen.LookupNamesAttribute");
            _lookupNameTable = compilation.GetTypeByMetadataName("NkGen.LookupNameTableAttribute");
            City = compilation.GetTypeByMetadataName("NkGen.City");
            Province = compilation.GetTypeByMetadataName("NkGen.Province");
            Marks = SpecialCitySymbols.TryCreate(compilation);
            _cityNames = new Lazy<NameTable>(() => Entities(City, "city"));
            _provinceNames = new Lazy<NameTable>(() => Entities(Province, "province"));
        }

        /// <summary><c>NkGen.City</c>, when the compilation has it.</summary>
        public INamedTypeSymbol? City { get; }

        /// <summary><c>NkGen.Province</c>, when the compilation has it.</summary>
        public INamedTypeSymbol? Province { get; }

        /// <summary>The [DefunctSpecialCity]/[FormerSpecialCity] marks, when the compilation has the attributes.</summary>
        public SpecialCitySymbols? Marks { get; }

        /// <summary>Whether names can be checked at all: the runtime has [LookupNames].</summary>
        public bool HasNames => _lookupNames is not null && (City is not null || Province is not null);

        /// <summary>The one catalogue of <paramref name="compilation"/>, shared by every analyzer that needs names.</summary>
        public static NameCatalog For(Compilation compilation) => Catalogs.GetValue(compilation, static c => new NameCatalog(c));

        /// <summary>
        /// The names <paramref name="type"/>'s TryGet finds, with the defunct special cities it has members for; null when
        /// the class has no generated members (it is not one of NkGen's).
        /// </summary>
        public NameTable? Class(INamedTypeSymbol type)
        {
            var table = _classes.GetOrAdd(type.OriginalDefinition, Read);
            return table.IsEmpty ? null : table;
        }

        /// <summary>Every generated city's name (and other spellings), for comparisons with <c>City.Name</c>.</summary>
        public NameTable CityNames => _cityNames.Value;

        /// <summary>Every generated province's name, for comparisons with <c>Province.Name</c>.</summary>
        public NameTable ProvinceNames => _provinceNames.Value;

        private NameTable Read(INamedTypeSymbol type)
        {
            var members = type.GetMembers();
            var noun = type.Name == "SpecialCities" ? "special city" : members.Any(m => IsOf(m, Province)) ? "province" : "city";
            var table = new NameTable(noun);
            foreach (var member in members)
            {
                if (member.Kind is not (SymbolKind.Field or SymbolKind.Property)) continue;
                var names = Names(member);
                foreach (var name in names) table.Add(Named(type, member, names[0], name));
            }

            AddWithoutMembers(table, type);
            if (Marks is null) return table;
            foreach (var member in members)
            {
                if (member.Kind is not (SymbolKind.Field or SymbolKind.Property) || Marks.Defunct(member) is not { } history) continue;
                // TryGet never finds a defunct member; its names are those of the member to use today (Cities.Chongjin).
                table.AddDefunct(history.City, history);
                var dot = history.Replacement.LastIndexOf('.');
                if (dot <= 0) continue;
                var replacementType = history.ReplacementType == type.Name ? type
                    : type.ContainingNamespace.GetTypeMembers(history.ReplacementType).FirstOrDefault();
                var replacement = replacementType?.GetMembers(history.Replacement.Substring(dot + 1)).FirstOrDefault();
                if (replacement is null) continue;
                foreach (var name in Names(replacement)) table.AddDefunct(name, history);
            }

            return table;
        }

        /// <summary>
        /// The names TryGet finds a member by, its entity's own name first: from its class's [LookupNameTable], or from the
        /// member's own [LookupNames].
        /// </summary>
        private IReadOnlyList<string> Names(ISymbol member)
        {
            if (_lookupNameTable is not null && member.ContainingType is { } type
                && _tables.GetOrAdd(type.OriginalDefinition, ReadTable).ByMember.TryGetValue(member.Name, out var listed))
            {
                return listed;
            }

            if (_lookupNames is null) return Array.Empty<string>();
            foreach (var attribute in member.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _lookupNames)) continue;
                var args = attribute.ConstructorArguments;
                if (args.Length != 1 || args[0].Kind != TypedConstantKind.Array) return Array.Empty<string>();
                return args[0].Values.Select(v => v.Value as string).Where(n => !string.IsNullOrEmpty(n)).ToList()!;
            }

            return Array.Empty<string>();
        }

        /// <summary>
        /// The names of a class's entities past the members it can hold (NKG2013): valid names (TryGet finds them), with no
        /// member to offer instead.
        /// </summary>
        private void AddWithoutMembers(NameTable table, INamedTypeSymbol type)
        {
            if (_lookupNameTable is null) return;
            foreach (var names in _tables.GetOrAdd(type.OriginalDefinition, ReadTable).WithoutMember)
            {
                foreach (var name in names) table.Add(new NamedMember(names[0], name, "", ""));
            }
        }

        /// <summary>
        /// A class's [LookupNameTable] (<see cref="LookupTableText"/>): member name → names, and the names of entities
        /// without a member.
        /// </summary>
        private ClassNames ReadTable(INamedTypeSymbol type)
        {
            var members = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var withoutMember = new List<IReadOnlyList<string>>();
            var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, _lookupNameTable));
            if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string text) return new ClassNames(members, withoutMember);
            foreach (var line in LookupTableText.Lines(text))
            {
                if (line.Member.Length == 0) withoutMember.Add(line.Names);
                else members[line.Member] = line.Names;
            }

            return new ClassNames(members, withoutMember);
        }

        private sealed record ClassNames(IReadOnlyDictionary<string, IReadOnlyList<string>> ByMember, IReadOnlyList<IReadOnlyList<string>> WithoutMember);

        private static NamedMember Named(INamedTypeSymbol type, ISymbol member, string entityName, string spelling) => new(
            entityName, spelling, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Identifier(member.Name), type.Name + "." + member.Name);

        /// <summary>
        /// Every generated class with members of <paramref name="entityType"/>: this compilation's first, then those of
        /// referenced libraries that depend on the NkGen runtime; within each, <c>Cities</c> before <c>SpecialCities</c>,
        /// so that a comparison's fix names the class of all cities.
        /// </summary>
        private NameTable Entities(INamedTypeSymbol? entityType, string noun)
        {
            var table = new NameTable(noun);
            if (entityType is null || _lookupNames is null) return table;
            foreach (var type in GeneratedClasses())
            {
                foreach (var member in type.GetMembers())
                {
                    if (!IsOf(member, entityType)) continue;
                    var names = Names(member);
                    foreach (var name in names) table.Add(Named(type, member, names[0], name));
                }

                if (type.GetMembers().Any(m => IsOf(m, entityType))) AddWithoutMembers(table, type);
            }

            return table;
        }

        private IEnumerable<INamedTypeSymbol> GeneratedClasses()
        {
            foreach (var name in GeneratedClassNames)
            {
                foreach (var symbol in _compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().OrderBy(t => t.ToDisplayString(), StringComparer.Ordinal))
                {
                    yield return symbol;
                }
            }

            // Only libraries compiled against the runtime can hold generated classes; their namespaces are walked
            // without recursion (and without reading any type but the three class names).
            var runtime = _lookupNames!.ContainingAssembly;
            foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Contains(runtime, SymbolEqualityComparer.Default))) continue;
                var found = new List<INamedTypeSymbol>();
                var namespaces = new Stack<INamespaceSymbol>();
                namespaces.Push(assembly.GlobalNamespace);
                while (namespaces.Count > 0)
                {
                    var ns = namespaces.Pop();
                    foreach (var inner in ns.GetNamespaceMembers()) namespaces.Push(inner);
                    foreach (var name in GeneratedClassNames)
                    {
                        found.AddRange(ns.GetTypeMembers(name).Where(t => _compilation.IsSymbolAccessibleWithin(t, _compilation.Assembly)));
                    }
                }

                foreach (var type in found.OrderBy(t => Array.IndexOf(GeneratedClassNames, t.Name)).ThenBy(t => t.ToDisplayString(), StringComparer.Ordinal))
                {
                    yield return type;
                }
            }
        }

        private static bool IsOf(ISymbol member, INamedTypeSymbol? entityType)
        {
            var type = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                INamedTypeSymbol named => named,
                _ => null,
            };
            return type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, entityType);
        }

        private static string Identifier(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
