using System;
using System.Collections.Generic;

namespace NkGen.Generator.Model.Names
{
    /// <summary>How a row came to belong to its entity.</summary>
    internal enum JoinedBy
    {
        /// <summary>The first row of its entity.</summary>
        NewEntity,
        Hangul,
        Hanja,
        Romanized,

        /// <summary>Only the loose romanization key (<see cref="LooseSpelling"/>): reported as NKG1002.</summary>
        Loose,
    }

    /// <summary>A row's place in the resolution: its entity, how it joined, and for a loose join the earlier row it matched and the key.</summary>
    internal readonly struct Resolution
    {
        public Resolution(int entity, JoinedBy joinedBy, int partner, string? key, int rival = -1)
        {
            Entity = entity;
            JoinedBy = joinedBy;
            Partner = partner;
            Key = key;
            Rival = rival;
        }

        /// <summary>
        /// For a romanized join, the first row of another place the spelling fits as well (운산 and 은산 are both Unsan):
        /// the row joined the earlier, and the join is reported as uncertain. -1 when the spelling fits one place only.
        /// </summary>
        public int Rival { get; }

        public int Entity { get; }

        public JoinedBy JoinedBy { get; }

        public int Partner { get; }

        public string? Key { get; }
    }

    /// <summary>
    /// One place, one entity, for cities and provinces alike: rows join the entity they share their strongest key with
    /// (Hangul, then Hanja, then a romanized key, then the loose key). Different Hangul (or different Hanja) are
    /// different places whatever the romanizations say. Rows with Hangul are placed first, then rows with Hanja, then the
    /// rest, so that a loosely spelled row finds the entity its better-documented twin founded, whatever the file order.
    /// The loose key joins only rows that have no Hangul on either side, and never two rows of one file (a table lists
    /// different places). Each key is looked up in a dictionary: linear in rows, however many there are.
    /// </summary>
    internal static class IdentityResolver
    {
        /// <summary>How many entities sharing one key are tried before the row founds its own.</summary>
        public const int MaxCandidates = 256;

        /// <param name="distinctRows">
        /// How many rows likely bring keys of their own (each city row does; the province names of thousands of city rows
        /// repeat a few): when not 0, the indexes are sized for the rows' keys at once instead of growing step by step.
        /// </param>
        /// <param name="repeatedKeys">
        /// Rows share keys objects (thousands of cities name a province in one spelling): a row whose keys and file came
        /// before takes that row's resolution when nothing the resolution read has changed since (see <see cref="Repeats"/>).
        /// </param>
        public static Resolution[] Resolve(IReadOnlyList<(PlaceKeys Keys, string File)> rows, int distinctRows = 0, bool repeatedKeys = false)
        {
            var resolutions = new Resolution[rows.Count];
            var entities = new Entities(distinctRows);
            // Each index is sized for the keys of its kind the rows bring (an upper bound, exact when the rows are different
            // places): at 100,000 rows a guess per index either grew the romanized one twice or sized a loose index that
            // rows with Hangul never fill, and those tables (large-object arrays) were a tenth of what a merge allocated.
            var capacity = distinctRows > 0 ? KeyCounts.Of(rows) : default;
            var byHangul = new KeyIndex(capacity.Hangul);
            var byHanja = new KeyIndex(capacity.Hanja);
            var byRomanized = new KeyIndex(capacity.Romanized);
            var byLoose = new KeyIndex(capacity.Loose);
            var firstOfferedLoose = new Dictionary<(int Entity, string Key), int>(capacity.Loose);
            var repeats = repeatedKeys ? new Repeats() : null;
            // Counts every change to the entities and indexes: a resolution found with the count unchanged would be found again.
            var changes = 0;

            foreach (var pass in new Func<PlaceKeys, bool>[] { k => k.Hangul is not null, k => k.Hangul is null && k.Hanja is not null, k => k.Hangul is null && k.Hanja is null })
            {
                for (var i = 0; i < rows.Count; i++)
                {
                    var (keys, file) = rows[i];
                    if (!pass(keys)) continue;
                    if (repeats is not null && repeats.TryGet(keys, file, changes, out var repeated))
                    {
                        resolutions[i] = repeated;
                        continue;
                    }

                    var before = changes;
                    var resolution = Find(keys, file, entities, byHangul, byHanja, byRomanized, byLoose, firstOfferedLoose);
                    var entity = resolution.Entity;
                    if (resolution.JoinedBy == JoinedBy.NewEntity)
                    {
                        entity = entities.Add();
                        changes++;
                        resolution = new Resolution(entity, JoinedBy.NewEntity, -1, null);
                    }

                    resolutions[i] = resolution;
                    ref var e = ref entities[entity];
                    if (e.FirstRow < 0) e.FirstRow = i;
                    if (e.Files.Add(file)) changes++;
                    // The same keys again (thousands of cities name a province in one spelling, and share its keys): adding them
                    // to the indexes again would change nothing.
                    if (!ReferenceEquals(e.LastKeys, keys))
                    {
                        e.LastKeys = keys;
                        changes += Index(keys, entity, ref e, i, byHangul, byHanja, byRomanized, byLoose, firstOfferedLoose);
                    }

                    // Kept only when placing the row changed nothing: else the next such row may resolve otherwise (it joins
                    // the entity this one founded, say).
                    if (changes == before) repeats?.Keep(keys, file, changes, resolution);
                }
            }

            return resolutions;
        }

