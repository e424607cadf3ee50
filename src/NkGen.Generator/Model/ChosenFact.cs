using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The value the merge chose for one field, where it came from, and every other source that agrees with it.
    /// </summary>
    internal readonly record struct ChosenFact(FactValue Value, SourceSpan Source, string Document, EquatableArray<SourceSpan> Agreeing)
    {
        /// <summary>Why this value won, in words for docs and messages (e.g. "2008 census figure").</summary>
        public string? Basis { get; init; }
    }
}
