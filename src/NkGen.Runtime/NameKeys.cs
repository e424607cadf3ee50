using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NkGen
{
    /// <summary>
    /// The hash table behind every name lookup: folded names (see <see cref="NameFold"/>) to numbers.
    /// <see cref="NameIndex{T}"/> maps the numbers to entities; a generated table maps them to rows it decodes on demand.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Open addressing with linear probing, at most half full: a slot holds the folded key, its hash and its value, so
    /// that a lookup reads one slot (usually one cache line) and then the key's characters, where a chained table would
    /// read a bucket, an entry and the key. An empty slot ends the probe.
    /// </para>
    /// <para>
    /// Most names looked up are plain ASCII with nothing to skip ("hAmHuNg"). Those take <see cref="Find"/>'s own loop:
    /// one pass that hashes two characters a step, folding each by a 128-entry table, and notes whether any character was
    /// non-ASCII or skipped; then a key of the same length is compared by the same table. Any other name (Chosŏn'gŭl,
    /// Hancha, diacritics, apostrophes, hyphens, spaces) leaves that loop at its first such pair of characters for
    /// <see cref="FindFolded"/>, which carries on the hash from there, folding through <see cref="NameFold"/>, and
    /// compares a name that is its own fold ordinally. The two paths are separate methods so that the JIT lays out and profiles each for its
    /// own names (Dynamic PGO otherwise shapes one loop for whichever kind of name it saw first), and both compute
    /// <see cref="NameFold.Hash"/>, so they find the same keys.
    /// </para>
    /// </remarks>
    internal sealed class NameKeys
    {
        /// <summary>The fold of each ASCII character, or <see cref="Skipped"/> for one the fold skips.</summary>
        private static readonly byte[] AsciiFold = AsciiTable();

        // Not an ASCII character, so OR-ing it into the characters seen marks the name as not plain.
        private const byte Skipped = 0x80;

        private readonly Slot[] _slots;
        private readonly int _mask;

        // A name shorter than the shortest key cannot fold to any key (folding never lengthens), so it is rejected
        // without hashing.
        private readonly int _minLength;

        /// <summary>
        /// Builds the table from (name, value) pairs. Of names that are the same under the fold, the first keeps its value
        /// and the others are ignored; a name that folds to nothing is not kept.
        /// </summary>
        public NameKeys(IReadOnlyList<KeyValuePair<string, int>> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));

            // At most half full, so that a probe seldom passes more than one other key; at least one empty slot ends it.
            var size = 2;
            while (size < names.Count * 2) size <<= 1;
            _slots = new Slot[size];
            _mask = size - 1;

            var minLength = int.MaxValue;
            for (var n = 0; n < names.Count; n++)
            {
                var pair = names[n];
                if (pair.Key is null) throw new ArgumentException("A name is null.", nameof(names));
                var key = NameFold.Key(pair.Key);
                if (key.Length == 0) continue;
                var hash = NameFold.Hash(key);
                var at = (int)hash & _mask;
                while (_slots[at].Key is { } other && !(_slots[at].Hash == hash && other == key)) at = (at + 1) & _mask;
                if (_slots[at].Key is not null) continue;
                _slots[at] = new Slot(key, hash, pair.Value);
                minLength = Math.Min(minLength, key.Length);
            }

            _minLength = minLength;
        }

        /// <summary>
        /// The value of the name that <paramref name="name"/> folds to, or -1. A name found by no key is tried once more
        /// without a city unit at its end (<see cref="NameFold.WithoutCityUnit"/>): "Chongjin City" finds Chongjin.
        /// </summary>
        public int Find(string? name)
        {
            var value = FindName(name);
            return value >= 0 || name is null || NameFold.WithoutCityUnit(name) is not { } place ? value : FindName(place);
        }

        private int FindName(string? name)
        {
            if (name is null || name.Length < _minLength) return -1;

            // NameFold.Hash's rotate-and-xor, two characters a step, over the ASCII fold. `seen` collects every
            // character and its fold: 0x80 or more means a character beyond ASCII or one to skip, and sends the name to
            // the folding path at once (a Chosŏn'gŭl name after its first two characters).
            var fold = AsciiFold;
            ulong hash = 0;
            uint seen = 0;
            var i = 0;
            for (; i + 1 < name.Length; i += 2)
            {
                uint first = name[i];
                uint second = name[i + 1];
                uint foldedFirst = fold[first & 0x7F];
                uint foldedSecond = fold[second & 0x7F];
                seen |= first | second | foldedFirst | foldedSecond;
                if (seen >= 0x80) return FindFolded(name, i, hash);
                hash = ((hash << 10) | (hash >> 54)) ^ ((ulong)foldedFirst << 5) ^ foldedSecond;
            }

            if (i < name.Length)
            {
                uint last = name[i];
                uint foldedLast = fold[last & 0x7F];
                seen |= last | foldedLast;
                if (seen >= 0x80) return FindFolded(name, i, hash);
                hash = ((hash << 5) | (hash >> 59)) ^ foldedLast;
            }

            var slots = _slots;
            var mask = _mask;
            var hash32 = NameFold.Finish(hash);
            for (var at = (int)hash32 & mask; ; at = (at + 1) & mask)
            {
                ref readonly var slot = ref slots[at];
                var key = slot.Key;
                if (key is null) return -1;
                if (slot.Hash == hash32 && key.Length == name.Length && AsciiMatches(name, key, fold)) return slot.Value;
            }
        }

        /// <summary>Whether the plain ASCII <paramref name="name"/> folds to <paramref name="key"/>, of the same length.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool AsciiMatches(string name, string key, byte[] fold)
        {
            for (var i = 0; i < key.Length; i++)
            {
                if (fold[name[i] & 0x7F] != key[i]) return false;
            }

            return true;
        }

        /// <summary>
        /// The lookup of a name with characters beyond ASCII or characters to skip, through NameFold, from character
        /// <paramref name="start"/> on: <paramref name="hash"/> is the hash of the plain ASCII characters before it.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private int FindFolded(string name, int start, ulong hash)
        {
            // NameFold.Hash one character a step (the same hash), noting whether the fold changes the name at all: a
            // name that is its own fold (Chosŏn'gŭl, Hancha) matches only a key equal to it, an ordinal comparison.
            // The ASCII characters before start may have been upper case, so after any of them the fold is compared.
            var unchanged = start == 0;
            for (var i = start; i < name.Length; i++)
            {
                var c = name[i];
                var folded = NameFold.Fold(c);
                if (folded == '\0')
                {
                    unchanged = false;
                    continue;
                }

                unchanged &= folded == c;
                hash = ((hash << 5) | (hash >> 59)) ^ folded;
            }

            var hash32 = NameFold.Finish(hash);
            var slots = _slots;
            var mask = _mask;
            for (var at = (int)hash32 & mask; ; at = (at + 1) & mask)
            {
                ref readonly var slot = ref slots[at];
                var key = slot.Key;
                if (key is null) return -1;
                if (slot.Hash == hash32 && (unchanged ? string.Equals(name, key) : NameFold.MatchesKey(name, key))) return slot.Value;
            }
        }

        private static byte[] AsciiTable()
        {
            var table = new byte[0x80];
            for (var c = 0; c < table.Length; c++)
            {
                var folded = NameFold.Fold((char)c);
                table[c] = folded == '\0' ? Skipped : (byte)folded;
            }

            return table;
        }

        private readonly struct Slot
        {
            public Slot(string key, uint hash, int value)
            {
                Key = key;
                Hash = hash;
                Value = value;
            }

            /// <summary>The name as folded by <see cref="NameFold.Key"/>; <see langword="null"/> in an empty slot.</summary>
            public string? Key { get; }

            public uint Hash { get; }

            public int Value { get; }
        }
    }
}
