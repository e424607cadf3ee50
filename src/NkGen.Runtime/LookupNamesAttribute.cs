using System;
using System.ComponentModel;

namespace NkGen
{
    /// <summary>
    /// Marks a generated member with every name its class's <c>TryGet</c> finds it by (romanized, Chosŏn'gŭl and Hancha
    /// names, and its identifier), so that the NkGen analyzers can check names written in strings at compile time
    /// (NKG0002, NKG0003) against exactly what the generator emitted. The generator writes the names of a whole class
    /// as one <see cref="LookupNameTableAttribute"/> instead; the analyzers read either.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class LookupNamesAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="names">Every name <c>TryGet</c> finds the member by, its own name first.</param>
        public LookupNamesAttribute(params string[] names) => Names = names ?? new string[0];

        /// <summary>Every name <c>TryGet</c> finds the member by, its own name first.</summary>
        public string[] Names { get; }
    }
}
