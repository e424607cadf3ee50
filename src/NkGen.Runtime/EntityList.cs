using System;
using System.Collections;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// A read-only list of generated entities. <c>foreach</c> over it allocates nothing: its enumerator is a struct.
    /// A generated class's list builds each entity when it is first read.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    public sealed class EntityList<T> : IReadOnlyList<T>
        where T : class
    {
        // The entities, or (for a generated table) the table's built entities, null until first read.
        private readonly T?[] _items;
        private readonly EntityTable<T>? _table;

        /// <summary>Wraps <paramref name="items"/>; the list takes ownership and never changes it.</summary>
        public EntityList(T[] items) => _items = items ?? throw new ArgumentNullException(nameof(items));

        internal EntityList(EntityTable<T> table)
        {
            _table = table;
            _items = table.Entities;
        }

        /// <summary>The generated table behind the list, or null for a list of given entities.</summary>
        internal EntityTable<T>? Table => _table;

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public T this[int index] => _items[index] ?? _table!.Load(index);

        /// <summary>Returns an allocation-free enumerator.</summary>
#pragma warning disable RS0041 // The API tracker takes a nested type of a class-constrained generic for oblivious.
        public Enumerator GetEnumerator() => new Enumerator(this);
#pragma warning restore RS0041

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        /// <summary>An allocation-free enumerator over an <see cref="EntityList{T}"/>.</summary>
        public struct Enumerator
        {
            private readonly EntityList<T> _list;
            private int _index;

            internal Enumerator(EntityList<T> list)
            {
                _list = list;
                _index = -1;
            }

            /// <summary>The current entity.</summary>
            public T Current => _list[_index];

            /// <summary>Moves to the next entity.</summary>
            public bool MoveNext() => ++_index < _list.Count;
        }
    }
}
