using System;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// Finds generated entities by any of their names (romanized, Chosŏn'gŭl, Hancha), ignoring case.
    /// Generated <c>TryGet</c> methods delegate here.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    public sealed class NameIndex<T>
        where T : class
    {
        private readonly Dictionary<string, T> _byName;

        /// <summary>Builds the index from (name, entity) pairs; a name given twice keeps its first entity.</summary>
        public NameIndex(IEnumerable<KeyValuePair<string, T>> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            _byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in names)
            {
                if (!_byName.ContainsKey(pair.Key)) _byName.Add(pair.Key, pair.Value);
            }
        }

        /// <summary>Finds the entity called <paramref name="name"/>, ignoring case.</summary>
        public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entity)
        {
            if (name is null)
            {
                entity = null;
                return false;
            }

            return _byName.TryGetValue(name, out entity);
        }
    }
}
