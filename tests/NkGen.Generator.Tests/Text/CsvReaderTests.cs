using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// CSV conformance, rule by rule from RFC 4180 section 2 ("Definition of the CSV Format"), then what spreadsheets
    /// add (a byte order mark, ';' as the separator) and hostile input.
    /// </summary>
    public class CsvReaderTests
    {
        private static DataDocument Read(string text) => DocumentReader.Read("cities.csv", text);

        private static string[][] Cells(DataDocument document) =>
            document.Tables.SelectMany(t => t.HeaderRows.Concat(t.Rows)).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

        [Fact]
        public void Rule_1_each_record_is_on_its_own_line_ended_by_CRLF_and_LF_and_CR_are_taken_too()
        {
            var document = Read("City,Population\r\nAnju,240117\nHaeju,273300\rSinpo,152759\r\n");

            Assert.Equal(TextDialect.Csv, document.Dialect);
            Assert.Equal(new[] { new[] { "City", "Population" }, new[] { "Anju", "240117" }, new[] { "Haeju", "273300" }, new[] { "Sinpo", "152759" } }, Cells(document));
            Assert.Equal(new[] { 2, 3, 4 }, document.Tables[0].Rows.Select(r => r.Span.Line));
        }

        [Fact]
        public void Rule_2_the_last_record_may_end_without_a_line_break()
        {
            Assert.Equal(new[] { "Anju", "240117" }, Cells(Read("City,Population\r\nAnju,240117")).Last());
        }

        [Fact]
        public void Rule_3_the_first_record_is_the_header()
        {
            var table = Assert.Single(Read("City,Province\r\nAnju,South Pyongan\r\n").Tables);

            Assert.Equal(new[] { "City", "Province" }, table.HeaderRows[0].Cells.Select(c => c.Text));
            Assert.Single(table.Rows);
        }

        [Fact]
        public void Rule_4_fields_are_separated_by_commas_and_a_trailing_comma_is_one_more_empty_field()
        {
            var rows = Cells(Read("City,Province,Population\nAnju,South Pyongan,\nHaeju,,273300,\n"));

            Assert.Equal(new[] { "Anju", "South Pyongan", "" }, rows[1]);
            Assert.Equal(new[] { "Haeju", "", "273300", "" }, rows[2]);
        }

        [Fact]
        public void Rule_4_spaces_around_an_unquoted_field_are_trimmed_unlike_the_RFC_because_cells_are_compared_trimmed()
        {
            var document = Read("City , Population\n  Anju  ,  240117 \n");

            Assert.Equal(new[] { "Anju", "240117" }, Cells(document)[1]);
            AssertAt(document.Tables[0].Rows[0].Cells[0].Span, 2, 3);
        }

        [Fact]
        public void Rule_5_fields_may_be_quoted_or_not_and_a_quote_inside_an_unquoted_field_is_text()
        {
            var rows = Cells(Read("\"City\",Population\n\"Anju\",240117\nSo\"rim,1\n"));

            Assert.Equal(new[] { "City", "Population" }, rows[0]);
            Assert.Equal(new[] { "Anju", "240117" }, rows[1]);
            Assert.Equal(new[] { "So\"rim", "1" }, rows[2]);
        }

        [Fact]
        public void Rule_6_commas_and_line_breaks_inside_quotes_are_text_and_the_cell_is_located_where_its_text_starts()
        {
            const string text = "City,Population,Notes\r\nAnju,\"240,117\",\"first line\r\nsecond line\"\r\nHaeju,273300,x\r\n";
            var document = Read(text);
            var anju = document.Tables[0].Rows[0];

            Assert.Equal(new[] { "Anju", "240,117", "first line\r\nsecond line" }, anju.Cells.Select(c => c.Text));
            AssertCovers(text, anju.Cells[1].Span, "240,117", 2, 7);
            AssertCovers(text, anju.Cells[2].Span, "first line", 2, 17);
            Assert.Equal(2, anju.Span.Line);
            Assert.Equal(4, document.Tables[0].Rows[1].Span.Line);
        }

        [Fact]
        public void Rule_7_a_doubled_quote_inside_quotes_is_one_quote()
        {
            Assert.Equal("Written \"Hamhŭng\"", Cells(Read("City,Notes\nHamhung,\"Written \"\"Hamhŭng\"\"\"\n"))[1][1]);
        }

        [Fact]
        public void A_byte_order_mark_is_no_part_of_the_first_header_and_columns_count_from_after_it()
        {
            const string text = "\uFEFFCity,Population\nAnju,240117\n";
            var header = Read(text).Tables[0].HeaderRows[0].Cells[0];

            Assert.Equal("City", header.Text);
            AssertCovers(text, header.Span, "City", 1, 1);
        }

        [Fact]
        public void A_header_with_more_semicolons_than_commas_makes_semicolon_the_separator()
        {
            var rows = Cells(Read("City;Province;Population\r\nAnju;South Pyongan;240.117\r\nX;\"a;b\";1,5\r\n"));

            Assert.Equal(new[] { "Anju", "South Pyongan", "240.117" }, rows[1]);
            Assert.Equal(new[] { "X", "a;b", "1,5" }, rows[2]);
        }

        [Fact]
        public void Blank_lines_and_records_of_only_empty_fields_are_skipped()
        {
            var rows = Cells(Read("City,Population\n\nAnju,240117\n,,\n\r\nHaeju,273300\n\n"));

            Assert.Equal(3, rows.Length);
        }

        [Fact]
        public void An_empty_file_has_no_table()
        {
            Assert.Empty(Read("").Tables);
            Assert.Empty(Read("\r\n\r\n").Tables);
        }

        [Fact]
        public void Text_after_a_closing_quote_is_kept_and_reported_where_it_is()
        {
            const string text = "City,Population\n\"Anju\" (city),240117\n";
            var document = Read(text);

            Assert.Equal("Anju (city)", document.Tables[0].Rows[0].Cells[0].Text);
            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertAt(problem.Span, 2, 7);
        }

        [Fact]
        public void A_quote_never_closed_is_reported_at_the_quote_and_the_lines_after_it_are_still_read_as_rows()
        {
            const string text = "City,Population\nAnju,240117\nHaeju,\"273300\nSinpo,152759\nWonsan,363127\n";
            var document = Read(text);

            var problem = Assert.Single(document.Problems);
            AssertCovers(text, problem.Span, "\"", 3, 7);
            Assert.Contains("never closed", problem.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "Anju", "Haeju", "Sinpo", "Wonsan" }, document.Tables[0].Rows.Select(r => r.Cells[0].Text));
            Assert.Equal("\"273300", document.Tables[0].Rows[1].Cells[1].Text);
        }

        [Fact]
        public void A_1_MB_quoted_cell_is_read_in_linear_time()
        {
            var big = new string('x', 1 << 20);
            var clock = Stopwatch.StartNew();
            var document = Read("City,Notes\nAnju,\"" + big + "\"\nHaeju,y\n");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Equal(big, document.Tables[0].Rows[0].Cells[1].Text);
            Assert.Equal("Haeju", document.Tables[0].Rows[1].Cells[0].Text);
        }

        [Fact]
        public void A_quote_never_closed_early_in_a_large_file_costs_one_re_read_and_loses_no_row()
        {
            var text = "City,Notes\nx,\"oops\n" + string.Concat(Enumerable.Repeat("a,b\n", 49_999));
            var clock = Stopwatch.StartNew();
            var document = Read(text);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Single(document.Problems);
            Assert.Equal(50_000, document.Tables[0].Rows.Count);
        }

        [Fact]
        public void Cancellation_is_checked_while_reading()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => DocumentReader.Read("c.csv", "City\nAnju\n", null, cancellation.Token));
        }
    }
}
