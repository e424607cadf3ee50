using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The model as the emitter sees it: what it writes and nothing else. Problems are reported from their own output,
    /// and sources are shown as file and line, so every span is cut to its line. Indenting a cell or rewording a
    /// disagreement then yields an equal input, and the Emit step stays cached.
    /// </summary>
    internal static class EmitInput
    {
        public static DataModel From(DataModel model) => model with
        {
            Cities = model.Cities.Select(c => c with
            {
                NameSources = Lines(c.NameSources),
                Facts = c.Facts.Select(f => f with { Chosen = Line(f.Chosen) }).ToEquatableArray(),
            }).ToEquatableArray(),
            Provinces = model.Provinces.Select(p => p with
            {
                NameSources = Lines(p.NameSources),
                Facts = p.Facts.Select(f => f with { Chosen = Line(f.Chosen) }).ToEquatableArray(),
            }).ToEquatableArray(),
            Problems = EquatableArray<Diagnostics.DataProblem>.Empty,
        };

        private static ChosenFact Line(ChosenFact fact) => fact with { Source = fact.Source.WholeLine(), Agreeing = Lines(fact.Agreeing) };

        // Most spans are alone (one source per fact): no set, no LINQ, for the tens of thousands of them in a large table.
        private static EquatableArray<SourceSpan> Lines(EquatableArray<SourceSpan> spans)
        {
            if (spans.Count == 0) return spans;
            if (spans.Count == 1) return new EquatableArray<SourceSpan>(new[] { spans[0].WholeLine() });
            var lines = new List<SourceSpan>(spans.Count);
            var seen = new HashSet<SourceSpan>();
            foreach (var span in spans)
            {
                var line = span.WholeLine();
                if (seen.Add(line)) lines.Add(line);
            }

            return new EquatableArray<SourceSpan>(lines.ToArray());
        }
    }
}
