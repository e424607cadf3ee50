using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// The provinces of the model: one per place the province rows and the cities' Province and related-province facts
    /// resolve to (<see cref="IdentityResolver"/>), its facts chosen as a city's are; and each city's references set to
    /// the province they resolved to (<see cref="CityModel.ProvinceIdentity"/>), so that the emitter only maps them.
    /// </summary>
    internal static class ProvinceBuilder
    {
        /// <summary>The city fields that name a province.</summary>
        private static readonly CityField[] ProvinceFields = { CityField.Province, CityField.RelatedProvince };

        /// <summary>A province row's fact as its entity's draft keeps it: province tables carry no authority of their own.</summary>
        private static readonly Func<ProvinceFact, int, string, int, DraftFact<ProvinceField>> KeepProvinceFact =
            static (fact, priority, document, order) => new(fact.Field, fact.Value, fact.Span, priority, FactAuthority.Incidental, document, order);

        /// <summary>Builds the provinces, and sets <paramref name="cities"/>' province identities.</summary>
        public static List<ProvinceModel> Build(List<PrioritizedReading> readings, CityModel[] cities, FirstLevelNames firstLevel, List<DataProblem> problems)
        {
            // Every name a province is written by, in the order the resolver takes them: the province rows', then each
            // city's Province and related province (nearly every city has one), in city order.
            var names = new Names(Rows(readings, firstLevel, problems), References(cities, firstLevel), cities);
            var resolutions = IdentityResolver.Resolve(names.Keyed, repeatedKeys: true);
            var entities = Gather(names, resolutions, cities, problems);

            var provinces = new List<ProvinceModel>(entities.Length);
            foreach (var entity in entities) provinces.Add(Choose(entity, problems));

            // Unique keeps the list's order, so index i is still entity i when the references are resolved.
            ModelBuilder.Unique(provinces, p => p.IdentityName, (p, n) => p with { IdentityName = n });
            SetProvinces(cities, names, resolutions, provinces);
            EntityOrder.Sort(provinces, static p => p.Name, static p => p.IdentityName);
            return provinces;
        }

        // The province rows that name a province; a row naming a first-level city instead is reported and left out.
        private static List<(NameSource Source, ProvinceRow Row)> Rows(List<PrioritizedReading> readings, FirstLevelNames firstLevel, List<DataProblem> problems)
        {
            // A province exists because a province table describes it, a city belongs to it, or a first-level city relates to it.
            var rows = new List<(NameSource Source, ProvinceRow Row)>(readings.Sum(r => r.Reading.Provinces.Count));
            foreach (var (reading, priority) in readings.Select(r => (r.Reading, r.Priority)))
            {
                var title = ModelBuilder.Title(reading);
                foreach (var row in reading.Provinces)
                {
                    if (firstLevel.Find(row.Name) is { } city)
                    {
                        problems.Add(Contradiction(row, city, title));
                        continue;
                    }

                    rows.Add((new NameSource(row.Name, row.NameSpan, priority, title, KnownProvinces.KeysOf(row)), row));
                }
            }

            return rows;
        }

        // Each city's Province and related-province facts, in city order; not one that names a first-level city (a county
        // of Pyongyang whose table gives 평양직할시 as its division): that city is no province, and the county is in none.
        // Where each fact is, not a copy of it: the list lives through the provinces' resolution, one entry per city.
        private static List<(int City, CityField Field)> References(CityModel[] cities, FirstLevelNames firstLevel)
        {
            var references = new List<(int City, CityField Field)>(cities.Length);
            for (var c = 0; c < cities.Length; c++)
            {
                foreach (var field in ProvinceFields)
                {
                    if (cities[c].Get(field) is { Value: TextValue text } && firstLevel.Find(text.Text) is null) references.Add((c, field));
                }
            }

            return references;
        }

        // Every name to its province's names, every row's facts to its draft, every city to the province it belongs to;
        // joins made by a loose spelling, or open to two places, reported as they are met.
        private static Entity[] Gather(Names names, Resolution[] resolutions, CityModel[] cities, List<DataProblem> problems)
        {
            var entities = Entity.Sized(names, resolutions);
            for (var i = 0; i < resolutions.Length; i++)
            {
                var entity = entities[resolutions[i].Entity];
                if (names.IsRow(i))
                {
                    var (source, row) = names.Rows[i];
                    entity.Names.AddRow(source);
                    entity.Draft.AddRow(row.Facts, source.Priority, source.Document);
                }
                else
                {
                    var (fact, city, field) = names.Reference(i);
                    entity.Names.AddReference(((TextValue)fact.Value).Text, fact.Source, fact.Document, names.Keyed[i].Keys);
                    if (field == CityField.Province) entity.Members.Add(cities[city]);
                }

                var resolution = resolutions[i];
                if (resolution.JoinedBy == JoinedBy.Loose)
                {
                    var (name, span, document) = names.Named(i);
                    var partner = names.Named(resolution.Partner);
                    problems.Add(ModelBuilder.LooseJoin("Province", name, span, document, partner.Name, partner.Span, partner.Document, resolution.Key!));
                }
                else if (resolution.Rival >= 0)
                {
                    var (name, span, document) = names.Named(i);
                    problems.Add(ModelBuilder.AmbiguousJoin("Province", name, span, document, names.Named(resolution.Partner), names.Named(resolution.Rival)));
                }
            }

            return entities;
        }

        private static ProvinceModel Choose(Entity entity, List<DataProblem> problems)
        {
            var draft = entity.Draft;
            entity.Names.AddTo(draft.Names);
            var name = draft.InLatinLetters(draft.ChooseName(problems), PlaceKind.Province);
            var chosen = draft.Choose(
                (name, problems),
                static (state, field, facts) =>
                {
                    var choice = FactChooser.Choose(facts);
                    state.problems.AddRange(Disagreement.Report(state.name, FieldNames.Of(field), choice, facts));
                    return choice.Chosen;
                },
                static (field, fact) => new ProvinceFieldChoice(field, fact));

            // Members arrive in the order of the cities, which are sorted by name ignoring case, then by name (EntityOrder):
            // they are in the order CityNames promises already, ties in city order as a stable sort would leave them.
            var cityNames = new string[entity.Members.Count];
            for (var m = 0; m < cityNames.Length; m++) cityNames[m] = entity.Members[m].IdentityName;
            return new ProvinceModel(name, entity.Names.Spans(), new EquatableArray<ProvinceFieldChoice>(chosen), new EquatableArray<string>(cityNames))
            {
                IdentityName = draft.InLatinLetters(draft.ChooseIdentityName(), PlaceKind.Province),
                OtherNames = new EquatableArray<string>(draft.OtherNames(name, PlaceKind.Province, ProvinceField.KoreanName, ProvinceField.Hancha)),
            };
        }

        // References come in city order, a city's Province before its related province: both are set at once.
        private static void SetProvinces(CityModel[] cities, Names names, Resolution[] resolutions, List<ProvinceModel> provinces)
        {
            var references = names.References;
            for (var r = 0; r < references.Count;)
            {
                var c = references[r].City;
                string? province = null, related = null;
                for (; r < references.Count && references[r].City == c; r++)
                {
                    var identity = provinces[resolutions[names.Rows.Count + r].Entity].IdentityName;
                    if (references[r].Field == CityField.Province) province = identity;
                    else related = identity;
                }

                cities[c].ResolveProvinces(province, related);
            }
        }

        private static DataProblem Contradiction(ProvinceRow row, CityModel city, string document)
        {
            var statusSource = city.Get(CityField.Status);
            var evidence = statusSource is { } status ? $" (status from {status.Document} {status.Source})" : "";
            return new DataProblem(
                ProblemKind.SourceDisagreement,
                row.NameSpan,
                $"{row.Name} province: {document} {row.NameSpan} lists '{row.Name}' as a province, but {city.Name} is a "
                + $"{FieldNames.Of(city.Status)}, not a province{evidence}; the row was not used");
        }

        /// <summary>The names the resolver takes, in its order: the province rows', then the cities' references.</summary>
        private sealed class Names
        {
            private readonly CityModel[] _cities;

            public Names(List<(NameSource Source, ProvinceRow Row)> rows, List<(int City, CityField Field)> references, CityModel[] cities)
            {
                Rows = rows;
                References = references;
                _cities = cities;
                // One text, one keys object: what ProvinceNames relies on to write a spelling once.
                var keysOf = KnownProvinces.Cached();
                Keyed = new List<(PlaceKeys Keys, string File)>(rows.Count + references.Count);
                foreach (var (source, _) in rows) Keyed.Add((source.Keys, source.Span.File));
                for (var r = 0; r < references.Count; r++)
                {
                    var fact = FactOf(r);
                    Keyed.Add((keysOf(((TextValue)fact.Value).Text), fact.Source.File));
                }
            }

            public List<(NameSource Source, ProvinceRow Row)> Rows { get; }

            public List<(int City, CityField Field)> References { get; }

            public List<(PlaceKeys Keys, string File)> Keyed { get; }

            public bool IsRow(int i) => i < Rows.Count;

            public (ChosenFact Fact, int City, CityField Field) Reference(int i)
            {
                var (city, field) = References[i - Rows.Count];
                return (FactOf(i - Rows.Count), city, field);
            }

            /// <summary>Which of its city's facts name <paramref name="i"/> is (a reference, not a row).</summary>
            public CityField ReferenceField(int i) => References[i - Rows.Count].Field;

            private ChosenFact FactOf(int reference)
            {
                var (city, field) = References[reference];
                return _cities[city].Get(field)!.Value;
            }

            /// <summary>Name <paramref name="i"/> as a problem quotes it.</summary>
            public (string Name, SourceSpan Span, string Document) Named(int i)
            {
                if (IsRow(i)) return (Rows[i].Source.Name, Rows[i].Source.Span, Rows[i].Source.Document);
                var fact = Reference(i).Fact;
                return (((TextValue)fact.Value).Text, fact.Source, fact.Document);
            }
        }

        /// <summary>One province while it is gathered: its draft, its names, the cities that belong to it.</summary>
        private sealed class Entity
        {
            private Entity(int names, int members)
            {
                Names = new ProvinceNames(names);
                Members = new List<CityModel>(members);
            }

            public EntityDraft<ProvinceField, ProvinceFact> Draft { get; } = new(KeepProvinceFact);

            public ProvinceNames Names { get; }

            public List<CityModel> Members { get; }

            /// <summary>
            /// One entity per province, each counted first, so that its lists are made at their size: a list of thousands
            /// grown by doubling left as much again behind.
            /// </summary>
            public static Entity[] Sized(Names names, Resolution[] resolutions)
            {
                var count = 0;
                foreach (var resolution in resolutions) count = Math.Max(count, resolution.Entity + 1);
                var (nameCounts, memberCounts) = (new int[count], new int[count]);
                for (var i = 0; i < resolutions.Length; i++)
                {
                    nameCounts[resolutions[i].Entity]++;
                    if (!names.IsRow(i) && names.ReferenceField(i) == CityField.Province) memberCounts[resolutions[i].Entity]++;
                }

                var entities = new Entity[count];
                for (var e = 0; e < count; e++) entities[e] = new Entity(nameCounts[e], memberCounts[e]);
                return entities;
            }
        }
    }
}
