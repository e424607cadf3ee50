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
        private readonly List<(string Name, string Member)> _names = new();
        private readonly HashSet<string> _keys = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byMember = new(System.StringComparer.Ordinal);
        private readonly List<string> _members = new();

        /// <summary>Every (name, member) pair, in the order they were added.</summary>
        public IReadOnlyList<(string Name, string Member)> All => _names;

        public void Add(string name, string member)
        {
            if (!_keys.Add(LookupKey.Of(name))) return;
            _names.Add((name, member));
            if (!_byMember.TryGetValue(member, out var names))
            {
                _byMember[member] = names = new List<string>();
                _members.Add(member);
            }

            names.Add(name);
        }

        /// <summary>
        /// The class's <c>[LookupNameTable(…)]</c> line: a line per member TryGet finds, <c>Member|name;name;…</c> (its
        /// metadata name, without <c>@</c>), in the order members were first named.
        /// </summary>
        public string TableAttribute()
        {
            var lines = _members.Select(m => new RowBuilder().Text(m.TrimStart('@')).Strings(_byMember[m]).ToString());
            return $"[{EmitOptions.Runtime}LookupNameTable({TextEscaping.Literal(string.Join("\n", lines))})]";
        }
    }
}
