using System.Globalization;
using System.Linq;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>A summary table whose rows each pair a status with a count ("| | special city | | | 3 |").</summary>
    internal static class CountTableReader
    {
        public static bool IsCountRow(TextRow row) => Status(row) is not null && Count(row) is not null;

        public static void Read(TextTable table, ReadingParts parts)
        {
            var width = table.HeaderRows[0].Cells.Count;
            foreach (var row in table.Rows)
            {
                parts.CancellationToken.ThrowIfCancellationRequested();
                TableShape.CheckWidth(row, width, parts);
                var (status, statusCell) = Status(row)!.Value;
                var (count, countCell) = Count(row)!.Value;
                parts.Counts.Add(new CountClaim(StatusCounts.Of(status), count, countCell.Span, $"{countCell.Text} {statusCell.Text}"));
            }
        }

        private static (CityStatus, TextCell)? Status(TextRow row) =>
            row.Cells.Select(c => (Status: StatusPhrase.Parse(c.Text), Cell: c)).Where(p => p.Status is not null).Select(p => ((CityStatus, TextCell)?)(p.Status!.Value, p.Cell)).FirstOrDefault();

        private static (int, TextCell)? Count(TextRow row) =>
            row.Cells.Select(c => (Ok: int.TryParse(Markup.Plain(c.Text), NumberStyles.None, CultureInfo.InvariantCulture, out var n), N: n, Cell: c))
                .Where(p => p.Ok).Select(p => ((int, TextCell)?)(p.N, p.Cell)).LastOrDefault();
    }
}
