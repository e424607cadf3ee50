namespace NkGen.Generator.Emit
{
    /// <summary>What the user's project decides about the generated code.</summary>
    /// <param name="Namespace">The namespace of the generated classes (NkGenNamespace).</param>
    /// <param name="IsPublic">Whether the generated classes are public (NkGenVisibility=public) rather than internal.</param>
    /// <param name="HasNotNullWhen">Whether the compilation has NotNullWhenAttribute (absent on netstandard2.0 without a polyfill).</param>
    /// <param name="SupportsNullable">
    /// Whether the project's C# version has nullable reference types (8.0 and later); netstandard2.0 and .NET Framework
    /// projects default to C# 7.3, where <c>#nullable</c> and <c>string?</c> do not compile.
    /// </param>
    /// <param name="SupportsUtf8Data">
    /// Whether rows can be UTF-8 literals (C# 11 and <c>Encoding.GetString(ReadOnlySpan&lt;byte&gt;)</c>): stored beside the IL,
    /// they are not limited by the 16 MB heap that holds string literals, and take half the bytes of mostly Latin text.
    /// </param>
    /// <param name="Utf8RowsFrom">
    /// The characters of a class's rows from which they are UTF-8 literals (when supported). Below it they are string
    /// literals, which the runtime reads without decoding: a first access then skips the process's first UTF-8
    /// decoding, a few milliseconds in a fresh app; at 2,000,000 characters (4 MB of the 16 MB heap) a table of about
    /// 20,000 cities still fits beside the user's own strings.
    /// </param>
    internal sealed record EmitOptions(string Namespace, bool IsPublic, bool HasNotNullWhen, bool SupportsNullable = true, bool SupportsUtf8Data = false, int Utf8RowsFrom = 2_000_000)
    {
        public static readonly EmitOptions Default = new("NkGen", false, true);

        /// <summary>The nullable annotation for a reference type: <c>?</c> where the language version has it.</summary>
        public string Nullable => SupportsNullable ? "?" : "";

        public string Visibility => IsPublic ? "public" : "internal";

        /// <summary>The namespace of the runtime types; never configurable.</summary>
        public const string Runtime = "global::NkGen.";

        public string Generated => "global::" + Namespace + ".";
    }
}
