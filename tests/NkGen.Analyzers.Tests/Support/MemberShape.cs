namespace NkGen.Analyzers.Tests.Support
{
    /// <summary>How the stand-in declares the generated members: as the emitter did (fields) or as it will (properties).</summary>
    public enum MemberShape
    {
        /// <summary><c>public static readonly global::NkGen.City Hamhung = …;</c></summary>
        Field,

        /// <summary><c>public static global::NkGen.City Hamhung => …;</c></summary>
        Property,
    }
}
