using System;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// The hash table behind every name lookup: folded names (see <see cref="NameIndex{T}"/>'s remarks) to numbers.
    /// <see cref="NameIndex{T}"/> maps the numbers to entities; a generated table maps them to rows it decodes on demand.
    /// </summary>
    internal sealed class NameKeys
    {
        private readonly Entry[] _entries;

        // Per bucket, the index of its first entry plus one; 0 for an empty bucket.
        private readonly int[] _buckets;
        private readonly uint _mask;

        // A name shorter than the shortest key cannot fold to any key (folding never lengthens), so it is rejected
        // without hashing.
        private readonly int _minLength;

        /// <summary>
        /// Builds the table from (name, value) pairs. Of names that are the same under the fold, the first keeps its value
        /// and the others are ignored; a name that folds to nothing is not kept.
        /// </summary>
        public NameKeys(IReadOnlyList<KeyValuePair<string, int>> names)
        {
            // At most half full, so that most buckets hold one name.
            var size = 1;
            while (size < names.Count * 2) size <<= 1;
            _buckets = new int[size];
            _mask = (uint)size - 1;
            _entries = new Entry[names.Count];

            var count = 0;
            var minLength = int.MaxValue;
            for (var n = 0; n < names.Count; n++)
            {
                var pair = names[n];
                if (pair.Key is null) throw new ArgumentException("A name is null.", nameof(names));
                var key = NameFold.Key(pair.Key);
                if (key.Length == 0) continue;
                var hash = NameFold.Hash(key);
                if (Find(key, hash) >= 0) continue;
                ref var bucket = ref _buckets[hash & _mask];
                _entries[count] = new Entry(key, pair.Value, hash, bucket - 1);
                bucket = ++count;
                minLength = Math.Min(minLength, key.Length);
            }

            if (count < _entries.Length) Array.Resize(ref _entries, count);
            _minLength = minLength;
        }

        /// <summary>The value of the name that <paramref name="name"/> folds to, or -1.</summary>
        public int Find(string? name)
        {
            if (name is null || name.Length < _minLength) return -1;
            var at = Find(name, NameFold.Hash(name));
            return at < 0 ? -1 : _entries[at].Value;
        }

        private int Find(string name, uint hash)
        {
            var entries = _entries;
            for (var i = _buckets[hash & _mask] - 1; (uint)i < (uint)entries.Length; i = entries[i].Next)
            {
                if (entries[i].Hash == hash && NameFold.MatchesKey(name, entries[i].Key)) return i;
            }

            return -1;
        }

        private readonly struct Entry
        {
            public Entry(string key, int value, uint hash, int next)
            {
                Key = key;
                Value = value;
                Hash = hash;
                Next = next;
            }

            /// <summary>The name as folded by <see cref="NameFold.Key"/>.</summary>
            public string Key { get; }

            public int Value { get; }

            public uint Hash { get; }

            /// <summary>The next entry of the same bucket, or -1.</summary>
            public int Next { get; }
        }
    }
}
