using System.Collections.Generic;
using NkGen.Generator.Common;

namespace NkGen.Generator.Model
{
    /// <summary>Everything the sources say about one entity, gathered before choosing.</summary>
    internal sealed class EntityDraft<TField>
        where TField : struct
    {
        public List<(string Name, SourceSpan Span, int Priority)> Names { get; } = new();

        public SortedDictionary<TField, List<RankedFact>> Facts { get; } = new();

        public void Add(TField field, RankedFact fact)
        {
            if (!Facts.TryGetValue(field, out var list)) Facts[field] = list = new List<RankedFact>();
            list.Add(fact);
        }

        /// <summary>The spelling from the highest-priority source, then the first in file order.</summary>
        public string ChooseName()
        {
            var best = Names[0];
            foreach (var name in Names)
            {
                if (name.Priority > best.Priority
                    || (name.Priority == best.Priority && string.CompareOrdinal(name.Span.File, best.Span.File) < 0)
                    || (name.Priority == best.Priority && name.Span.File == best.Span.File && name.Span.Line < best.Span.Line))
                {
                    best = name;
                }
            }

            return best.Name;
        }
    }
}
