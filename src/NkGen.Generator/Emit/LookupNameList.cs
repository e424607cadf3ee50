using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The names a class's TryGet finds each of its members by: one list, from which both the name index and each
    /// member's <c>[LookupNames]</c> attribute are written, so the analyzers see exactly what TryGet accepts. A name whose
    /// <see cref="LookupKey"/> is already taken is dropped, as the index would keep its first entity anyway.
    /// </summary>
    internal sealed class LookupNameList
    {
        private readonly List<(string Name, string Member)> _names = new();
        private readonly HashSet<string> _keys = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _byMember = new(System.StringComparer.Ordinal);

        /// <summary>Every (name, member) pair, in the order they were added.</summary>
        public IReadOnlyList<(string Name, string Member)> All => _names;

        public void Add(string name, string member)
        {
            if (!_keys.Add(LookupKey.Of(name))) return;
            _names.Add((name, member));
            if (!_byMember.TryGetValue(member, out var names)) _byMember[member] = names = new List<string>();
            names.Add(name);
        }

        /// <summary>The <c>[LookupNames(…)]</c> line for <paramref name="member"/>, or <see langword="null"/> when TryGet never finds it.</summary>
        public string? Attribute(string member) =>
            _byMember.TryGetValue(member, out var names)
                ? $"[{EmitOptions.Runtime}LookupNames({string.Join(", ", names.ConvertAll(TextEscaping.Literal))})]"
                : null;
    }
}
