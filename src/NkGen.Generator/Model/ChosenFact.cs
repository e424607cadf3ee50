using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The value the merge chose for one field, where it came from, and every other source that agrees with it.
    /// </summary>
    internal readonly record struct ChosenFact
    {
        // The document, the agreeing sources and the basis in one object: nearly every fact has one source, and its
        // document's object is shared by the facts of every row of that document (see Provenance.Of). As three fields of
        // each fact they made every city's chosen facts a third larger, and the model keeps them all.
        private readonly Provenance? _provenance;

        public ChosenFact(FactValue value, SourceSpan source, string document, EquatableArray<SourceSpan> agreeing)
        {
            Value = value;
            Source = source;
            _provenance = Provenance.Of(document, agreeing, basis: null);
        }

        /// <summary>
        /// A fact of <paramref name="uncontested"/>'s document with nothing agreeing and no basis: what choosing among one
        /// source yields. The provenance is looked up once by whoever makes many such facts (see <see cref="CityFacts"/>).
        /// </summary>
        public ChosenFact(FactValue value, SourceSpan source, Provenance uncontested)
        {
            Value = value;
            Source = source;
            _provenance = uncontested;
        }

        public FactValue Value { get; init; }

        public SourceSpan Source { get; init; }

        /// <summary>The title of the document the value comes from.</summary>
        public string Document
        {
            get => _provenance?.Document ?? "";
            init => _provenance = Provenance.Of(value, Agreeing, Basis);
        }

        /// <summary>The other sources that give a value agreeing with this one.</summary>
        public EquatableArray<SourceSpan> Agreeing
        {
            get => _provenance?.Agreeing ?? EquatableArray<SourceSpan>.Empty;
            init => _provenance = Provenance.Of(Document, value, Basis);
        }

        /// <summary>Why this value won, in words for docs and messages (e.g. "2008 census figure").</summary>
        public string? Basis
        {
            get => _provenance?.Basis;
            init => _provenance = Provenance.Of(Document, Agreeing, value);
        }

        /// <summary>A fact's document, agreeing sources and basis; equal by value, as the fact is.</summary>
        internal sealed record Provenance(string Document, EquatableArray<SourceSpan> Agreeing, string? Basis)
        {
            /// <summary>The provenance of a fact of <paramref name="document"/> that nothing else agrees with and no rule decided.</summary>
            public static Provenance Uncontested(string document) => Of(document, EquatableArray<SourceSpan>.Empty, basis: null);

            // The last document's uncontested provenance: rows of one document come one after another, so one entry
            // finds it nearly always. Immutable, so a thread that sees another's entry may use it or replace it.
            private static Provenance? _lastUncontested;

            public static Provenance Of(string document, EquatableArray<SourceSpan> agreeing, string? basis)
            {
                if (!agreeing.IsEmpty || basis is not null) return new Provenance(document, agreeing, basis);
                var last = _lastUncontested;
                if (last is not null && ReferenceEquals(last.Document, document)) return last;
                return _lastUncontested = new Provenance(document, EquatableArray<SourceSpan>.Empty, null);
            }
        }
    }
}
