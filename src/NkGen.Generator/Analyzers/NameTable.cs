using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using NkGen.Generator.Common;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// Names and the members they stand for, matched by <see cref="LookupKey"/> as TryGet matches them: one generated
    /// class's lookup names, or the <c>Name</c>s of every generated city (or province) for comparisons with <c>Name</c>.
    /// Built once, then only read (but for a concurrent cache of diagnostic properties), so it is safe to share between
    /// concurrent actions.
    /// </summary>
    internal sealed class NameTable
    {
        private readonly Dictionary<string, NamedMember> _byKey = new(StringComparer.Ordinal);
        private readonly List<NamedMember> _all = new();
        private readonly Dictionary<string, SpecialCityHistory> _defunct = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NamedMember> _byEntityName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NamedMember> _byEntityKey = new(StringComparer.Ordinal);
        private readonly List<NamedMember> _entities = new();
        private readonly ConcurrentDictionary<(string Kind, string Member, bool Negated), ImmutableDictionary<string, string?>> _resolvedProperties = new();

        /// <summary>The noun a message uses for what the table holds: <c>city</c>, <c>special city</c> or <c>province</c>.</summary>
        public NameTable(string noun) => Noun = noun;

        public string Noun { get; }

        /// <summary>Whether the table has any name: a class without [LookupNames] members is not one NkGen generated.</summary>
        public bool IsEmpty => _all.Count == 0 && _defunct.Count == 0;

        /// <summary>Every name with its member, for suggestions.</summary>
        public IReadOnlyList<NamedMember> All => _all;

        /// <summary>One member per entity, spelled by the entity's own name: what a <c>Name</c> can equal.</summary>
        public IReadOnlyList<NamedMember> Entities => _entities;

        /// <summary>Adds a name; a name whose key is taken keeps its first member, as the generated index does.</summary>
        public void Add(NamedMember member)
        {
            if (!_byEntityName.ContainsKey(member.EntityName))
            {
                var entity = member with { Spelling = member.EntityName };
                _byEntityName.Add(member.EntityName, entity);
                _entities.Add(entity);
                var entityKey = member.EntityName.ToUpperInvariant();
                if (!_byEntityKey.ContainsKey(entityKey)) _byEntityKey.Add(entityKey, entity);
            }

            var key = LookupKey.Of(member.Spelling);
            if (_byKey.ContainsKey(key)) return;
            _byKey.Add(key, member);
            _all.Add(member);
        }

        /// <summary>Adds a name of a defunct special city, which the class has a member for but TryGet never finds.</summary>
        public void AddDefunct(string name, SpecialCityHistory history)
        {
            var key = LookupKey.Of(name);
            if (!_defunct.ContainsKey(key)) _defunct.Add(key, history);
        }

        /// <summary>
        /// The member <paramref name="name"/> stands for, matched as TryGet matches it: by its key, or else without a city
        /// unit at its end ("Chongjin City").
        /// </summary>
        public NamedMember? Find(string name) =>
            _byKey.TryGetValue(LookupKey.Of(name), out var member) || (NameFold.WithoutCityUnit(name) is { } place && _byKey.TryGetValue(LookupKey.Of(place), out member))
                ? member
                : null;

        /// <summary>The member whose entity's <c>Name</c> equals <paramref name="name"/>, exactly or ignoring case as a comparison does.</summary>
        public NamedMember? FindEntity(string name, bool ignoreCase) =>
            // Ignoring case is the comparison's (OrdinalIgnoreCase, or a culture's), not TryGet's: upper case, not LookupKey.
            (ignoreCase ? _byEntityKey.TryGetValue(name.ToUpperInvariant(), out var member) : _byEntityName.TryGetValue(name, out member)) ? member : null;

        /// <summary>
        /// The properties of an NKG0002 diagnostic (see <see cref="ConstantNameProperties"/>), built once per kind of use
        /// and member: a compilation reports the same few members again and again.
        /// </summary>
        public ImmutableDictionary<string, string?> ResolvedProperties(string kind, NamedMember member, bool negated) =>
            _resolvedProperties.GetOrAdd((kind, member.FullName, negated), static key =>
            {
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties.Add(ConstantNameProperties.Kind, key.Kind);
                properties.Add(ConstantNameProperties.Member, key.Member);
                if (key.Negated) properties.Add(ConstantNameProperties.Negated, "true");
                return properties.ToImmutable();
            });

        /// <summary>The defunct special city <paramref name="name"/> names, when TryGet finds nothing for it.</summary>
        public SpecialCityHistory? FindDefunct(string name) =>
            _byKey.ContainsKey(LookupKey.Of(name)) ? null : _defunct.TryGetValue(LookupKey.Of(name), out var history) ? history : null;
    }
}