        /// <summary>Adds the keys of row <paramref name="row"/> to its entity and the indexes; how many of them were new.</summary>
        private static int Index(
            PlaceKeys keys,
            int entity,
            ref Entity e,
            int row,
            KeyIndex byHangul,
            KeyIndex byHanja,
            KeyIndex byRomanized,
            KeyIndex byLoose,
            Dictionary<(int, string), int> firstOfferedLoose)
        {
            var changes = 0;
            if (keys.Hangul is not null && e.Hangul.Add(keys.Hangul))
            {
                byHangul.Add(keys.Hangul, entity);
                changes++;
            }

            if (keys.Hanja is not null && e.Hanja.Add(keys.Hanja))
            {
                byHanja.Add(keys.Hanja, entity);
                changes++;
            }

            for (var k = 0; k < keys.Romanized.Count; k++)
            {
                if (byRomanized.Add(keys.Romanized[k], entity)) changes++;
            }

            // Only an entity without Hangul is ever joined loosely, and an entity has Hangul for good once a row with
            // Hangul joins it, so such a row's loose keys could only lead to entities the filter refuses.
            if (e.Hangul.Count > 0) return changes;
            for (var k = 0; k < keys.Loose.Count; k++)
            {
                var key = keys.Loose[k];
                if (byLoose.Add(key, entity)) changes++;
                if (firstOfferedLoose.ContainsKey((entity, key))) continue;
                firstOfferedLoose[(entity, key)] = row;
                changes++;
            }

            return changes;
        }

        private static Resolution Find(
            PlaceKeys keys,
            string file,
            Entities entities,
            KeyIndex byHangul,
            KeyIndex byHanja,
            KeyIndex byRomanized,
            KeyIndex byLoose,
            Dictionary<(int, string), int> firstOfferedLoose)
        {
            // A filter as a struct, not a closure: Find runs once per row, and a delegate per call was a large part of
            // the resolver's allocation.
            var compatible = new Filter(keys, entities, file, exclude: -1, looseOnly: false);
            if (keys.Hangul is not null && Lowest(keys.Hangul, byHangul, compatible) is { } hangul) return new Resolution(hangul.Entity, JoinedBy.Hangul, -1, null);
            if (keys.Hanja is not null && Lowest(keys.Hanja, byHanja, compatible) is { } hanja) return new Resolution(hanja.Entity, JoinedBy.Hanja, -1, null);
            if (Lowest(keys.Romanized, byRomanized, compatible) is { } romanized)
            {
                var rival = Lowest(keys.Romanized, byRomanized, new Filter(keys, entities, file, exclude: romanized.Entity, looseOnly: false));
                return new Resolution(romanized.Entity, JoinedBy.Romanized, entities[romanized.Entity].FirstRow, null, rival is { } r ? entities[r.Entity].FirstRow : -1);
            }

            if (keys.Hangul is null
                && Lowest(keys.Loose, byLoose, new Filter(keys, entities, file, exclude: -1, looseOnly: true)) is { } loose)
            {
                return new Resolution(loose.Entity, JoinedBy.Loose, firstOfferedLoose[(loose.Entity, loose.Key)], loose.Key);
            }

            return new Resolution(-1, JoinedBy.NewEntity, -1, null);
        }

