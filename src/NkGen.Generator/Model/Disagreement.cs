using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Model
{
    /// <summary>Writes NKG1001 problems: located at the value that lost, naming the entity, the field, each value and its source.</summary>
    internal static class Disagreement
    {
        public static IEnumerable<DataProblem> Report(string entity, string field, FactChoice choice, IReadOnlyList<RankedFact> all)
        {
            if (choice.Losers.Count == 0) yield break;
            var values = Listing.Of(Groups(all).Select(g => $"{g.Key} at {Listing.Of(g.Select(f => f.Span.ToString()), ", ")}"), "; ");
            var winner = choice.Winner;
            foreach (var loser in choice.Losers)
            {
                yield return new DataProblem(
                    ProblemKind.SourceDisagreement,
                    loser.Span,
                    $"{entity} {field}: {Quote(loser)} in {loser.Document} {loser.Span} disagrees with {Quote(winner)} in {winner.Document} {winner.Span}, "
                    + $"which was chosen ({choice.Chosen.Basis}); values given: {values}");
            }
        }

        public static string Quote(RankedFact fact) => "'" + fact.Value.Written + "'";

        /// <summary>Groups sources by the value they wrote, in order of first appearance.</summary>
        private static IEnumerable<IGrouping<string, RankedFact>> Groups(IReadOnlyList<RankedFact> all) =>
            all.OrderBy(f => f.Span.File, System.StringComparer.Ordinal).ThenBy(f => f.Span.Line)
               .GroupBy(f => "'" + f.Value.Written + "'");
    }
}
