using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Merges the rows of every document into one model: entities by name (case- and diacritic-insensitive), each
    /// fact chosen by <see cref="FactChooser"/>, each disagreement reported as NKG1001 at the value that lost.
    /// A row that contradicts the model (a "province" that is a first-level city) is reported and never becomes an entity.
    /// </summary>
    internal static class ModelBuilder
    {
        public static DataModel Build(IEnumerable<PrioritizedReading> readings, CancellationToken cancellationToken = default)
        {
            // Sorting by path makes the model independent of the order the compiler hands files over.
            var ordered = readings.OrderBy(r => r.Reading.File, StringComparer.Ordinal).ToList();
            var documents = ordered.Select(r => new SourceDocument(r.Reading.File, Title(r.Reading))).ToEquatableArray();
            var problems = new List<DataProblem>();

            var cityDrafts = GatherCities(ordered);
            cancellationToken.ThrowIfCancellationRequested();
            var cities = cityDrafts.OrderBy(d => d.Key, StringComparer.Ordinal)
                .Select(d => ChooseCity(d.Value, problems))
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Name, StringComparer.Ordinal)
                .ToList();

            cancellationToken.ThrowIfCancellationRequested();
            var provinces = BuildProvinces(ordered, cities, problems);
            problems.AddRange(CountCheck.Check(ordered, cities, provinces));

            return new DataModel(cities.ToEquatableArray(), provinces.ToEquatableArray(), documents, problems.ToEquatableArray());
        }

        public static string Title(TableReading reading) =>
            string.IsNullOrWhiteSpace(reading.Title) ? new SourceSpan(reading.File, 1, 1, 0, 0).FileName : reading.Title!;

        private static Dictionary<string, EntityDraft<CityField>> GatherCities(List<PrioritizedReading> readings)
        {
            var drafts = new Dictionary<string, EntityDraft<CityField>>(StringComparer.Ordinal);
            foreach (var (reading, priority) in readings.Select(r => (r.Reading, r.Priority)))
            {
                var title = Title(reading);
                foreach (var row in reading.Cities)
                {
                    var key = KeyOf(row.Name);
                    if (!drafts.TryGetValue(key, out var draft)) drafts[key] = draft = new EntityDraft<CityField>();
                    draft.Names.Add((row.Name, row.NameSpan, priority));
                    foreach (var fact in row.Facts)
                    {
                        draft.Add(fact.Field, new RankedFact(fact.Value, fact.Span, priority, fact.Authority, title));
                    }
                }
            }

            return drafts;
        }

        private static CityModel ChooseCity(EntityDraft<CityField> draft, List<DataProblem> problems)
        {
            var name = draft.ChooseName();
            var chosen = new List<CityFieldChoice>();
            foreach (var pair in draft.Facts)
            {
                var choice = FactChooser.Choose(pair.Value);
                problems.AddRange(Disagreement.Report(name, FieldNames.Of(pair.Key), choice, pair.Value));
                chosen.Add(new CityFieldChoice(pair.Key, choice.Chosen));
            }

            ChosenFact? Get(CityField field) => chosen.FirstOrDefault(c => c.Field == field)?.Chosen;
            var status = (Get(CityField.Status)?.Value as StatusValue)?.Status ?? CityStatus.City;
            var (history, defunct) = StatusHistory.Build(status, Get(CityField.SpecialCityPeriods), Get(CityField.Founded), Get(CityField.Province));
            var nameSources = draft.Names.Select(n => n.Span).Distinct().ToEquatableArray();
            return new CityModel(name, nameSources, chosen.ToEquatableArray(), status, history, defunct);
        }

        private static List<ProvinceModel> BuildProvinces(List<PrioritizedReading> readings, List<CityModel> cities, List<DataProblem> problems)
        {
            var drafts = new Dictionary<string, EntityDraft<ProvinceField>>(StringComparer.Ordinal);
            EntityDraft<ProvinceField> DraftFor(string provinceName)
            {
                var key = KeyOf(provinceName);
                if (!drafts.TryGetValue(key, out var draft)) drafts[key] = draft = new EntityDraft<ProvinceField>();
                return draft;
            }

            // A province exists because a city belongs to it, or a first-level city relates to it.
            foreach (var city in cities)
            {
                foreach (var field in new[] { CityField.Province, CityField.RelatedProvince })
                {
                    if (city.Get(field) is { Value: TextValue province } fact)
                    {
                        DraftFor(province.Text).Names.Add((province.Text, fact.Source, 0));
                    }
                }
            }

            var firstLevel = cities.Where(c => c.IsFirstLevel).ToDictionary(c => KeyOf(c.Name), StringComparer.Ordinal);
            foreach (var (reading, priority) in readings.Select(r => (r.Reading, r.Priority)))
            {
                var title = Title(reading);
                foreach (var row in reading.Provinces)
                {
                    if (firstLevel.TryGetValue(KeyOf(row.Name), out var city))
                    {
                        problems.Add(Contradiction(row, city, title));
                        continue;
                    }

                    var draft = DraftFor(row.Name);
                    draft.Names.Add((row.Name, row.NameSpan, priority));
                    foreach (var fact in row.Facts)
                    {
                        draft.Add(fact.Field, new RankedFact(fact.Value, fact.Span, priority, FactAuthority.Incidental, title));
                    }
                }
            }

            // Looked up once: a scan of every city for every province is quadratic on a file with thousands of each.
            var citiesByProvince = cities.Where(c => c.Get(CityField.Province)?.Value is TextValue)
                .ToLookup(c => KeyOf(((TextValue)c.Get(CityField.Province)!.Value).Text), StringComparer.Ordinal);
            var provinces = new List<ProvinceModel>();
            foreach (var pair in drafts.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var name = pair.Value.ChooseName();
                var chosen = new List<ProvinceFieldChoice>();
                foreach (var field in pair.Value.Facts)
                {
                    var choice = FactChooser.Choose(field.Value);
                    problems.AddRange(Disagreement.Report(name, FieldNames.Of(field.Key), choice, field.Value));
                    chosen.Add(new ProvinceFieldChoice(field.Key, choice.Chosen));
                }

                var members = citiesByProvince[pair.Key].Select(c => c.Name).ToEquatableArray();
                var sources = pair.Value.Names.Select(n => n.Span).Distinct().ToEquatableArray();
                provinces.Add(new ProvinceModel(name, sources, chosen.ToEquatableArray(), members));
            }

            return provinces.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        }

        private static DataProblem Contradiction(ProvinceRow row, CityModel city, string document)
        {
            var statusSource = city.Get(CityField.Status);
            var evidence = statusSource is null ? "" : $" (status from {statusSource.Document} {statusSource.Source})";
            return new DataProblem(
                ProblemKind.SourceDisagreement,
                row.NameSpan,
                $"{row.Name} province: {document} {row.NameSpan} lists '{row.Name}' as a province, but {city.Name} is a "
                + $"{FieldNames.Of(city.Status)}, not a province{evidence}; the row was not used");
        }

        private static string KeyOf(string name)
        {
            var key = NameKey.Of(name);
            return key.Length == 0 ? name : key;
        }
    }
}
