using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>One document's rows with the priority its user gave it (NkGenData Priority; 0 when unset).</summary>
    internal sealed record PrioritizedReading(TableReading Reading, int Priority);
}
