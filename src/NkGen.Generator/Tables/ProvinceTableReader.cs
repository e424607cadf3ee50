using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A table of provinces or regions described in words (Region | Character | Known For | Major City): the first column
    /// names the province, "North Hamgyong Province" or "North Hamgyong". A row that totals the country is not a province;
    /// a column NkGen does not read is reported once.
    /// </summary>
    internal static class ProvinceTableReader
    {
        public static void Read(TextTable table, ReadingParts parts)
        {
            var headers = TableShape.Headers(table);
            var decimalComma = HeaderVocabulary.WritesDecimalComma(headers);
            var seen = CityTableReader.NewSeen(table);
            foreach (var row in table.Rows)
            {
                parts.CancellationToken.ThrowIfCancellationRequested();
                TableShape.CheckWidth(row, headers.Count, parts);
                var found = TableShape.CellAt(row, 0);
                var name = found is { } cell ? ProvinceName.Of(Footnotes.StripTrailing(Markup.Plain(cell.Text))) : "";
                if (found is not { } nameCell || Placeholder.Is(name))
                {
                    parts.Report(ProblemKind.MalformedRow, found?.Span ?? row.Span, "This row has no province name in its first column; the row was not used");
                    continue;
                }

                if (Residue.Find(nameCell.Text) is { } residue)
                {
                    parts.Report(ProblemKind.MalformedRow, nameCell.Span, $"The name '{nameCell.Text}' holds wiki markup ('{residue}') that NkGen does not read; the row was not used");
                    continue;
                }

                if (CountryTotal.Is(name))
                {
                    parts.Report(ProblemKind.TotalRow, nameCell.Span, $"'{name}' totals the whole country; it is not a province, so the row was not used");
                    continue;
                }

                if (CityTableReader.IsDuplicate(name, row, seen, parts)) continue;
                var facts = new List<ProvinceFact>();
                for (var i = 1; i < headers.Count && i < row.Cells.Count; i++)
                {
                    if (CityColumns.ProvinceFieldOf(headers[i]) is ProvinceField field && CellReader.ReadProvinceFact(field, row.Cells[i], headers[i], name, parts, decimalComma) is { } fact) facts.Add(fact);
                }

                NameInKoreanScript.AddTo(facts, name, nameCell.Span);
                parts.Provinces.Add(new ProvinceRow(name, nameCell.Span, facts.ToEquatableArray()));
            }

            ReportUnusedColumns(table, headers, parts);
        }

        private static void ReportUnusedColumns(TextTable table, List<HeaderText> headers, ReadingParts parts)
        {
            var header = table.HeaderRows[0].Cells;
            for (var i = 1; i < headers.Count && i < header.Count; i++)
            {
                if (CityColumns.ProvinceFieldOf(headers[i]) is not null || CityColumns.IsIgnored(headers[i])) continue;
                var why = HeaderVocabulary.MeaningOf(headers[i]) is null
                    ? "is not a column NkGen reads (see the header words in docs/data-format.md)"
                    : "holds a fact NkGen does not keep for provinces (it keeps their Korean names, population, area, density, seat, ISO code, region, character, what they are known for and their major city)";
                parts.Report(ProblemKind.UnusedColumn, header[i].Span, $"The column '{header[i].Text}' of the table '{TableShape.Describe(table)}' {why}; its values were not used");
            }
        }
    }
}
