using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>A fact from one source, with what the precedence rules need to know about that source.</summary>
    internal sealed record RankedFact(FactValue Value, SourceSpan Span, int Priority, FactAuthority Authority, string Document);
}
