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
    /// character while hashing and comparing, against keys folded in advance, in an open-addressing table at most half
    /// full with a cheap non-randomized hash; a plain ASCII name is folded by a 128-entry table on a path of its own
    /// (see <see cref="NameKeys"/> and docs/benchmarks.md, suite 4).
    /// </para>
    /// </remarks>
    /// <typeparam name="T">The entity type.</typeparam>
    public sealed class NameIndex<T>
        where T : class
    {
        private readonly NameKeys _keys;
        private readonly T[] _entities;

        /// <summary>
        /// Builds the index from (name, entity) pairs. Of names that are the same under the fold (see the remarks), the
        /// first keeps its entity and the others are ignored.
        /// </summary>
        public NameIndex(IEnumerable<KeyValuePair<string, T>> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            var entities = new List<T>();
            var numbered = new List<KeyValuePair<string, int>>();
            foreach (var pair in names)
            {
                numbered.Add(new KeyValuePair<string, int>(pair.Key, entities.Count));
                entities.Add(pair.Value);
            }

            _keys = new NameKeys(numbered);
            _entities = entities.ToArray();
        }

        /// <summary>
        /// Finds the entity called <paramref name="name"/>, ignoring case, diacritics, apostrophes, hyphens and spaces.
        /// </summary>
        public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entity)
        {
            var at = _keys.Find(name);
            entity = at < 0 ? null : _entities[at];
            return at >= 0;
        }
    }
}
