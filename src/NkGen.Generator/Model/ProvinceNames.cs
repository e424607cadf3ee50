using System;
using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Model.Names;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The names one province is written by: each province row's, and each spelling cities' Province columns give (one
    /// text in one document) once, with every place it stands. Thousands of cities name a province in a spelling or two,
    /// and a <see cref="NameSource"/> per city, which the draft's choices then read one by one, was most of what building
    /// the provinces cost. The draft still gets every name when the spellings differ (<see cref="AddTo"/>).
    /// </summary>
    internal sealed class ProvinceNames
    {
        /// <summary>Past this many spellings a reference's is found by a dictionary instead of a scan.</summary>
        private const int ScanLimit = 8;

        // The distinct spellings in arrival order (a row's is its own, never shared), and every name as its spelling and place.
        private readonly List<NameSource> _spellings = new(1);
        private readonly List<(int Spelling, SourceSpan Span)> _arrivals;
        // The references' spellings, scanned while they are few: a row's spelling carries the row's keys and priority, so a
        // reference never shares it, even in the same words.
        private readonly List<int> _references = new(1);
        private Dictionary<(string Text, string Document), int>? _referenceSpellings;
        private int _lastReference = -1;

        /// <param name="names">How many names will come (rows' and references').</param>
        public ProvinceNames(int names)
        {
            _arrivals = new List<(int Spelling, SourceSpan Span)>(names);
        }

        /// <summary>How many distinct spellings there are.</summary>
        public int SpellingCount => _spellings.Count;

        /// <summary>A province row's name.</summary>
        public void AddRow(NameSource source)
        {
            _arrivals.Add((_spellings.Count, source.Span));
            _spellings.Add(source);
        }

        /// <summary>A city's reference: as the name source (text, span, priority 0, document, keys) it stands for.</summary>
        /// <param name="keys">The text's keys, the same for every reference in the same words (<see cref="PlaceKeys.Cached"/>): a spelling is found again by its text and document alone.</param>
        public void AddReference(string text, SourceSpan span, string document, PlaceKeys keys)
        {
            var spelling = FindReference(text, document);
            if (spelling < 0)
            {
                spelling = _spellings.Count;
                _spellings.Add(new NameSource(text, span, 0, document, keys));
                if (_referenceSpellings is not null) _referenceSpellings.Add((text, document), spelling);
                else _references.Add(spelling);
                if (_referenceSpellings is null && _references.Count > ScanLimit)
                {
                    _referenceSpellings = new Dictionary<(string Text, string Document), int>(2 * _references.Count);
                    foreach (var r in _references) _referenceSpellings.Add((_spellings[r].Name, _spellings[r].Document), r);
                }
            }

            _lastReference = spelling;
            _arrivals.Add((spelling, span));
        }

        /// <summary>
        /// The draft's names: the distinct spellings when they are all one text with one key, which is all the draft's
        /// choices read then (the first, and the first with Hangul, come first either way); else every name in arrival order.
        /// </summary>
        public void AddTo(List<NameSource> names)
        {
            if (_spellings.Count == 1 || NameSource.AllAlike(_spellings, byKey: true))
            {
                names.AddRange(_spellings);
                return;
            }

            names.Capacity = names.Count + _arrivals.Count;
            foreach (var (spelling, span) in _arrivals)
            {
                var source = _spellings[spelling];
                names.Add(source.Span == span ? source : source with { Span = span });
            }
        }

        /// <summary>Every name's span, each once, in the order they first stand.</summary>
        public EquatableArray<SourceSpan> Spans() => ModelBuilder.DistinctSpans(_arrivals, static a => a.Span);

        private int FindReference(string text, string document)
        {
            if (_lastReference >= 0 && Is(_lastReference, text, document)) return _lastReference;
            if (_referenceSpellings is not null) return _referenceSpellings.TryGetValue((text, document), out var found) ? found : -1;
            foreach (var spelling in _references)
            {
                if (Is(spelling, text, document)) return spelling;
            }

            return -1;
        }

        private bool Is(int spelling, string text, string document) =>
            string.Equals(_spellings[spelling].Name, text, StringComparison.Ordinal) && string.Equals(_spellings[spelling].Document, document, StringComparison.Ordinal);
    }
}
