using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>A table of provinces or regions: the first column names the province, "North Hamgyong Province" or "North Hamgyong".</summary>
    internal static class ProvinceTableReader
    {
        private static readonly Dictionary<string, ProvinceField> Fields = new()
        {
            ["character"] = ProvinceField.Character,
            ["known for"] = ProvinceField.KnownFor,
            ["major city"] = ProvinceField.MajorCity,
            ["largest city"] = ProvinceField.MajorCity,
            ["main city"] = ProvinceField.MajorCity,
            ["chosongul"] = ProvinceField.KoreanName,
            ["korean"] = ProvinceField.KoreanName,
            ["korean name"] = ProvinceField.KoreanName,
            ["hangul"] = ProvinceField.KoreanName,
            ["hancha"] = ProvinceField.Hancha,
            ["hanja"] = ProvinceField.Hancha,
        };

        public static void Read(TextTable table, ReadingParts parts)
        {
            var headers = TableShape.Headers(table);
            var seen = new Dictionary<string, int>();
            foreach (var row in table.Rows)
            {
                parts.CancellationToken.ThrowIfCancellationRequested();
                TableShape.CheckWidth(row, headers.Count, parts);
                var nameCell = TableShape.CellAt(row, 0);
                var name = nameCell is null ? "" : ProvinceName.Of(Markup.Plain(nameCell.Text));
                if (Placeholder.Is(name))
                {
                    parts.Report(ProblemKind.MalformedRow, nameCell?.Span ?? row.Span, "This row has no province name in its first column; the row was not used");
                    continue;
                }

                if (CityTableReader.IsDuplicate(name, row, seen, parts)) continue;
                var facts = new List<ProvinceFact>();
                for (var i = 1; i < headers.Count && i < row.Cells.Count; i++)
                {
                    if (!Fields.TryGetValue(headers[i].Core, out var field)) continue;
                    var plain = Markup.Plain(row.Cells[i].Text);
                    if (!Placeholder.Is(plain)) facts.Add(new ProvinceFact(field, new TextValue(plain, row.Cells[i].Text), row.Cells[i].Span));
                }

                parts.Provinces.Add(new ProvinceRow(name, nameCell!.Span, facts.ToEquatableArray()));
            }
        }
    }
}
