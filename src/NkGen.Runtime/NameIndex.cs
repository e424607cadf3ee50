using System;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// Finds generated entities by any of their names (romanized, Chosŏn'gŭl, Hancha), however they are spelled:
    /// case, diacritics, apostrophes, hyphens and spaces do not matter. Generated <c>TryGet</c> methods delegate here.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Two names match when they are equal after folding: case ignored (as OrdinalIgnoreCase does), precomposed Latin
    /// letters folded to their base letter (ŏ → o, ŭ → u, é → e) and combining marks skipped, apostrophes (' ’ ‘ ʼ ʻ ` ´),
    /// hyphens and dashes (- ‐ ‑ – —) and spaces (including no-break and thin spaces) skipped. So "Ch'ŏngjin", "CH’ONGJIN",
    /// "chong-jin" and "Chong jin" all find the name "Chongjin", and "P’yŏngyang" finds "Pyongyang". Chosŏn'gŭl and
    /// Hancha compare as themselves ("함흥 시" finds "함흥시"; "함흥" is found only if the index holds it). Different letters
    /// stay different: "Chongju" does not find "Chongjin".
    /// </para>
    /// <para>
    /// Names that fold alike are one name: of two such names (say "Sŏnch'ŏn" and "Sonchon" for different entities) the
    /// index keeps the entity of the first one given. Which one that is, the generator decides by the order in which it
    /// lists a class's names (its emitter's <c>LookupNames</c>): every entity's own name comes before any Chosŏn'gŭl, Hancha,
    /// other spelling or member name, so an entity is always found by its own name. A name that folds to nothing (only
    /// apostrophes, hyphens or spaces) is not indexed.
    /// </para>
    /// <para>
    /// The names are fixed when the index is built, and a lookup allocates nothing: the name is folded character by
    /// character while hashing and comparing, against keys folded in advance, in a chained hash table at most half full
    /// with a cheap non-randomized hash (see docs/benchmarks.md, suite 4).
    /// </para>
    /// </remarks>
    /// <typeparam name="T">The entity type.</typeparam>
    public sealed class NameIndex<T>
        where T : class
    {
        private readonly Entry[] _entries;

        // Per bucket, the index of its first entry plus one; 0 for an empty bucket.
        private readonly int[] _buckets;
        private readonly uint _mask;

        // A name shorter than the shortest key cannot fold to any key (folding never lengthens), so it is rejected
        // without hashing.
        private readonly int _minLength;

        /// <summary>
        /// Builds the index from (name, entity) pairs. Of names that are the same under the fold (see the remarks), the
        /// first keeps its entity and the others are ignored.
        /// </summary>
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
            foreach (var pair in pairs)
            {
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

        /// <summary>
        /// Finds the entity called <paramref name="name"/>, ignoring case, diacritics, apostrophes, hyphens and spaces.
        /// </summary>
        public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entity)
        {
            if (name is not null && name.Length >= _minLength)
            {
                var at = Find(name, NameFold.Hash(name));
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
                if (entries[i].Hash == hash && NameFold.MatchesKey(name, entries[i].Key)) return i;
            }

            return -1;
        }

        private readonly struct Entry
        {
            public Entry(string key, T value, uint hash, int next)
            {
                Key = key;
                Value = value;
                Hash = hash;
                Next = next;
            }

            /// <summary>The name as folded by <see cref="NameFold.Key"/>.</summary>
            public string Key { get; }

            public T Value { get; }

            public uint Hash { get; }

            /// <summary>The next entry of the same bucket, or -1.</summary>
            public int Next { get; }
        }
    }
}
