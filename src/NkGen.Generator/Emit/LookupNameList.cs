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
    internal sealed class LookupNameList
    {
        private readonly HashSet<string> _keys = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byEntity = new(System.StringComparer.Ordinal);
        private readonly List<(string Entity, string? Member)> _entities = new();

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
            var lines = _entities.Select(e => new RowBuilder().Text(e.Member?.TrimStart('@') ?? "").Strings(_byEntity[e.Entity]).ToString());
            return $"[{EmitOptions.Runtime}LookupNameTable({TextEscaping.Literal(string.Join("\n", lines))})]";
        }
    }
}
