using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Chooses one value among sources by the documented precedence (docs/data-format.md):
    /// 1. the higher user-set source priority; 2. the more precise value (an exact figure over a rounded one, a full
    /// date over a year, a named status over "first-level"); 3. a census-dated figure over an undated one; 4. a table
    /// dedicated to the field over a column of a general list; 5. the value more sources agree on; 6. the first source
    /// (file path, then line). Every source that does not agree with the winner is a disagreement.
    /// </summary>
    internal static class FactChooser
    {
        /// <summary>
        /// Past this many distinct values for one fact, "given by more sources" counts identical values only: comparing
        /// every pair would take quadratic time on a hostile file that names one city in thousands of tables.
        /// </summary>
        public const int MaxPairwiseValues = 256;

        private static readonly RankedFact[] NoLosers = new RankedFact[0];

        private static readonly (string Basis, Func<RankedFact, Support, int> Rank)[] Rules =
        {
            ("higher source priority", (f, _) => f.Priority),
            ("more precise value", (f, _) => Precision(f.Value)),
            ("census-dated figure", (f, _) => f.Value is PopulationValue { Figure.CensusYear: int year } ? year : 0),
            ("table dedicated to this fact", (f, _) => (int)f.Authority),
            ("given by more sources", (f, support) => support.Of(f)),
        };

        /// <param name="agree">When two values say the same thing; <see cref="FactAgreement.Agree"/> unless the field knows better (a province is one province in every spelling).</param>
        public static FactChoice Choose(IReadOnlyList<RankedFact> facts, Func<FactValue, FactValue, bool>? agree = null)
        {
            agree ??= FactAgreement.Agree;
            if (facts.Count == 0) throw new ArgumentException("Nothing to choose from.", nameof(facts));
            // Most fields have one source: nothing to rank, nothing to disagree with.
            if (facts.Count == 1)
            {
                var only = facts[0];
                return new FactChoice(new ChosenFact(only.Value, only.Span, only.Document, EquatableArray<SourceSpan>.Empty), only, NoLosers);
            }

            var support = new Support(facts, agree);
            var winner = facts[0];
            foreach (var fact in facts.Skip(1))
            {
                if (Compare(fact, winner, support) > 0) winner = fact;
            }

            // Once per distinct value: a province named by thousands of city rows has a handful of spellings.
            var agreement = new Dictionary<FactValue, bool>();
            bool AgreesWithWinner(RankedFact fact)
            {
                if (!agreement.TryGetValue(fact.Value, out var agrees)) agreement[fact.Value] = agrees = agree(fact.Value, winner.Value);
                return agrees;
            }

            var losers = facts.Where(f => !AgreesWithWinner(f)).ToList();
            var agreeing = facts.Where(f => !ReferenceEquals(f, winner) && AgreesWithWinner(f))
                .Select(f => f.Span).ToEquatableArray();
            var runnerUp = losers.Count == 0 ? null : losers.Aggregate((best, l) => Compare(l, best, support) > 0 ? l : best);
            var basis = runnerUp is null ? null : DecidingRule(winner, runnerUp, support);
            var chosen = new ChosenFact(winner.Value, winner.Span, winner.Document, agreeing) { Basis = basis };
            return new FactChoice(chosen, winner, losers);
        }

        /// <summary>How exact a value is; higher wins.</summary>
        public static int Precision(FactValue value) => value switch
        {
            PopulationValue p => p.Figure.IsRounded ? 0 : 1,
            MeasureValue m => m.Measure.IsRounded ? 0 : 1,
            DateValue d => 1 + (d.Date.Month is null ? 0 : 1) + (d.Date.Day is null ? 0 : 1),
            StatusValue s => s.Status == CityStatus.FirstLevel ? 0 : 1,
            _ => 0,
        };

        /// <summary>Positive when <paramref name="a"/> outranks <paramref name="b"/>.</summary>
        private static int Compare(RankedFact a, RankedFact b, Support all)
        {
            foreach (var (_, rank) in Rules)
            {
                var c = rank(a, all).CompareTo(rank(b, all));
                if (c != 0) return c;
            }

            // The first source wins the last tie: earlier file path, then earlier line.
            var byFile = string.CompareOrdinal(b.Span.File, a.Span.File);
            if (byFile != 0) return byFile;
            var byLine = b.Span.Line.CompareTo(a.Span.Line);
            return byLine != 0 ? byLine : b.Span.Column.CompareTo(a.Span.Column);
        }

        private static string DecidingRule(RankedFact winner, RankedFact runnerUp, Support all)
        {
            foreach (var (basis, rank) in Rules)
            {
                if (rank(winner, all) != rank(runnerUp, all)) return basis;
            }

            return "first source in file order";
        }
    }

    /// <summary>How many of the sources agree with each value, counted once per distinct value.</summary>
    internal sealed class Support
    {
        private readonly Dictionary<FactValue, int> _counts = new();

        public Support(IReadOnlyList<RankedFact> facts, Func<FactValue, FactValue, bool> agree)
        {
            var copies = new Dictionary<FactValue, int>();
            foreach (var fact in facts) copies[fact.Value] = copies.TryGetValue(fact.Value, out var n) ? n + 1 : 1;
            foreach (var value in copies.Keys)
            {
                _counts[value] = copies.Count > FactChooser.MaxPairwiseValues
                    ? copies[value]
                    : copies.Where(other => agree(other.Key, value)).Sum(other => other.Value);
            }
        }

        public int Of(RankedFact fact) => _counts[fact.Value];
    }

    /// <summary>The outcome of choosing: the chosen value, the fact that gave it, and the facts that disagree with it.</summary>
    internal sealed class FactChoice
    {
        public FactChoice(ChosenFact chosen, RankedFact winner, IReadOnlyList<RankedFact> losers)
        {
            Chosen = chosen;
            Winner = winner;
            Losers = losers;
        }

        public ChosenFact Chosen { get; }

        public RankedFact Winner { get; }

        public IReadOnlyList<RankedFact> Losers { get; }
    }
}
