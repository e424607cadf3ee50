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
            fact.Value is MeasureValue { Measure: var m } && !m.Written.Any(IsUnitCharacter) ? m.Written + " " + unit : fact.Value.Written;

        // A letter (km², sqmi) or a unit symbol (㎢) in the written figure: it says its unit itself.
        private static bool IsUnitCharacter(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;

        public static string Text(ChosenFact fact) => fact.Value switch
        {
            DateValue date => date.Date.ToString(),
            TextListValue list => string.Join(", ", list.Items),
            TextValue text => text.Text,
            StatusValue status => FieldNames.Of(status.Status),
            _ => fact.Value.Written,
        };

        /// <summary><see cref="Text(ChosenFact)"/> of a fact the entity may lack; null when it lacks it.</summary>
        public static string? TextOf(ChosenFact? fact) => fact is { } chosen ? Text(chosen) : null;

        /// <summary>The Chosŏn'gŭl and Hancha names a headline shows beside the name ("함흥시, 咸興市"); null when there is neither.</summary>
        public static string? InKoreanScripts(ChosenFact? korean, ChosenFact? hancha) =>
            (TextOf(korean), TextOf(hancha)) switch
            {
                (null, null) => null,
                (string k, null) => k,
                (null, string h) => h,
                (string k, string h) => k + ", " + h,
            };

        /// <summary>
        /// The figures paragraph of a city's or a province's summary, as (label, text) pairs in its order and words
        /// ("Population 768,551 (2008 census); founded 1967; ISO …; area …; density …; seat …; region …"), unescaped.
        /// </summary>
        public static List<(string Label, string Text)> Figures(
            ChosenFact? population, ChosenFact? founded, ChosenFact? isoCode, ChosenFact? area, ChosenFact? density, ChosenFact? seat, ChosenFact? region)
        {
            var figures = new List<(string Label, string Text)>(7);
            if (population is { } p) figures.Add(("Population ", Population(p)));
            if (founded is { } f) figures.Add(("founded ", Text(f)));
            if (isoCode is { } i) figures.Add(("ISO ", Text(i)));
            if (area is { } a) figures.Add(("area ", Measure(a, "km²")));
            if (density is { } d) figures.Add(("density ", Measure(d, "per km²")));
            if (seat is { } s) figures.Add(("seat ", Text(s)));
            if (region is { } r) figures.Add(("region ", Text(r)));
            return figures;
        }

        /// <summary>
        /// <see cref="Sources"/> of every span an entity's name and chosen facts (and the sources agreeing with them) came
        /// from. Most entities of a large table are one row, all of whose spans lie on its line: that line is the one
        /// source, found without gathering and sorting the spans.
        /// </summary>
        public static List<(string Document, string File, int Line)> SourcesOf<TFacts, TChoice>(
            Common.EquatableArray<Common.SourceSpan> nameSources, TFacts facts, System.Func<TChoice, ChosenFact> chosen, IReadOnlyDictionary<string, string> titles)
            where TFacts : IReadOnlyList<TChoice>
        {
            if (nameSources.Count == 0 || !OnLineOf(nameSources[0], nameSources, facts, chosen)) return Sources(SpansOf(nameSources, facts, chosen), titles);
            var span = nameSources[0];
            return new List<(string Document, string File, int Line)>(1) { (titles.TryGetValue(span.File, out var title) ? title : span.FileName, span.FileName, span.Line) };
        }

        // Whether every span of the name and the chosen facts lies on the line of first.
        private static bool OnLineOf<TFacts, TChoice>(Common.SourceSpan first, Common.EquatableArray<Common.SourceSpan> nameSources, TFacts facts, System.Func<TChoice, ChosenFact> chosen)
            where TFacts : IReadOnlyList<TChoice>
        {
            for (var i = 1; i < nameSources.Count; i++)
            {
                if (!SameLine(first, nameSources[i])) return false;
            }

            for (var i = 0; i < facts.Count; i++)
            {
                var fact = chosen(facts[i]);
                if (!SameLine(first, fact.Source)) return false;
                for (var j = 0; j < fact.Agreeing.Count; j++)
                {
                    if (!SameLine(first, fact.Agreeing[j])) return false;
                }
            }

            return true;
        }

        private static bool SameLine(Common.SourceSpan a, Common.SourceSpan b) => a.Line == b.Line && string.Equals(a.File, b.File, System.StringComparison.Ordinal);

        /// <summary>Every span an entity's name and chosen facts (and the sources agreeing with them) came from.</summary>
        public static List<Common.SourceSpan> SpansOf<TFacts, TChoice>(Common.EquatableArray<Common.SourceSpan> nameSources, TFacts facts, System.Func<TChoice, ChosenFact> chosen)
            where TFacts : IReadOnlyList<TChoice>
        {
            var spans = new List<Common.SourceSpan>(nameSources.Count + 2 * facts.Count);
            for (var i = 0; i < nameSources.Count; i++) spans.Add(nameSources[i]);
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = chosen(facts[i]);
                spans.Add(fact.Source);
                for (var j = 0; j < fact.Agreeing.Count; j++) spans.Add(fact.Agreeing[j]);
            }

            return spans;
        }

        /// <summary>
        /// "Title (file, line N)" for every distinct place a chosen fact or name came from, in file order, then line
        /// order. Docs and rows cite the same list, so it is computed once per entity.
        /// </summary>
        /// <param name="spans">The spans (as <see cref="SpansOf"/> gathers them); sorted in place.</param>
        /// <param name="titles">File path → document title.</param>
        public static List<(string Document, string File, int Line)> Sources(
            List<Common.SourceSpan> spans, IReadOnlyDictionary<string, string> titles)
        {
            // Spans of one file and line cite the same place, so the sort need not be stable; a row's name and facts
            // usually all come from its one line, which needs no sort.
            if (!AllOnOneLine(spans)) spans.Sort(static (a, b) =>
            {
                var byFile = string.CompareOrdinal(a.File, b.File);
                return byFile != 0 ? byFile : a.Line.CompareTo(b.Line);
            });

            var sources = new List<(string Document, string File, int Line)>(spans.Count);
            HashSet<(string, string, int)>? seen = null;
            string? lastPath = null;
            (string Document, string File) cited = ("", "");
            foreach (var span in spans)
            {
                if (span.File != lastPath)
                {
                    lastPath = span.File;
                    var fileName = span.FileName;
                    cited = (titles.TryGetValue(span.File, out var title) ? title : fileName, fileName);
                }

                var source = (cited.Document, cited.File, span.Line);
                if (sources.Count > 0 && sources[sources.Count - 1] == source) continue;
                // Two paths can share a file name and title; their lines are not adjacent in path order.
                if (sources.Count >= 16 && seen is null) seen = new HashSet<(string, string, int)>(sources);
                if (seen is null ? sources.Contains(source) : !seen.Add(source)) continue;
                sources.Add(source);
            }

            return sources;
        }

        private static bool AllOnOneLine(List<Common.SourceSpan> spans)
        {
            for (var i = 1; i < spans.Count; i++)
            {
                if (spans[i].Line != spans[0].Line || !string.Equals(spans[i].File, spans[0].File, System.StringComparison.Ordinal)) return false;
            }

            return true;
        }

        /// <summary>
        /// Writes each source document of <paramref name="sources"/> (as <see cref="Sources"/> lists them) once, with its
        /// lines, escaped, "; " between documents: "List of cities in North Korea (001.txt, line 21)", "North Korea Cities
        /// &amp; Regions Guide (000.txt, lines 12, 35–38)", "mine.csv, line 2" for a file without a title; consecutive
        /// lines become a range. Written straight into the file: every member's summary ends so.
        /// </summary>
        public static void AppendByDocument(SourceWriter writer, List<(string Document, string File, int Line)> sources)
        {
            // Most entities cite one line of one document.
            if (sources.Count == 1)
            {
                AppendDocument(writer, sources[0].Document, sources[0].File, null, sources[0].Line);
                return;
            }

            var documents = new List<(string Document, string File, List<int> Lines)>();
            foreach (var (document, file, line) in sources)
            {
                var index = documents.Count - 1;
                while (index >= 0 && (documents[index].Document != document || documents[index].File != file)) index--;
                if (index < 0) documents.Add((document, file, new List<int> { line }));
                else documents[index].Lines.Add(line);
            }

            for (var i = 0; i < documents.Count; i++)
            {
                if (i > 0) writer.Append("; ");
                AppendDocument(writer, documents[i].Document, documents[i].File, documents[i].Lines, 0);
            }
        }

        // A file without a title is named by its file name: said once ("mine.csv, line 2", not "mine.csv (mine.csv, line 2)").
        // Its lines are sortedLines, or the one line onlyLine when that is null.
        private static void AppendDocument(SourceWriter writer, string document, string file, List<int>? sortedLines, int onlyLine)
        {
            if (document == file) writer.AppendDoc(file).Append(", ");
            else writer.AppendDoc(document).Append(" (").AppendDoc(file).Append(", ");
            if (sortedLines is null || sortedLines.Count == 1)
            {
                writer.Append("line ").Append(sortedLines?[0] ?? onlyLine);
                if (document != file) writer.Append(')');
                return;
            }

            writer.Append("lines ");
            // A province named by a thousand city rows would otherwise show a thousand line numbers in its hover.
            var ranges = 0;
            for (var i = 0; i < sortedLines.Count;)
            {
                var end = i;
                while (end + 1 < sortedLines.Count && sortedLines[end + 1] == sortedLines[end] + 1) end++;
                if (ranges < Listing.MaxItems)
                {
                    if (ranges > 0) writer.Append(", ");
                    writer.Append(sortedLines[i]);
                    if (end != i) writer.Append('–').Append(sortedLines[end]);
                }

                ranges++;
                i = end + 1;
            }

            if (ranges > Listing.MaxItems) writer.Append(", and ").Append(ranges - Listing.MaxItems).Append(" more");
            if (document != file) writer.Append(')');
        }
    }
}
