using System;
using System.Threading;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class TableReaderTests
    {
        [Fact]
        public void The_title_is_read_without_markup()
        {
            Assert.Equal("List of cities", Read(Document(title: "**List of cities**")).Title);
            Assert.Null(Read(Document()).Title);
        }

        [Fact]
        public void The_reading_names_the_file_it_came_from()
        {
            Assert.Equal("list.txt", Read("= L =\n| City | Population |\n| Anju | 240,117 |\n", "list.txt").File);
        }

        [Fact]
        public void A_cancelled_read_throws_at_the_next_table()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            var document = Document(new[] { Table(1, new[] { "City", "Population" }, new[] { "Anju", "240,117" }) });

            Assert.ThrowsAny<OperationCanceledException>(() => TableReader.Read(document, cancellation.Token));
        }

        [Fact]
        public void Cancellation_is_seen_within_one_table_row_by_row()
        {
            var text = new System.Text.StringBuilder("= L =\n| City | Population |\n");
            for (var i = 0; i < 1_000; i++) text.Append("| City").Append(i).Append(" | 1,000 |\n");
            var table = NkGen.Generator.Text.DocumentReader.Read("big.txt", text.ToString()).Tables[0];
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            // The table reader itself, not the per-table check of TableReader, stops a cancelled read.
            Assert.ThrowsAny<OperationCanceledException>(() => CityTableReader.Read(table, new ReadingParts("big.txt", null, cancellation.Token)));
        }

        [Fact]
        public void Reading_the_same_document_twice_gives_equal_readings()
        {
            const string text = "= L =\n- All population figures come from the 2008 census.\n| City | Population | Founded |\n| Anju | 240,117 | 1987-08-<u>　</u> |\n";

            Assert.Equal(Read(text), Read(text));
        }
    }
}
