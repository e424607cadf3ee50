namespace NkGen.Generator.Common
{
    /// <summary>
    /// When TryGet treats two names as one: the generated index (NkGen.Runtime's NameIndex) compares with
    /// OrdinalIgnoreCase, which maps every character to its invariant upper case. The emitter keeps one name per key
    /// and the analyzers (NKG0001–NKG0003) match constant names by it, so this is the one place to change when the
    /// index's comparison changes (e.g. to a fold of diacritics, apostrophes, hyphens and spaces).
    /// </summary>
    internal static class LookupKey
    {
        public static string Of(string name) => name.ToUpperInvariant();
    }
}
