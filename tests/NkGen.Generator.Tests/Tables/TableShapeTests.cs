using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class TableShapeTests
    {
        [Fact]
        public void A_header_continuation_of_known_headers_stays_in_the_header()
        {
            var table = Assert.Single(DocumentReader.Read("t.txt", "| Name | Korean | No. | | |\n| Chosŏn'gŭl | Hancha | | | |\n| | special city | | | 3 |\n").Tables);

            var shaped = TableShape.WithDataRowsRestored(table);

            Assert.Equal(2, shaped.HeaderRows.Count);
            Assert.Single(shaped.Rows);
        }

        [Fact]
        public void Data_rows_without_figures_under_a_header_with_an_unlabelled_column_are_read_not_swallowed()
        {
            const string text = "= Cities =\n| City | Chosŏn'gŭl | |\n| Anju | 안주 | |\n| Kusong | 구성 | |\n";
            var table = Assert.Single(DocumentReader.Read("t.txt", text).Tables);
            Assert.Equal(3, table.HeaderRows.Count);

            var reading = Read(text);

            Assert.Equal(new[] { "Anju", "Kusong" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal("안주", reading.City("Anju").Text(CityField.KoreanName));
            Assert.Equal(3, reading.City("Anju").NameSpan.Line);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Once_a_continuation_row_is_data_the_rows_after_it_are_data_too()
        {
            var header = new TextRow(new[] { Cell("City", 1), Cell("", 1, 10) }.ToEquatableArray(), new SourceSpan(File, 1, 1, 1000, 12));
            var anju = Row(2, "Anju", "");
            var hancha = Row(3, "Hancha", "");
            var table = new TextTable(new[] { header, anju, hancha }.ToEquatableArray(), EquatableArray<TextRow>.Empty, header.Span, null);

            var shaped = TableShape.WithDataRowsRestored(table);

            Assert.Single(shaped.HeaderRows);
            Assert.Equal(new[] { 2, 3 }, shaped.Rows.Select(r => r.Span.Line).ToArray());
        }

        [Fact]
        public void A_ragged_row_is_reported_once_at_its_line()
        {
            var parts = new ReadingParts(File, null);

            TableShape.CheckWidth(Row(4, "a", "b", "c"), 3, parts);
            TableShape.CheckWidth(Row(5, "a"), 3, parts);

            var problem = Assert.Single(parts.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            Assert.Equal(5, problem.Span.Line);
            Assert.Contains("missing cells were read as empty", problem.Message);
        }
    }
}
