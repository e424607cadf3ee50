using System;
using System.Collections;
using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// A city's chosen facts, one per field in field order. When one row gave every fact, each field once (nearly every
    /// city of a large table), they are that row's facts as its reading holds them, with the row's document: each is
    /// what choosing among one source yields (<see cref="ChosenFact"/> of its value and span, nothing agreeing), made
    /// when asked for. A copy of every row's facts as chosen facts was a third of what the model kept alive.
    /// Equal by the facts they list, whichever way each list is held.
    /// </summary>
    internal readonly struct CityFacts : IEquatable<CityFacts>, IReadOnlyList<CityFieldChoice>
    {
        private readonly EquatableArray<CityFieldChoice> _chosen;
        private readonly EquatableArray<CityFact> _row;
        // The provenance of the row's facts (its document, nothing agreeing) when the facts are the row's; null when they
        // are _chosen. Looked up once: a fact read from the row then costs a struct copy, which the merge does often.
        private readonly ChosenFact.Provenance? _document;

        public CityFacts(EquatableArray<CityFieldChoice> chosen)
        {
            _chosen = chosen;
            _row = default;
            _document = null;
        }

        private CityFacts(EquatableArray<CityFact> row, string document)
        {
            _chosen = default;
            _row = row;
            _document = ChosenFact.Provenance.Uncontested(document);
        }

        /// <summary>
        /// The facts of one row, the only source of its city, when their fields are each once and in field order; else
        /// null (the caller chooses).
        /// </summary>
        public static CityFacts? OfSoleRow(EquatableArray<CityFact> row, string document)
        {
            for (var i = 1; i < row.Count; i++)
            {
                if (row[i - 1].Field >= row[i].Field) return null;
            }

            return new CityFacts(row, document);
        }

        public int Count => _document is null ? _chosen.Count : _row.Count;

        // The field and value of fact index, read without making its chosen fact.
        private (CityField Field, FactValue Value) FieldAndValue(int index) =>
            _document is null ? (_chosen[index].Field, _chosen[index].Chosen.Value) : (_row[index].Field, _row[index].Value);

        public CityFieldChoice this[int index]
        {
            get
            {
                if (_document is null) return _chosen[index];
                var fact = _row[index];
                return new CityFieldChoice(fact.Field, new ChosenFact(fact.Value, fact.Span, _document));
            }
        }

        /// <summary>The chosen fact of <paramref name="field"/>; null when no source gave one.</summary>
        public ChosenFact? Get(CityField field)
        {
            // Read in place, field by field: the emitter and the province passes ask every city for several fields.
            if (_document is null)
            {
                for (var i = 0; i < _chosen.Count; i++)
                {
                    if (_chosen.ItemRef(i).Field == field) return _chosen.ItemRef(i).Chosen;
                }

                return null;
            }

            for (var i = 0; i < _row.Count; i++)
            {
                ref readonly var fact = ref _row.ItemRef(i);
                if (fact.Field == field) return new ChosenFact(fact.Value, fact.Span, _document);
            }

            return null;
        }

        public static implicit operator CityFacts(EquatableArray<CityFieldChoice> chosen) => new(chosen);

        public bool Equals(CityFacts other)
        {
            if (_document is null && other._document is null) return _chosen.Equals(other._chosen);
            // Facts equal as the row holds them are equal as chosen once the documents are (authority is not chosen).
            if (_document is not null && other._document is not null && _row.Equals(other._row) && _document.Equals(other._document)) return true;

            if (Count != other.Count) return false;
            for (var i = 0; i < Count; i++)
            {
                if (!this[i].Equals(other[i])) return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is CityFacts other && Equals(other);

        public override int GetHashCode()
        {
            // The fields and values alone: the same for either way of holding, and cheap.
            var hash = 17;
            for (var i = 0; i < Count; i++)
            {
                var (field, value) = FieldAndValue(i);
                hash = unchecked((hash * 31) + ((int)field * 397) + (value?.GetHashCode() ?? 0));
            }

            return hash;
        }

        public static bool operator ==(CityFacts left, CityFacts right) => left.Equals(right);

        public static bool operator !=(CityFacts left, CityFacts right) => !left.Equals(right);

        /// <summary>A struct enumerator: <c>foreach</c> over a city's facts allocates nothing.</summary>
        public Enumerator GetEnumerator() => new(this);

        IEnumerator<CityFieldChoice> IEnumerable<CityFieldChoice>.GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<CityFieldChoice>)this).GetEnumerator();

        public struct Enumerator
        {
            private readonly CityFacts _facts;
            private int _index;

            internal Enumerator(CityFacts facts)
            {
                _facts = facts;
                _index = -1;
            }

            public CityFieldChoice Current => _facts[_index];

            public bool MoveNext() => ++_index < _facts.Count;
        }
    }
}
