namespace NkGen.Generator.Analyzers
{
    /// <summary>A generated member that a name stands for.</summary>
    /// <param name="EntityName">The entity's own name (its <c>Name</c>), e.g. <c>Hamhung</c>; the first name of its [LookupNames].</param>
    /// <param name="Spelling">The name as the attribute spells it: the entity's name, or another (Chosŏn'gŭl, Hancha, identifier).</param>
    /// <param name="FullName">
    /// The member's fully qualified C# name, e.g. <c>global::NkGen.Cities.Hamhung</c>, for code fixes; empty for an entity
    /// past the members its class can hold (NKG2013), whose name is valid but has no member to use instead.
    /// </param>
    /// <param name="Display">The member as a message shows it, e.g. <c>Cities.Hamhung</c>.</param>
    internal sealed record NamedMember(string EntityName, string Spelling, string FullName, string Display)
    {
        /// <summary>Whether there is a member to use instead of the name.</summary>
        public bool HasMember => FullName.Length > 0;
    }
}
