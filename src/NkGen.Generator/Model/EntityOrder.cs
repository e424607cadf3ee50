using System;
using System.Collections.Generic;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The model's order of entities: by name ignoring case, then by name, then by identity name (unique, so the order
    /// is total). Sorting 100,000 cities compares names about two million times; each entity's first nine characters,
    /// upper-cased into one number (seven bits each: ASCII), settle nearly all of them without reaching the strings.
    /// </summary>
    internal static class EntityOrder
    {
        /// <summary>Marks a name whose first characters are not all ASCII: only the full comparison orders it.</summary>
        private const ulong NoPrefix = ulong.MaxValue;

        public static int Compare(string name, string identity, string otherName, string otherIdentity)
        {
            var c = StringComparer.OrdinalIgnoreCase.Compare(name, otherName);
            if (c == 0) c = StringComparer.Ordinal.Compare(name, otherName);
            return c != 0 ? c : StringComparer.Ordinal.Compare(identity, otherIdentity);
        }

        /// <summary>Sorts <paramref name="entities"/> in place into the model's order.</summary>
        public static void Sort<T>(IList<T> entities, Func<T, string> name, Func<T, string> identity)
        {
            var keys = new Key[entities.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                var n = name(entities[i]);
                keys[i] = new Key(Prefix(n), n, identity(entities[i]), i);
            }

            Array.Sort(keys, KeyComparer.Instance);
            var sorted = new T[keys.Length];
            for (var i = 0; i < keys.Length; i++) sorted[i] = entities[keys[i].Index];
            for (var i = 0; i < sorted.Length; i++) entities[i] = sorted[i];
        }

        /// <summary>
        /// The first nine characters upper-cased as ordinal-ignore-case compares ASCII, shorter names padded with zeros;
        /// two different prefixes order two names as <see cref="Compare"/> does. <see cref="NoPrefix"/> when one is not ASCII.
        /// </summary>
        internal static ulong Prefix(string name)
        {
            ulong prefix = 0;
            // Nine: many names share their first syllable ("Pyong..."), and nine seven-bit characters fill 63 bits, below NoPrefix.
            for (var i = 0; i < 9; i++)
            {
                var c = i < name.Length ? name[i] : '\0';
                if (c > '\u007F') return NoPrefix;
                if (c is >= 'a' and <= 'z') c = (char)(c - ('a' - 'A'));
                prefix = (prefix << 7) | c;
            }

            return prefix;
        }

        /// <summary>Equal prefixes, or a name without one, fall back to the full comparison.</summary>
        internal static int Compare(ulong prefix, string name, string identity, ulong otherPrefix, string otherName, string otherIdentity) =>
            prefix != otherPrefix && prefix != NoPrefix && otherPrefix != NoPrefix ? prefix.CompareTo(otherPrefix) : Compare(name, identity, otherName, otherIdentity);

        private readonly record struct Key(ulong Prefix, string Name, string Identity, int Index);

        private sealed class KeyComparer : IComparer<Key>
        {
            public static readonly KeyComparer Instance = new();

            public int Compare(Key a, Key b) => EntityOrder.Compare(a.Prefix, a.Name, a.Identity, b.Prefix, b.Name, b.Identity);
        }
    }
}
