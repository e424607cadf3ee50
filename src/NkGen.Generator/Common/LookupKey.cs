namespace NkGen.Generator.Common
{
    /// <summary>
    /// When TryGet treats two names as one: the generated index (NkGen.Runtime's NameIndex) compares names under
    /// <see cref="global::NkGen.NameFold"/> (case, diacritics, apostrophes, hyphens and spaces folded), whose source is
    /// compiled into this assembly too. The emitter keeps one name per key and the analyzers (NKG0001–NKG0003) match
    /// constant names by it, so generated lookups and compile-time checks cannot disagree.
    /// </summary>
    internal static class LookupKey
    {
        public static string Of(string name) => global::NkGen.NameFold.Key(name);

        /// <summary>
        /// Names compared as their keys compare, without making the keys: a set of names under it keeps one name per key
        /// (a class's lookup names are eight or so a city).
        /// </summary>
        public static readonly System.Collections.Generic.IEqualityComparer<string> Comparer = new FoldComparer();

        private sealed class FoldComparer : System.Collections.Generic.IEqualityComparer<string>
        {
            public bool Equals(string? x, string? y) => ReferenceEquals(x, y) || (x is not null && y is not null && global::NkGen.NameFold.Equals(x, y));

            public int GetHashCode(string name) => (int)global::NkGen.NameFold.Hash(name);
        }
    }
}
