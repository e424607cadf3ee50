using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// One spelling of an entity's name, where it stands and what its source weighs. A struct in its entity's list: an
    /// object for every row's name lived until its entity was chosen, one more for the collector to copy.
    /// </summary>
    internal readonly record struct NameSource(string Name, SourceSpan Span, int Priority, string Document, PlaceKeys Keys)
    {
        /// <summary>A name in Hangul or Hanja: kept among the other names, never chosen over a romanized one.</summary>
        public bool IsKoreanScript => KoreanScript.Is(Name);

        /// <summary>What a spelling is compared by when names compete.</summary>
        public static string KeyOf(NameSource n) => n.Keys.WrittenKey ?? n.Keys.Hangul ?? n.Keys.Hanja ?? n.Name;

        /// <summary>Every spelling is the same text (and, <paramref name="byKey"/>, folds to the same key): its order cannot matter.</summary>
        public static bool AllAlike(List<NameSource> names, bool byKey)
        {
            var first = names[0];
            var key = byKey ? KeyOf(first) : null;
            for (var i = 1; i < names.Count; i++)
            {
                if (!string.Equals(names[i].Name, first.Name, StringComparison.Ordinal)) return false;
                if (byKey && !string.Equals(KeyOf(names[i]), key, StringComparison.Ordinal)) return false;
            }

            return true;
        }
    }

    /// <summary>Everything the sources say about one entity, gathered before choosing.</summary>
    /// <typeparam name="TFact">The rows' fact type, read by the draft's <c>keep</c> function when the merge reaches it.</typeparam>
    internal sealed class EntityDraft<TField, TFact>
        where TField : struct
        where TFact : IEquatable<TFact>
    {
        private readonly Func<TFact, int, string, int, DraftFact<TField>> _keep;

        // The candidates for the name among Names, and how many names there were when they were picked.
        private List<NameSource>? _candidates;
        private int _candidatesOf;

        // The one row's facts, not copied (most entities have one row): they are kept as DraftFacts only when a second row
        // brings facts, or when the row's fields are out of field order. A copy of every row's facts was a tenth of what a
        // merge allocated, all of it alive until the entity was chosen.
        private EquatableArray<TFact> _row;
        private int _rowPriority;
        private string _rowDocument = "";

        /// <param name="keep">One row's fact as the draft keeps it: (fact, priority, document, arrival order).</param>
        public EntityDraft(Func<TFact, int, string, int, DraftFact<TField>> keep)
        {
            _keep = keep;
        }

        /// <summary>Every spelling, each with the keys its row was joined by (no list of keys beside it: one list per entity less).</summary>
        public List<NameSource> Names { get; } = new(1);

        // Every fact once there is more than one row's (or the one row's are out of field order), in arrival order until sorted.
        private List<DraftFact<TField>>? _facts;
        private bool _unordered;

        /// <summary>
        /// The facts of the one row that gave any (none, and no document, when no row did), with its document, while that
        /// row's facts are kept as they came (in field order); null once a second row brings facts or the row's are out of order.
        /// </summary>
        public (EquatableArray<TFact> Facts, string Document)? SoleRow => _facts is null ? (_row, _rowDocument) : null;

        /// <summary>How many facts the sources gave.</summary>
        public int FactCount => _facts?.Count ?? _row.Count;

        /// <summary>
        /// Fact <paramref name="index"/> of every source's facts, grouped by field in field order and in arrival order
        /// within a field (see <see cref="EndOfField"/>). Structs in one list, not a list of objects per field: nearly
        /// every entity has one source per field, and an object graph per fact was most of what a merge allocated.
        /// </summary>
        public DraftFact<TField> Fact(int index)
        {
            if (_facts is null) return _keep(_row[index], _rowPriority, _rowDocument, index);
            if (_unordered)
            {
                _facts.Sort(static (a, b) => Comparer<TField>.Default.Compare(a.Field, b.Field) is var c && c != 0 ? c : a.Order.CompareTo(b.Order));
                _unordered = false;
            }

            return _facts[index];
        }

        /// <summary>
        /// Empties the draft for another entity: a merge drafts one entity after another, and a draft (with its list of
        /// names) made anew for each of 100,000 cities was a fifth of what choosing them allocated.
        /// </summary>
        public void Clear()
        {
            Names.Clear();
            (_candidates, _candidatesOf) = (null, 0);
            (_row, _rowPriority, _rowDocument) = (default, 0, "");
            (_facts, _unordered) = (null, false);
        }

        /// <summary>Adds one row's facts, in the row's order.</summary>
        public void AddRow(EquatableArray<TFact> facts, int priority, string document)
        {
            if (facts.Count == 0) return;
            if (_facts is null && _row.Count == 0)
            {
                (_row, _rowPriority, _rowDocument) = (facts, priority, document);
                if (InFieldOrder(facts)) return;
                _row = default;
                _facts = new List<DraftFact<TField>>(facts.Count);
            }
            else if (_facts is null)
            {
                // A second row: the first's facts are kept now, with room for the second's; later rows let the list double
                // as it does, so that thousands of rows of one entity stay linear.
                _facts = new List<DraftFact<TField>>(_row.Count + facts.Count);
                for (var i = 0; i < _row.Count; i++) _facts.Add(_keep(_row[i], _rowPriority, _rowDocument, i));
                _row = default;
            }

            for (var i = 0; i < facts.Count; i++)
            {
                var fact = _keep(facts[i], priority, document, _facts.Count);
                var count = _facts.Count;
                if (count > 0 && Comparer<TField>.Default.Compare(_facts[count - 1].Field, fact.Field) > 0) _unordered = true;
                _facts.Add(fact);
            }
        }

        /// <summary>The index after the last fact of the field that <paramref name="start"/> (an index of <see cref="Fact"/>) holds.</summary>
        public int EndOfField(int start)
        {
            var field = Fact(start).Field;
            var end = start + 1;
            while (end < FactCount && EqualityComparer<TField>.Default.Equals(Fact(end).Field, field)) end++;
            return end;
        }

        /// <summary>The facts from <paramref name="start"/> to <paramref name="end"/> as the precedence rules rank them.</summary>
        public List<RankedFact> Ranked(int start, int end)
        {
            var ranked = new List<RankedFact>(end - start);
            for (var i = start; i < end; i++) ranked.Add(Fact(i).ToRanked());
            return ranked;
        }

        private bool InFieldOrder(EquatableArray<TFact> facts)
        {
            for (var i = 1; i < facts.Count; i++)
            {
                if (Comparer<TField>.Default.Compare(_keep(facts[i - 1], 0, "", 0).Field, _keep(facts[i], 0, "", 0).Field) > 0) return false;
            }

            return true;
        }

        /// <summary>
        /// The chosen value of each field, in field order: a field with one source is that source's value (what
        /// <see cref="FactChooser"/> returns for one fact, without ranking); a field with several goes to <paramref name="choose"/>.
        /// </summary>
        public TChoice[] Choose<TState, TChoice>(TState state, Func<TState, TField, List<RankedFact>, ChosenFact> choose, Func<TField, ChosenFact, TChoice> make)
        {
            var fields = 0;
            for (var start = 0; start < FactCount; start = EndOfField(start)) fields++;
            var chosen = new TChoice[fields];
            for (int start = 0, i = 0; start < FactCount; i++)
            {
                var end = EndOfField(start);
                var first = Fact(start);
                chosen[i] = make(first.Field, end - start == 1
                    ? new ChosenFact(first.Value, first.Span, first.Document, EquatableArray<SourceSpan>.Empty)
                    : choose(state, first.Field, Ranked(start, end)));
                start = end;
            }

            return chosen;
        }

        /// <summary>
        /// The displayed name, chosen among the romanized spellings by the precedence every fact follows (spellings that
        /// fold to the same key agree); each spelling that lost is NKG1001 at the spelling. Hangul and Hanja names compete
        /// only when no source romanizes the name.
        /// </summary>
        public string ChooseName(List<DataProblem> problems)
        {
            var candidates = Candidates();
            // One spelling (most entities) is its own choice: nothing to rank, nothing to disagree with.
            if (candidates.Count == 1) return candidates[0].Name;
            // Thousands of city rows naming one province mostly spell it alike: equal values agree, so nothing disagrees.
            if (NameSource.AllAlike(candidates, byKey: true)) return candidates[0].Name;
            var facts = candidates.Select(n => new RankedFact(new TextValue(NameSource.KeyOf(n), n.Name), n.Span, n.Priority, FactAuthority.Incidental, n.Document)).ToList();
            var choice = FactChooser.Choose(facts);
            var name = Spelling(candidates, ((TextValue)choice.Winner.Value).Text);
            problems.AddRange(Disagreement.Report(name, "name", choice, facts));
            return name;
        }

        /// <summary>
        /// How the chosen name is written, among the spellings that fold to its key (N. Hamgyong, North Hamgyong): the
        /// highest priority's, then the one the most documents write, then the first. Those spellings agree, so the first
        /// in file order alone would let a table's abbreviation displace the name every other source writes.
        /// </summary>
        private static string Spelling(List<NameSource> candidates, string key)
        {
            var alike = candidates.Where(n => string.Equals(NameSource.KeyOf(n), key, StringComparison.Ordinal)).ToList();
            var top = alike.Max(n => n.Priority);
            return alike.Where(n => n.Priority == top)
                .GroupBy(n => n.Name, StringComparer.Ordinal)
                .Select((g, order) => (Name: g.Key, Documents: g.Select(n => n.Document).Distinct(StringComparer.Ordinal).Count(), Order: order))
                .OrderByDescending(s => s.Documents).ThenBy(s => s.Order)
                .First().Name;
        }

        /// <summary>The spelling of the package's own tables when they name the entity, else the first spelling in file order.</summary>
        public string ChooseIdentityName()
        {
            var candidates = Candidates();
            if (candidates.Count == 1 || NameSource.AllAlike(candidates, byKey: false)) return candidates[0].Name;
            var builtIn = candidates.Where(n => DefaultReadings.IsDefaultFile(n.Span.File)).ToList();
            return (builtIn.Count > 0 ? builtIn : candidates)
                .OrderBy(n => n.Span.File, StringComparer.Ordinal).ThenBy(n => n.Span.Line).ThenBy(n => n.Span.Column).First().Name;
        }

        /// <summary>
        /// <paramref name="chosen"/>, or, when it is written in Chosŏn'gŭl or Hancha because no source romanizes the name (a
        /// table in Korean), a name in Latin letters, as every other place is shown and named in C#: a province of the nine
        /// by its English name (함경북도 → North Hamgyong); a city by its Hangul in McCune–Reischauer as English-language
        /// sources print it (은덕군 → Undok). The Hangul stays the Korean name.
        /// </summary>
        public string InLatinLetters(string chosen, PlaceKind kind)
        {
            if (!KoreanScript.Is(chosen)) return chosen;
            if (kind == PlaceKind.Province)
            {
                foreach (var n in Names)
                {
                    if (KnownProvinces.EnglishOf(n.Keys) is { } english) return english;
                }

                return chosen;
            }

            return FirstWithHangul()?.HangulCore is { Length: > 0 } core ? Romanizer.Romanize(core, RomanizationSystem.SimplifiedMcCuneReischauer) : chosen;
        }

        public string[] OtherNames(string name, PlaceKind kind, TField koreanField, TField hanchaField) =>
            AlsoWritten.Of(
                name,
                kind,
                Names.Count == 1 || NameSource.AllAlike(Names, byKey: false) ? new Spellings(Names[0].Name) : new Spellings(Names.OrderBy(n => n.Span.File, StringComparer.Ordinal).ThenBy(n => n.Span.Line).Select(n => n.Name).ToList()),
                Written(koreanField),
                Written(hanchaField),
                FirstWithHangul());

        private PlaceKeys? FirstWithHangul()
        {
            foreach (var n in Names)
            {
                if (n.Keys.HangulCore is not null) return n.Keys;
            }

            return null;
        }

        private Spellings Written(TField field)
        {
            // Nearly always one value (a row's Korean name): no list, no array.
            string? first = null;
            List<string>? more = null;
            for (var i = 0; i < FactCount; i++)
            {
                var fact = Fact(i);
                if (!EqualityComparer<TField>.Default.Equals(fact.Field, field)) continue;
                var text = fact.Value is TextValue t ? t.Text : fact.Value.Written;
                if (first is null) first = text;
                else (more ??= new List<string> { first }).Add(text);
            }

            return more is not null ? new Spellings(more) : first is null ? default : new Spellings(first);
        }

        // Asked for twice (the name, the identity name), after every name has come; a province's thousands are filtered once.
        private List<NameSource> Candidates()
        {
            if (Names.Count == 1) return Names;
            if (_candidates is not null && _candidatesOf == Names.Count) return _candidates;
            var romanized = Names.Where(n => !n.IsKoreanScript).ToList();
            (_candidates, _candidatesOf) = (romanized.Count > 0 ? romanized : Names, Names.Count);
            return _candidates;
        }
    }

    /// <summary>One source's value for one field, kept by an <see cref="EntityDraft{TField, TFact}"/> until the merge chooses.</summary>
    internal readonly struct DraftFact<TField>
        where TField : struct
    {
        public DraftFact(TField field, FactValue value, SourceSpan span, int priority, FactAuthority authority, string document, int order)
        {
            Field = field;
            Value = value;
            Span = span;
            Priority = priority;
            Authority = authority;
            Document = document;
            Order = order;
        }

        public TField Field { get; }

        public FactValue Value { get; }

        public SourceSpan Span { get; }

        public int Priority { get; }

        public FactAuthority Authority { get; }

        public string Document { get; }

        /// <summary>The order the fact arrived in: facts of one field stay in it.</summary>
        public int Order { get; }

        public RankedFact ToRanked() => new(Value, Span, Priority, Authority, Document);
    }
}
