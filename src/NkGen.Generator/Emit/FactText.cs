using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>Chosen facts as the docs show them: figures as the tables wrote them, with their basis.</summary>
    internal static class FactText
    {
        public static string Population(ChosenFact fact) => fact.Value switch
        {
            PopulationValue { Figure: { CensusYear: int year } figure } => $"{figure.Written} ({year} census)",
            PopulationValue { Figure: { IsRounded: true } figure } => $"{figure.Written} (rounded)",
            var value => value.Written,
        };

        public static string Measure(ChosenFact fact, string unit) =>
            fact.Value is MeasureValue { Measure: var m } && !m.Written.Any(char.IsLetter) ? m.Written + " " + unit : fact.Value.Written;

        public static string Text(ChosenFact fact) => fact.Value switch
        {
            DateValue date => date.Date.ToString(),
            TextListValue list => string.Join(", ", list.Items),
            TextValue text => text.Text,
            StatusValue status => FieldNames.Of(status.Status),
            _ => fact.Value.Written,
        };

        /// <summary>"Title (file, line N)" for every distinct place a chosen fact or name came from, in file order.</summary>
        public static IEnumerable<(string Document, string File, int Line)> Sources(
            IEnumerable<Common.SourceSpan> spans, IReadOnlyDictionary<string, string> titles) =>
            spans.Distinct()
                .OrderBy(s => s.File, System.StringComparer.Ordinal).ThenBy(s => s.Line)
                .Select(s => (titles.TryGetValue(s.File, out var t) ? t : s.FileName, s.FileName, s.Line))
                .Distinct();

        /// <summary>
        /// Each source document once, with its lines: "List of cities in North Korea (001.txt, line 21)",
        /// "North Korea Cities &amp; Regions Guide (000.txt, lines 12, 35–38)"; consecutive lines become a range.
        /// </summary>
        public static IEnumerable<string> SourcesByDocument(IEnumerable<Common.SourceSpan> spans, IReadOnlyDictionary<string, string> titles) =>
            Sources(spans, titles)
                .GroupBy(s => (s.Document, s.File))
                .Select(g => $"{g.Key.Document} ({g.Key.File}, {LineList(g.Select(s => s.Line).Distinct().ToList())})");

        private static string LineList(List<int> sortedLines)
        {
            var ranges = new List<string>();
            for (var i = 0; i < sortedLines.Count;)
            {
                var end = i;
                while (end + 1 < sortedLines.Count && sortedLines[end + 1] == sortedLines[end] + 1) end++;
                ranges.Add(end == i ? $"{sortedLines[i]}" : $"{sortedLines[i]}–{sortedLines[end]}");
                i = end + 1;
            }

            return (sortedLines.Count == 1 ? "line " : "lines ") + string.Join(", ", ranges);
        }
    }
}
