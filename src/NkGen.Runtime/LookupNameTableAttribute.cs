using System;
using System.ComponentModel;

namespace NkGen
{
    /// <summary>
    /// Marks a generated class with every name its <c>TryGet</c> finds each member by, in one string: one line per member,
    /// its name, then <c>|</c>, then its names separated by <c>;</c>, its entity's own name first (the member's name and
    /// its <c>|</c> are left out when the member is named as its first name; the escapes of the
    /// generated rows: <c>\|</c>, <c>\;</c>, <c>\\</c>, <c>\n</c>, <c>\uXXXX</c>). The NkGen analyzers read it to check names written in
    /// strings (NKG0002, NKG0003) against exactly what the generator emitted, also from a referenced library. One
    /// attribute per class costs the compiler far less than one <see cref="LookupNamesAttribute"/> per member.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class LookupNameTableAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="table">One line per member: <c>Member|name;name;…</c>, or <c>name;name;…</c> for a member named as its first name.</param>
        public LookupNameTableAttribute(string table) => Table = table ?? "";

        /// <summary>One line per member: <c>Member|name;name;…</c>, or <c>name;name;…</c> for a member named as its first name.</summary>
        public string Table { get; }
    }
}
