using System.Collections.Generic;
using System.Globalization;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A table that names the cities of each status (Type | … | City names | Number of cities). It is dedicated to
    /// status, so the statuses it gives outrank a Type column of a general list when the documented precedence ties.
    /// </summary>
    internal static class ClassificationTableReader
    {
        public static void Read(TextTable table, ReadingParts parts)
        {
            var headers = TableShape.Headers(table);
            var typeColumn = TableShape.IndexOf(headers, ColumnMeaning.Status);
            var namesColumn = TableShape.IndexOf(headers, ColumnMeaning.CityNames);
            var countColumn = TableShape.IndexOf(headers, ColumnMeaning.Count);
            foreach (var row in table.Rows)
            {
                parts.CancellationToken.ThrowIfCancellationRequested();
                TableShape.CheckWidth(row, headers.Count, parts);
                var found = TableShape.CellAt(row, typeColumn);
                if (found is not { } typeCell || StatusPhrase.Parse(typeCell.Text) is not CityStatus status)
                {
                    parts.Report(ProblemKind.UnreadableValue, found?.Span ?? row.Span,
                        $"The type '{found?.Text}' is not a status NkGen knows (city, special city, special-level city, directly administered city); the row was not used");
                    continue;
                }

                if (TableShape.CellAt(row, namesColumn) is { } names && !Placeholder.Is(Markup.Plain(names.Text)))
                {
                    foreach (var (item, offset) in ListText.Split(names.Text))
                    {
                        var span = names.Span.Slice(offset, item.Length);
                        var fact = new CityFact(CityField.Status, new StatusValue(status, typeCell.Text), typeCell.Span, FactAuthority.Dedicated);
                        parts.Cities.Add(new CityRow(Markup.Plain(item), span, new[] { fact }.ToEquatableArray()));
                    }
                }

                if (TableShape.CellAt(row, countColumn) is { } count && !Placeholder.Is(Markup.Plain(count.Text)))
                {
                    if (int.TryParse(Markup.Plain(count.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                        parts.Counts.Add(new CountClaim(StatusCounts.Of(status), n, count.Span, $"{count.Text} {typeCell.Text}"));
                    else
                        parts.Report(ProblemKind.UnreadableValue, count.Span, $"The number of {typeCell.Text} cities is '{count.Text}', which is not a whole number; it was not used");
                }
            }
        }
    }
}
