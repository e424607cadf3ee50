using System;
using System.Collections;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// A read-only list of generated entities. <c>foreach</c> over it allocates nothing: its enumerator is a struct.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    public sealed class EntityList<T> : IReadOnlyList<T>
    {
        private readonly T[] _items;

        /// <summary>Wraps <paramref name="items"/>; the list takes ownership and never changes it.</summary>
        public EntityList(T[] items) => _items = items ?? throw new ArgumentNullException(nameof(items));

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public T this[int index] => _items[index];

        /// <summary>Returns an allocation-free enumerator.</summary>
        public Enumerator GetEnumerator() => new Enumerator(_items);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>An allocation-free enumerator over an <see cref="EntityList{T}"/>.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private int _index;

            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            /// <summary>The current entity.</summary>
            public T Current => _items[_index];

            /// <summary>Moves to the next entity.</summary>
            public bool MoveNext() => ++_index < _items.Length;
        }
    }
}
