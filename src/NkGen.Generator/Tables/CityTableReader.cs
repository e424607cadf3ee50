using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A table with one city per row (the city list, the list of special cities, the list of defunct special cities).
    /// Every row becomes a <see cref="CityRow"/> or a located problem saying why it did not.
    /// </summary>
    internal static class CityTableReader
    {
        public static void Read(TextTable table, ReadingParts parts)
        {
            var headers = TableShape.Headers(table);
            var nameColumn = headers.FindIndex(CityColumns.IsName);
            var seen = new Dictionary<string, int>();
            foreach (var row in table.Rows)
            {
                parts.CancellationToken.ThrowIfCancellationRequested();
                TableShape.CheckWidth(row, headers.Count, parts);
                var nameCell = TableShape.CellAt(row, nameColumn);
                var name = nameCell is null ? "" : Markup.Plain(nameCell.Text);
                if (Placeholder.Is(name))
                {
                    parts.Report(ProblemKind.MalformedRow, nameCell?.Span ?? row.Span,
                        $"This row has no city name in its '{table.HeaderRows[0].Cells[nameColumn].Text}' column; the row was not used");
                    continue;
                }

                if (IsDuplicate(name, row, seen, parts)) continue;
                var facts = new List<CityFact>();
                for (var i = 0; i < headers.Count && i < row.Cells.Count; i++)
                {
                    if (i == nameColumn || CityColumns.FieldOf(headers[i]) is not CityField field) continue;
                    if (CellReader.Read(field, row.Cells[i], headers[i], name, parts) is { } fact) facts.Add(fact);
                }

                parts.Cities.Add(new CityRow(name, nameCell!.Span, facts.ToEquatableArray()));
            }
        }

        /// <summary>The same name twice in one table is a mistake in the table: the first row stands, the second is reported.</summary>
        public static bool IsDuplicate(string name, TextRow row, Dictionary<string, int> seen, ReadingParts parts)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0) key = name;
            if (!seen.TryGetValue(key, out var firstLine))
            {
                seen[key] = row.Span.Line;
                return false;
            }

            parts.Report(ProblemKind.DuplicateEntity, row.Span,
                $"{name} appears twice in this table (first on line {firstLine}); this row was not used");
            return true;
        }
    }
}
