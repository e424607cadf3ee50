using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The model as the emitter sees it. The emitter cites sources by file and line and nothing finer, and problems are
    /// reported from their own output; so two inputs are equal when their models are, with every span cut to its line and
    /// without problems. Indenting a cell or rewording a disagreement then yields an equal input, and the Emit step stays
    /// cached. The cut copy (<see cref="Lines"/>) is made only when an input is compared with another model's, as an edit
    /// in the IDE does; a first run compares nothing and does not pay for it.
    /// </summary>
    internal sealed class EmitInput : IEquatable<EmitInput>
    {
        private DataModel? _lines;

        public EmitInput(DataModel model) => Model = model;

        /// <summary>The model the emitter writes from; its problems are reported from their own output, not read here.</summary>
        public DataModel Model { get; }

        /// <summary>The model as equality sees it; two threads that make it at once make equal copies.</summary>
        public DataModel Lines => _lines ??= LinesOnly(Model);

        public bool Equals(EmitInput? other) => other is not null && (ReferenceEquals(Model, other.Model) || Lines.Equals(other.Lines));

        public override bool Equals(object? obj) => Equals(obj as EmitInput);

        // From what cutting to lines leaves alone, so that equal inputs hash alike without making the copy.
        public override int GetHashCode() => unchecked((Model.Cities.Count * 31 + Model.Provinces.Count) * 31 + Model.Documents.Count);

        /// <summary>
        /// <paramref name="model"/> with every span cut to its line and no problems. The emitter writes the same from it
        /// as from the model itself (a test holds the two equal).
        /// </summary>
        public static DataModel LinesOnly(DataModel model) => model with
        {
            Cities = model.Cities.Select(c => c with
            {
                NameSources = LinesOf(c.NameSources),
                Facts = c.Facts.Select(f => f with { Chosen = Line(f.Chosen) }).ToEquatableArray(),
            }).ToEquatableArray(),
            Provinces = model.Provinces.Select(p => p with
            {
                NameSources = LinesOf(p.NameSources),
                Facts = p.Facts.Select(f => f with { Chosen = Line(f.Chosen) }).ToEquatableArray(),
            }).ToEquatableArray(),
            Problems = EquatableArray<Diagnostics.DataProblem>.Empty,
        };

        private static ChosenFact Line(ChosenFact fact) => fact with { Source = fact.Source.WholeLine(), Agreeing = LinesOf(fact.Agreeing) };

        // Most spans are alone (one source per fact): no set, no LINQ, for the tens of thousands of them in a large table.
        private static EquatableArray<SourceSpan> LinesOf(EquatableArray<SourceSpan> spans)
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
