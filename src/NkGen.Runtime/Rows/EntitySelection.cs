using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace NkGen
{
    /// <summary>
    /// Some rows of another generated class, as a class of their own (the generated <c>SpecialCities</c> are rows of
    /// <c>Cities</c>): its own <c>All</c> and <c>TryGet</c>, which finds only the selected entities. Generated code creates it.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class EntitySelection<T>
        where T : class
    {
        private readonly EntityTable<T> _table;
        private readonly int[] _rows;
        private EntityList<T>? _all;
        private NameKeys? _names;

        /// <summary>Selects <paramref name="rows"/> of the generated list <paramref name="source"/>, in that order.</summary>
        public EntitySelection(EntityList<T> source, int[] rows)
        {
            if (source is null) throw new ArgumentNullException(nameof(source));
            _table = source.Table ?? throw new ArgumentException("The list is not a generated class's list.", nameof(source));
            _rows = rows ?? throw new ArgumentNullException(nameof(rows));
        }

        /// <summary>The selected entities, in the selection's order.</summary>
        public EntityList<T> All => _all ?? Interlocked.CompareExchange(ref _all, Select(), null) ?? _all!;

        /// <summary>Finds a selected entity by any of its names (see <see cref="NameIndex{T}"/> for the matching rules).</summary>
        public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entity)
        {
            var names = _names ?? Interlocked.CompareExchange(ref _names, _table.BuildNames(_rows), null) ?? _names!;
            var row = names.Find(name);
            entity = row < 0 ? null : _table[row];
            return row >= 0;
        }

        private EntityList<T> Select()
        {
            var items = new T[_rows.Length];
            for (var i = 0; i < items.Length; i++) items[i] = _table[_rows[i]];
            return new EntityList<T>(items);
        }
    }
}