        /// <summary>How many keys of each kind some rows bring, counting repeats: what the indexes are sized for.</summary>
        internal readonly record struct KeyCounts(int Hangul, int Hanja, int Romanized, int Loose)
        {
            public static KeyCounts Of(IReadOnlyList<(PlaceKeys Keys, string File)> rows)
            {
                int hangul = 0, hanja = 0, romanized = 0, loose = 0;
                for (var i = 0; i < rows.Count; i++)
                {
                    var keys = rows[i].Keys;
                    if (keys.Hangul is not null) hangul++;
                    if (keys.Hanja is not null) hanja++;
                    romanized += keys.Romanized.Count;
                    if (keys.Hangul is null) loose += keys.Loose.Count;
                }

                return new KeyCounts(hangul, hanja, romanized, loose);
            }
        }

        /// <summary>The earliest entity any of the keys leads to that passes the filter, so the choice never depends on hashing.</summary>
        private static (int Entity, string Key)? Lowest(IReadOnlyList<string> keys, KeyIndex index, Filter accept)
        {
            (int Entity, string Key)? best = null;
            for (var k = 0; k < keys.Count; k++) best = Lowest(keys[k], index, accept, best);
            return best;
        }

        private static (int Entity, string Key)? Lowest(string key, KeyIndex index, Filter accept, (int Entity, string Key)? best = null)
        {
            if (!index.TryGet(key, out var only, out var entities)) return best;
            // Entities are listed in ascending order, so the first accepted is this key's earliest; the scan is capped so
            // that a hostile file of thousands of homonyms with different Hangul stays linear.
            var count = entities?.Count ?? 1;
            for (var i = 0; i < count && i < MaxCandidates; i++)
            {
                var entity = entities is null ? only : entities[i];
                if (best is not null && (entity > best.Value.Entity || (entity == best.Value.Entity && string.CompareOrdinal(key, best.Value.Key) >= 0))) break;
                if (!accept.Accepts(entity)) continue;
                return (entity, key);
            }

            return best;
        }

        /// <summary>
        /// Which entities a row may join: none whose Hangul or Hanja differ from the row's; for a rival, not the entity
        /// already chosen; for a loose join, only entities without Hangul and without a row of the same file.
        /// </summary>
        private readonly struct Filter
        {
            private readonly PlaceKeys _keys;
            private readonly Entities _entities;
            private readonly string _file;
            private readonly int _exclude;
            private readonly bool _looseOnly;

            public Filter(PlaceKeys keys, Entities entities, string file, int exclude, bool looseOnly)
            {
                _keys = keys;
                _entities = entities;
                _file = file;
                _exclude = exclude;
                _looseOnly = looseOnly;
            }

            public bool Accepts(int entity)
            {
                if (entity == _exclude) return false;
                ref var e = ref _entities[entity];
                var compatible = (_keys.Hangul is null || e.Hangul.Count == 0 || e.Hangul.Contains(_keys.Hangul))
                    && (_keys.Hanja is null || e.Hanja.Count == 0 || e.Hanja.Contains(_keys.Hanja));
                return compatible && (!_looseOnly || (e.Hangul.Count == 0 && !e.Files.Contains(_file)));
            }
        }

        /// <summary>
        /// The entities each key leads to, in ascending order. Nearly every key leads to one entity, so that one is kept
        /// without a list: a list per key was most of the resolver's allocation on large tables. One dictionary holds both
        /// (an entity, or the complement of a list's number), so a key is hashed once to find it and once more to add it.
        /// </summary>
        private sealed class KeyIndex
        {
            private readonly Dictionary<string, int> _entries;
            private readonly List<List<int>> _lists = new();

