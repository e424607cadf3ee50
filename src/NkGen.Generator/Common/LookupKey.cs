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
    }
}
