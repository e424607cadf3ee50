using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Merges the rows of every document into one model: rows become entities by <see cref="IdentityResolver"/> (one
    /// place, one entity, whatever the script or romanization), each fact chosen by <see cref="FactChooser"/>, each
    /// disagreement reported as NKG1001 at the value that lost, each join made by a loose spelling alone as NKG1002.
    /// A row that contradicts the model (a "province" that is a first-level city) is reported and never becomes an
    /// entity; a province name that is none of the DPRK's nine is NKG2011, and is kept as a province of its own.
    /// </summary>
    internal static class ModelBuilder
    {
        /// <summary>A city row's fact as its entity's draft keeps it.</summary>
        private static readonly Func<CityFact, int, string, int, DraftFact<CityField>> KeepCityFact =
            static (fact, priority, document, order) => new(fact.Field, fact.Value, fact.Span, priority, fact.Authority, document, order);

        public static DataModel Build(IEnumerable<PrioritizedReading> readings, CancellationToken cancellationToken = default)
        {
            // Sorting by path makes the model independent of the order the compiler hands files over.
            var ordered = readings.OrderBy(r => r.Reading.File, StringComparer.Ordinal).ToList();
            var documents = ordered.Select(r => new SourceDocument(r.Reading.File, Title(r.Reading))).ToEquatableArray();
            var problems = new List<DataProblem>();

            var provinceSpellings = ProvinceSpellings.From(ordered);
            // One array from the gathering to the model: a copy of every city into a list, and back, was two large arrays more.
            var cities = GatherCities(ordered, provinceSpellings, problems);
            cancellationToken.ThrowIfCancellationRequested();
            Unique(cities, c => c.IdentityName, (c, n) => c with { IdentityName = n });
            // Identity names are unique by now, so the order is total and an unstable sort gives the one order there is.
            EntityOrder.Sort(cities, static c => c.Name, static c => c.IdentityName);

            cancellationToken.ThrowIfCancellationRequested();
            var firstLevel = new FirstLevelNames(cities);
            problems.AddRange(UnknownProvinces.Check(ordered, firstLevel));
            var provinces = ProvinceBuilder.Build(ordered, cities, firstLevel, problems);
            provinces = ProvinceReferences.LinkMajorCities(provinces, cities, problems);
            StatusHistory.NameAbsorbingProvinces(cities, provinces);
            problems.AddRange(CountCheck.Check(ordered, cities, provinces));

            return new DataModel(new EquatableArray<CityModel>(cities), provinces.ToEquatableArray(), documents, problems.ToEquatableArray());
        }

        private static string? Text(ChosenFact? fact) => (fact?.Value as TextValue)?.Text;

        public static string Title(TableReading reading) =>
            string.IsNullOrWhiteSpace(reading.Title) ? SourceSpan.FileNameOf(reading.File) : reading.Title!;

        /// <summary>
        /// The cities, one per entity in entity order. Each entity's city is chosen as soon as its last row is in: a draft
        /// then lives for one row (most entities have one) instead of until every row is gathered, so the collector
        /// never copies it to an older generation. Problems keep the order they had when every draft was gathered first:
        /// every join problem in row order, then every entity's own in entity order.
        /// </summary>
        private static CityModel[] GatherCities(List<PrioritizedReading> readings, ProvinceSpellings provinceSpellings, List<DataProblem> problems)
        {
            var count = readings.Sum(r => r.Reading.Cities.Count);
            var rows = new List<(CityRow Row, int Priority, string Title)>(count);
            // What the resolver reads, filled beside the rows rather than projected from them: one list of 100,000 less.
            var keyed = new List<(PlaceKeys Keys, string File)>(count);
            foreach (var (reading, priority) in readings.Select(r => (r.Reading, r.Priority)))
            {
                var title = Title(reading);
                foreach (var row in reading.Cities)
                {
                    var keys = PlaceKeys.Of(row);
                    rows.Add((row, priority, title));
                    keyed.Add((keys, row.NameSpan.File));
                }
            }

            var resolutions = IdentityResolver.Resolve(keyed, distinctRows: rows.Count);
            // Entities are numbered from 0 as they are founded, each by a row.
            var entities = 0;
            foreach (var resolution in resolutions) entities = Math.Max(entities, resolution.Entity + 1);
            var lastRow = new int[entities];
            for (var i = 0; i < resolutions.Length; i++) lastRow[resolutions[i].Entity] = i;
            var drafts = new EntityDraft<CityField, CityFact>?[entities];
            // Drafts of chosen entities, emptied for the next: most entities are drafted and chosen within one row.
            var cleared = new Stack<EntityDraft<CityField, CityFact>>();
            var cities = new CityModel[entities];
            var chosenProblems = new List<DataProblem>();
            Dictionary<int, DataProblem[]>? problemsOf = null;
            for (var i = 0; i < rows.Count; i++)
            {
                var (row, priority, title) = rows[i];
                var keys = keyed[i].Keys;
                var resolution = resolutions[i];
                var draft = drafts[resolution.Entity] ??= cleared.Count > 0 ? cleared.Pop() : new EntityDraft<CityField, CityFact>(KeepCityFact);
                draft.Names.Add(new NameSource(row.Name, row.NameSpan, priority, title, keys));
                draft.AddRow(row.Facts, priority, title);

                if (resolution.JoinedBy == JoinedBy.Loose)
                {
                    var partner = rows[resolution.Partner];
                    problems.Add(LooseJoin("City", row.Name, row.NameSpan, title, partner.Row.Name, partner.Row.NameSpan, partner.Title, resolution.Key!));
                }
                else if (resolution.Rival >= 0)
                {
                    var (partner, rival) = (rows[resolution.Partner], rows[resolution.Rival]);
                    problems.Add(AmbiguousJoin("City", row.Name, row.NameSpan, title, (partner.Row.Name, partner.Row.NameSpan, partner.Title), (rival.Row.Name, rival.Row.NameSpan, rival.Title)));
                }

                if (lastRow[resolution.Entity] != i) continue;
                cities[resolution.Entity] = ChooseCity(draft, provinceSpellings, chosenProblems);
                drafts[resolution.Entity] = null;
                draft.Clear();
                cleared.Push(draft);
                if (chosenProblems.Count == 0) continue;
                (problemsOf ??= new Dictionary<int, DataProblem[]>())[resolution.Entity] = chosenProblems.ToArray();
                chosenProblems.Clear();
            }

            for (var e = 0; problemsOf is not null && e < entities; e++)
            {
                if (problemsOf.TryGetValue(e, out var own)) problems.AddRange(own);
            }

            return cities;
        }

        private static CityModel ChooseCity(EntityDraft<CityField, CityFact> draft, ProvinceSpellings provinces, List<DataProblem> problems)
        {
            var name = draft.InLatinLetters(draft.ChooseName(problems), PlaceKind.City);
            // One row with each field once (nearly every city of a large table): its facts are the chosen ones as they stand.
            var chosen = draft.SoleRow is (var row, var document) && CityFacts.OfSoleRow(row, document) is { } sole
                ? sole
                : new CityFacts(new EquatableArray<CityFieldChoice>(draft.Choose(
                    (name, provinces, problems),
                    static (state, field, facts) =>
                    {
                        var choice = field is CityField.Province or CityField.RelatedProvince ? FactChooser.Choose(facts, state.provinces.Agree) : FactChooser.Choose(facts);
                        if (choice.Losers.Count > 0) state.problems.AddRange(Disagreement.Report(state.name, FieldNames.Of(field), choice, facts));
                        return choice.Chosen;
                    },
                    static (field, fact) => new CityFieldChoice(field, fact))));

            var status = (chosen.Get(CityField.Status)?.Value as StatusValue)?.Status
                ?? UnitStatus.Of(Text(chosen.Get(CityField.KoreanName)), Text(chosen.Get(CityField.Hancha)), name);
            var (history, defunct) = StatusHistory.Build(status, chosen.Get(CityField.SpecialCityPeriods), chosen.Get(CityField.Founded), chosen.Get(CityField.Province));
            var nameSources = DistinctSpans(draft.Names);
            return new CityModel(name, nameSources, chosen, status, history, defunct)
            {
                IdentityName = draft.InLatinLetters(draft.ChooseIdentityName(), PlaceKind.City),
                OtherNames = new EquatableArray<string>(draft.OtherNames(name, PlaceKind.City, CityField.KoreanName, CityField.Hancha)),
            };
        }

        /// <summary>The spans of <paramref name="names"/>, each once, in the order they first stand.</summary>
        internal static EquatableArray<SourceSpan> DistinctSpans(List<NameSource> names) => DistinctSpans(names, static n => n.Span);

        /// <summary>The spans of <paramref name="items"/>, each once, in the order they first stand.</summary>
        internal static EquatableArray<SourceSpan> DistinctSpans<T>(List<T> items, Func<T, SourceSpan> spanOf)
        {
            if (items.Count == 1) return new EquatableArray<SourceSpan>(new[] { spanOf(items[0]) });
            // A set made at its size (a dictionary: netstandard2.0 has no sized HashSet): a province's set of thousands
            // of spans, grown by doubling, left as much again behind.
            var seen = new Dictionary<SourceSpan, bool>(items.Count, SpanPlace.Comparer);
            var spans = new List<SourceSpan>(items.Count);
            foreach (var item in items)
            {
                var span = spanOf(item);
                if (seen.ContainsKey(span)) continue;
                seen.Add(span, true);
                spans.Add(span);
            }

            return new EquatableArray<SourceSpan>(spans.ToArray());
        }

        /// <summary>
        /// Spans equal as records, hashed by their numbers alone: a province's thousands of spans (one per city naming it)
        /// mostly share one file, and hashing its path for each was most of the time spent listing them.
        /// </summary>
        private sealed class SpanPlace : IEqualityComparer<SourceSpan>
        {
            public static readonly SpanPlace Comparer = new();

            public bool Equals(SourceSpan x, SourceSpan y) => x.Equals(y);

            public int GetHashCode(SourceSpan span) => unchecked((((span.Line * 31) + span.Column) * 31 + span.Start) * 31 + span.Length);
        }

        /// <summary>
        /// Two places may share a spelling (different Hangul, one romanization); their identity names must still differ,
        /// because the emitter finds each entity's member by it. The later gets " (2)", and the member name a suffix.
        /// </summary>
        internal static void Unique<T>(IList<T> entities, Func<T, string> identity, Func<T, string, T> rename)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? taken = null;
            for (var i = 0; i < entities.Count; i++)
            {
                var name = identity(entities[i]);
                if (seen.Add(name)) continue;
                // Every identity name, only once one is shared (rarely): a renamed entity must not take a later one's name.
                taken ??= new HashSet<string>(entities.Select(identity), StringComparer.Ordinal);
                var n = 2;
                string renamed;
                while (taken.Contains(renamed = $"{name} ({n})")) n++;
                taken.Add(renamed);
                seen.Add(renamed);
                entities[i] = rename(entities[i], renamed);
            }
        }

        internal static DataProblem LooseJoin(string kind, string name, SourceSpan span, string document, string partnerName, SourceSpan partnerSpan, string partnerDocument, string key) =>
            new(
                ProblemKind.LooseNameMatch,
                span,
                $"{kind} '{name}' in {document} {span} was taken to be '{partnerName}' in {partnerDocument} {partnerSpan} only because the "
                + $"two romanizations are alike (both read '{key}' once the systems' differences are folded); add the Hangul to confirm (or to tell them apart)");

        internal static DataProblem AmbiguousJoin(string kind, string name, SourceSpan span, string document, (string Name, SourceSpan Span, string Document) chosen, (string Name, SourceSpan Span, string Document) rival) =>
            new(
                ProblemKind.LooseNameMatch,
                span,
                $"{kind} '{name}' in {document} {span} was taken to be '{chosen.Name}' in {chosen.Document} {chosen.Span}, but its spelling fits "
                + $"'{rival.Name}' in {rival.Document} {rival.Span}, a different place, as well; add the Hangul to confirm");
    }
}