            public KeyIndex(int capacity) => _entries = new Dictionary<string, int>(capacity, StringComparer.Ordinal);

            /// <summary>Lists <paramref name="entity"/> under <paramref name="key"/>; false when it was listed there already.</summary>
            public bool Add(string key, int entity)
            {
                if (!_entries.TryGetValue(key, out var entry))
                {
                    _entries[key] = entity;
                    return true;
                }

                if (entry < 0)
                {
                    var list = _lists[~entry];
                    var at = list.BinarySearch(entity);
                    if (at >= 0) return false;
                    list.Insert(~at, entity);
                    return true;
                }

                if (entry == entity) return false;
                _entries[key] = ~_lists.Count;
                _lists.Add(entry < entity ? new List<int> { entry, entity } : new List<int> { entity, entry });
                return true;
            }

            /// <summary>The key's entities: <paramref name="many"/> when there are several, else <paramref name="only"/>.</summary>
            public bool TryGet(string key, out int only, out List<int>? many)
            {
                many = null;
                if (!_entries.TryGetValue(key, out only)) return false;
                if (only >= 0) return true;
                many = _lists[~only];
                only = 0;
                return true;
            }
        }

        /// <summary>
        /// The last resolution found for each keys object, with the row's file and the count of changes when it was found.
        /// A resolution depends on the keys, the file and the entities and indexes alone; with those unchanged, a row with
        /// the same keys and file would be resolved the same, and placing it again would change nothing.
        /// </summary>
        private sealed class Repeats
        {
            // By identity (PlaceKeys is compared so): one spelling's keys are one object (PlaceKeys.Cached).
            private readonly Dictionary<PlaceKeys, (string File, int Changes, Resolution Resolution)> _last = new();

            public bool TryGet(PlaceKeys keys, string file, int changes, out Resolution resolution)
            {
                resolution = default;
                if (!_last.TryGetValue(keys, out var last) || last.Changes != changes || !string.Equals(last.File, file, StringComparison.Ordinal)) return false;
                resolution = last.Resolution;
                return true;
            }

            public void Keep(PlaceKeys keys, string file, int changes, Resolution resolution) => _last[keys] = (file, changes, resolution);
        }

        /// <summary>
        /// The entities as structs in one array: an object per entity (one per city row) lived through the whole resolution,
        /// and the collector copied each from generation to generation; one array is never copied, however large.
        /// </summary>
        private sealed class Entities
        {
            private Entity[] _items;

            public Entities(int capacity) => _items = new Entity[Math.Max(capacity, 4)];

            public int Count { get; private set; }

            /// <summary>Entity <paramref name="index"/>, to read or change in place (a reference is good until the next <see cref="Add"/>).</summary>
            public ref Entity this[int index] => ref _items[index];

            /// <summary>A new entity, with no row yet; its index.</summary>
            public int Add()
            {
                if (Count == _items.Length) Array.Resize(ref _items, 2 * Count);
                _items[Count] = new Entity { FirstRow = -1 };
                return Count++;
            }
        }

        private struct Entity
        {
            public FewStrings Hangul;

            public FewStrings Hanja;

            public FewStrings Files;

            public int FirstRow;

            /// <summary>The keys last added for the entity.</summary>
            public PlaceKeys? LastKeys;
        }

        /// <summary>A set of strings that nearly always holds one: no hash table until a second distinct string arrives.</summary>
        private struct FewStrings
        {
            private string? _first;
            private HashSet<string>? _more;

            public int Count => _more?.Count ?? (_first is null ? 0 : 1);

            public bool Contains(string value) => _more?.Contains(value) ?? string.Equals(_first, value, StringComparison.Ordinal);

            public bool Add(string value)
            {
                if (_more is not null) return _more.Add(value);
                if (_first is null)
                {
                    _first = value;
                    return true;
                }

                if (string.Equals(_first, value, StringComparison.Ordinal)) return false;
                _more = new HashSet<string>(StringComparer.Ordinal) { _first, value };
                return true;
            }
        }
    }
}
