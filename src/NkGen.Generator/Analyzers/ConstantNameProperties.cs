namespace NkGen.Generator.Analyzers
{
    /// <summary>The names and values of the properties NKG0002 and NKG0003 diagnostics carry for their code fixes.</summary>
    internal static class ConstantNameProperties
    {
        /// <summary>Where the name is used: <see cref="Lookup"/>, <see cref="Comparison"/> or <see cref="Case"/>.</summary>
        public const string Kind = "Kind";

        /// <summary>NKG0002: the member the name stands for, fully qualified, e.g. <c>global::NkGen.Cities.Hamhung</c>.</summary>
        public const string Member = "Member";

        /// <summary>NKG0002, for a comparison: <c>true</c> when it asks whether the name differs (<c>!=</c>, <c>is not</c>).</summary>
        public const string Negated = "Negated";

        /// <summary>NKG0003: the prefix of the properties that hold the suggestions, nearest first (<c>Suggestion0</c>, …).</summary>
        public const string Suggestion = "Suggestion";

        /// <summary>A name passed to a generated class's <c>TryGet</c>.</summary>
        public const string Lookup = "Lookup";

        /// <summary>A name compared with <c>Name</c> by <c>==</c>, <c>!=</c>, <c>Equals</c> or a lone <c>is</c> pattern.</summary>
        public const string Comparison = "Comparison";

        /// <summary>A name in a switch label or arm, a combined pattern or a property pattern: reported, not rewritten.</summary>
        public const string Case = "Case";
    }
}
