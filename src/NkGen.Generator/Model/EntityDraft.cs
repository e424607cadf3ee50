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
    /// <summary>One spelling of an entity's name, where it stands and what its source weighs.</summary>
    internal sealed record NameSource(string Name, SourceSpan Span, int Priority, string Document, PlaceKeys Keys)
    {
        /// <summary>A name in Hangul or Hanja: kept among the other names, never chosen over a romanized one.</summary>
        public bool IsKoreanScript => Hangul.Syllables(Name) is not null || Hanja.Characters(Name) is not null;
    }

    /// <summary>Everything the sources say about one entity, gathered before choosing.</summary>
    internal sealed class EntityDraft<TField>
        where TField : struct
    {
        public List<NameSource> Names { get; } = new();

        /// <summary>The keys of every row and every Korean or Hancha value the entity was joined by.</summary>
        public List<PlaceKeys> Keys { get; } = new();

        /// <summary>The facts by field, in field order. A sorted list: an entity has a handful of fields, and a tree per entity costs more than its facts.</summary>
        public SortedList<TField, List<RankedFact>> Facts { get; } = new();

        public void Add(TField field, RankedFact fact)
        {
            if (!Facts.TryGetValue(field, out var list)) Facts[field] = list = new List<RankedFact>();
            list.Add(fact);
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
            var facts = candidates.Select(n => new RankedFact(new TextValue(n.Keys.WrittenKey ?? n.Keys.Hangul ?? n.Keys.Hanja ?? n.Name, n.Name), n.Span, n.Priority, FactAuthority.Incidental, n.Document)).ToList();
            var choice = FactChooser.Choose(facts);
            var name = choice.Winner.Value.Written;
            problems.AddRange(Disagreement.Report(name, "name", choice, facts));
            return name;
        }

        /// <summary>The spelling of the package's own tables when they name the entity, else the first spelling in file order.</summary>
        public string ChooseIdentityName()
        {
            var candidates = Candidates();
            if (candidates.Count == 1) return candidates[0].Name;
            var builtIn = candidates.Where(n => DefaultReadings.IsDefaultFile(n.Span.File)).ToList();
            return (builtIn.Count > 0 ? builtIn : candidates)
                .OrderBy(n => n.Span.File, StringComparer.Ordinal).ThenBy(n => n.Span.Line).ThenBy(n => n.Span.Column).First().Name;
        }

        public List<string> OtherNames(string name, PlaceKind kind, TField koreanField, TField hanchaField) =>
            AlsoWritten.Of(
                name,
                kind,
                Names.Count == 1 ? new[] { Names[0].Name } : Names.OrderBy(n => n.Span.File, StringComparer.Ordinal).ThenBy(n => n.Span.Line).Select(n => n.Name).ToList(),
                Written(koreanField),
                Written(hanchaField),
                Keys);

        private IEnumerable<string> Written(TField field) =>
            Facts.TryGetValue(field, out var facts) ? facts.Select(f => f.Value is TextValue t ? t.Text : f.Value.Written) : Enumerable.Empty<string>();

        private List<NameSource> Candidates()
        {
            if (Names.Count == 1) return Names;
            var romanized = Names.Where(n => !n.IsKoreanScript).ToList();
            return romanized.Count > 0 ? romanized : Names;
        }
    }
}
