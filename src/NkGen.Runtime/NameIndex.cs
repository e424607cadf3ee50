using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NkGen
{
    /// <summary>
    /// Finds generated entities by any of their names (romanized, Chosŏn'gŭl, Hancha), ignoring case.
    /// Generated <c>TryGet</c> methods delegate here.
    /// </summary>
    /// <remarks>
    /// The names are fixed when the index is built, and a lookup allocates nothing. Names are matched with
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> in a chained hash table at most half full, with a cheap
    /// case-folding hash instead of the randomized one a Dictionary uses (see docs/benchmarks.md, suite 4).
    /// </remarks>
    /// <typeparam name="T">The entity type.</typeparam>
    public sealed class NameIndex<T>
        where T : class
    {
        private readonly Entry[] _entries;

        // Per bucket, the index of its first entry plus one; 0 for an empty bucket.
        private readonly int[] _buckets;
        private readonly uint _mask;

        // Names shorter than _minLength or longer than _minLength + _lengthSpread are rejected without hashing.
        private readonly int _minLength;
        private readonly uint _lengthSpread;

        /// <summary>Builds the index from (name, entity) pairs; a name given twice keeps its first entity.</summary>
        public NameIndex(IEnumerable<KeyValuePair<string, T>> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            var pairs = names as ICollection<KeyValuePair<string, T>> ?? new List<KeyValuePair<string, T>>(names);

            // At most half full, so that most buckets hold one name.
            var size = 1;
            while (size < pairs.Count * 2) size <<= 1;
            _buckets = new int[size];
            _mask = (uint)size - 1;
            _entries = new Entry[pairs.Count];

            var count = 0;
            var minLength = int.MaxValue;
            var maxLength = 0;
            foreach (var pair in pairs)
            {
                if (pair.Key is null) throw new ArgumentException("A name is null.", nameof(names));
                var hash = Hash(pair.Key);
                if (Find(pair.Key, hash) >= 0) continue;
                ref var bucket = ref _buckets[hash & _mask];
                _entries[count] = new Entry(pair.Key, pair.Value, hash, bucket - 1);
                bucket = ++count;
                minLength = Math.Min(minLength, pair.Key.Length);
                maxLength = Math.Max(maxLength, pair.Key.Length);
            }

            if (count < _entries.Length) Array.Resize(ref _entries, count);
            _minLength = minLength;
            _lengthSpread = count == 0 ? 0 : (uint)(maxLength - minLength);
        }

        /// <summary>Finds the entity called <paramref name="name"/>, ignoring case.</summary>
        public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entity)
        {
            if (name is not null && (uint)(name.Length - _minLength) <= _lengthSpread)
            {
                var at = Find(name, Hash(name));
                if (at >= 0)
                {
                    entity = _entries[at].Value;
                    return true;
                }
            }

            entity = null;
            return false;
        }

        private int Find(string name, uint hash)
        {
            var entries = _entries;
            for (var i = _buckets[hash & _mask] - 1; (uint)i < (uint)entries.Length; i = entries[i].Next)
            {
                if (entries[i].Hash == hash && string.Equals(entries[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
            }

            return -1;
        }

        /// <summary>
        /// The whole name, case-folded, two characters at a time. Two names equal under OrdinalIgnoreCase hash alike:
        /// both compare characters by their invariant upper-case mapping, and <see cref="Fold"/> maps each character to
        /// a value that depends only on that mapping. Not randomized: the names are the generator's, not an attacker's.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Hash(string name)
        {
            var n = name.Length;
            var hash = (uint)n * 0x9E3779B1u;
            var i = 0;
            for (; i + 1 < n; i += 2)
            {
                var pair = name[i] | (uint)name[i + 1] << 16;
                // Two ASCII characters (the usual case) fold with one OR; anything else goes through Fold.
                pair = (pair & 0xFF80FF80u) == 0 ? pair | 0x00200020u : Fold(name[i]) | Fold(name[i + 1]) << 16;
                hash = (hash ^ pair) * 0x85EBCA77u + 0x165667B1u;
            }

            if (i < n) hash = (hash ^ Fold(name[i])) * 0x85EBCA77u;

            // Murmur3's finalizer: the bucket is chosen by the low bits, which must depend on every character.
            hash ^= hash >> 16;
            hash *= 0x85EBCA6Bu;
            hash ^= hash >> 13;
            hash *= 0xC2B2AE35u;
            return hash ^ (hash >> 16);
        }

        private static uint Fold(char c)
        {
            // ASCII: setting bit 5 maps 'A'–'Z' onto 'a'–'z' (and a few punctuation pairs onto each other, which only
            // costs a rare extra comparison).
            if (c < 0x80) return (uint)(c | 0x20);

            // Hangul syllables and CJK ideographs have no case.
            if ((c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u4E00' && c <= '\u9FFF')) return c;

            // OrdinalIgnoreCase folds surrogate pairs as pairs; all surrogates hash alike, the comparison decides.
            if (c >= '\uD800' && c <= '\uDFFF') return 0xD800;
            uint upper = char.ToUpperInvariant(c);
            return upper < 0x80 ? upper | 0x20 : upper;
        }

        private readonly struct Entry
        {
            public Entry(string name, T value, uint hash, int next)
            {
                Name = name;
                Value = value;
                Hash = hash;
                Next = next;
            }

            public string Name { get; }

            public T Value { get; }

            public uint Hash { get; }

            /// <summary>The next entry of the same bucket, or -1.</summary>
            public int Next { get; }
        }
    }
}
