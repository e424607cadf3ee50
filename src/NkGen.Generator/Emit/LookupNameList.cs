using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Emit
{
    /// <summary>An entity's names as the emitters see them: its identity, name, Chosŏn'gŭl, Hancha and other spellings.</summary>
    internal readonly record struct EntityNames(string Identity, string Name, string? Korean, string? Hancha, IReadOnlyList<string> OtherNames);

    /// <summary>
    /// The names a class's TryGet finds each of its members by: one list, from which the class's
    /// <c>[LookupNameTable]</c> attribute is written, so the analyzers see exactly what TryGet accepts (the runtime's table
    /// indexes its rows' names in the same order). A name whose <see cref="LookupKey"/> is already taken is dropped, as
    /// the index would keep its first entity anyway.
    /// </summary>
    internal sealed class LookupNameList
    {
        // The names kept, one per key.
        private readonly HashSet<string> _keys = new(LookupKey.Comparer);
        private readonly string?[] _members;

        // Per entity (by its index), the names it keeps; and the entities in the order they were first named.
        private readonly List<string>?[] _names;
        private readonly List<int> _order;

        private LookupNameList(IReadOnlyList<EntityNames> entities, IReadOnlyDictionary<string, string> members)
        {
            _members = new string?[entities.Count];
            for (var i = 0; i < entities.Count; i++) _members[i] = members.TryGetValue(entities[i].Identity, out var id) ? id : null;
            _names = new List<string>?[entities.Count];
            _order = new List<int>(entities.Count);
        }

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
            var names = new LookupNameList(entities, members);
            for (var i = 0; i < entities.Count; i++) names.Add(entities[i].Name, i);
            for (var i = 0; i < entities.Count; i++)
            {
                if (entities[i].Korean is { } korean) names.Add(korean, i);
                if (entities[i].Hancha is { } hancha) names.Add(hancha, i);
            }

            for (var i = 0; i < entities.Count; i++)
            {
                foreach (var other in entities[i].OtherNames) names.Add(other, i);
            }

            for (var i = 0; i < entities.Count; i++)
            {
                if (names._members[i] is { } member) names.Add(member.TrimStart('@'), i);
            }

            return names;
        }

        /// <summary>
        /// Writes the class's <c>[LookupNameTable(…)]</c> line: a line per entity TryGet finds, <c>Member|name;name;…</c> (its
        /// metadata name, without <c>@</c>; empty for an entity without a member), or just <c>name;name;…</c> when the
        /// member is named as the first name, in the order entities were first named.
        /// Written straight into the file: at 10,000 cities the table is a string of a megabyte.
        /// </summary>
        public void WriteTableAttribute(SourceWriter writer)
        {
            writer.StartLine().Append('[').Append(EmitOptions.Runtime).Append("LookupNameTable(\"");
            var row = new RowBuilder();
            for (var i = 0; i < _order.Count; i++)
            {
                var entity = _order[i];
                if (i > 0) writer.AppendLiteralContent("\n");
                var member = _members[entity]?.TrimStart('@') ?? "";
                var names = _names[entity]!;
                // A member named as its first name is left out, with its separator: the usual line, a name shorter.
                if (member == names[0]) row.Clear().Strings(names);
                else row.Clear().Text(member).Strings(names);
                writer.AppendLiteralContent(row.ToString());
            }

            writer.Append("\")]").EndLine();
        }

        // A name whose key another name already took is dropped: the runtime's index would keep the first anyway.
        private void Add(string name, int entity)
        {
            if (!_keys.Add(name)) return;
            if (_names[entity] is not { } names)
            {
                _names[entity] = names = new List<string>(4);
                _order.Add(entity);
            }

            names.Add(name);
        }
    }
}
