namespace NkGen.Generator.Emit
{
    /// <summary>What the user's project decides about the generated code.</summary>
    /// <param name="Namespace">The namespace of the generated classes (NkGenNamespace).</param>
    /// <param name="IsPublic">Whether the generated classes are public (NkGenVisibility=public) rather than internal.</param>
    /// <param name="HasNotNullWhen">Whether the compilation has NotNullWhenAttribute (absent on netstandard2.0 without a polyfill).</param>
    internal sealed record EmitOptions(string Namespace, bool IsPublic, bool HasNotNullWhen)
    {
        public static readonly EmitOptions Default = new("NkGen", false, true);

        public string Visibility => IsPublic ? "public" : "internal";

        /// <summary>The namespace of the runtime types; never configurable.</summary>
        public const string Runtime = "global::NkGen.";

        public string Generated => "global::" + Namespace + ".";
    }
}
