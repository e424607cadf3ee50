using System;
using System.Collections.Generic;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// NkGen.Runtime's NameIndex as it was before issue 6 (commit 21ddc68), kept verbatim so that every run of the lookup
    /// suite measures the change: a Dictionary with OrdinalIgnoreCase behind a null check.
    /// </summary>
    internal sealed class NameIndexBefore<T>
        where T : class
    {
        private readonly Dictionary<string, T> _byName;

        public NameIndexBefore(IEnumerable<KeyValuePair<string, T>> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            _byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in names)
            {
                if (!_byName.ContainsKey(pair.Key)) _byName.Add(pair.Key, pair.Value);
            }
        }

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
