using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The names a class's TryGet finds each of its members by: one list, from which the class's
    /// <c>[LookupNameTable]</c> attribute is written, so the analyzers see exactly what TryGet accepts (the runtime's table
    /// indexes its rows' names in the same order). A name whose <see cref="LookupKey"/> is already taken is dropped, as
    /// the index would keep its first entity anyway.
    /// </summary>
    /// <summary>An entity's names as the emitters see them: its identity, name, Chosŏn'gŭl, Hancha and other spellings.</summary>
    internal readonly record struct EntityNames(string Identity, string Name, string? Korean, string? Hancha, IReadOnlyList<string> OtherNames);

    internal sealed class LookupNameList
    {
        private readonly HashSet<string> _keys = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byEntity = new(System.StringComparer.Ordinal);
        private readonly List<(string Entity, string? Member)> _entities = new();

        /// <summary>
        /// Every name TryGet accepts for a class's entities, in the order that decides which entity keeps a name two share:
        /// every entity's own name, then Chosŏn'gŭl and Hancha names, then the other spellings (the sources' and the
        /// computed romanizations), then member names. So an entity's own name always beats another's Korean name or
        /// suffixed member name (a city "All2" is found as itself, not as the city "All" generated as All2). The runtime's
        /// table indexes its rows in the same order (EntityTable.BuildNames).
        /// </summary>
        /// <param name="entities">The entities in the class's order.</param>
        /// <param name="members">Identity name → member name; an entity past the members a class holds has none.</param>
        public static LookupNameList Of(IReadOnlyList<EntityNames> entities, IReadOnlyDictionary<string, string> members)
        {
            var list = entities.Select(e => (Entity: e, Member: members.TryGetValue(e.Identity, out var id) ? id : null)).ToList();
            var names = new LookupNameList();
            foreach (var (entity, member) in list) names.Add(entity.Name, entity.Identity, member);
            foreach (var (entity, member) in list)
            {
                if (entity.Korean is { } korean) names.Add(korean, entity.Identity, member);
                if (entity.Hancha is { } hancha) names.Add(hancha, entity.Identity, member);
            }

            foreach (var (entity, member) in list)
            {
                foreach (var other in entity.OtherNames) names.Add(other, entity.Identity, member);
            }

            foreach (var (entity, member) in list)
            {
                if (member is not null) names.Add(member.TrimStart('@'), entity.Identity, member);
            }

            return names;
        }

        /// <summary>
        /// Adds a name of <paramref name="entity"/> (its identity name), whose member is <paramref name="member"/>, or null
        /// for an entity past the members a class can hold (TryGet and All still find it).
        /// </summary>
        public void Add(string name, string entity, string? member)
        {
            if (!_keys.Add(LookupKey.Of(name))) return;
            if (!_byEntity.TryGetValue(entity, out var names))
            {
                _byEntity[entity] = names = new List<string>();
                _entities.Add((entity, member));
            }

            names.Add(name);
        }

        /// <summary>
        /// The class's <c>[LookupNameTable(…)]</c> line: a line per entity TryGet finds, <c>Member|name;name;…</c> (its
        /// metadata name, without <c>@</c>; empty for an entity without a member), in the order entities were first named.
        /// </summary>
        public string TableAttribute()
        {
            var table = new System.Text.StringBuilder(_entities.Count * 48);
            foreach (var (entity, member) in _entities)
            {
                if (table.Length > 0) table.Append('\n');
                table.Append(new RowBuilder().Text(member?.TrimStart('@') ?? "").Strings(_byEntity[entity]).ToString());
            }

            return $"[{EmitOptions.Runtime}LookupNameTable({TextEscaping.Literal(table.ToString())})]";
        }
    }
}
