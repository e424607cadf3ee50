using System;
using System.Diagnostics;
using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// MediaWiki table source, case by case from the MediaWiki Help:Tables page (pipe syntax: table start and end,
    /// caption, rows, header and data cells on one line or many, attributes before a single pipe, rowspan/colspan), then
    /// the markup Wikipedia tables carry (links, references, templates) and hostile input.
    /// </summary>
    public class MediaWikiReaderTests
    {
        private static DataDocument Read(string text) => DocumentReader.Read("cities.wiki", text);

        private static string[][] Rows(TextTable table) =>
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

        [Fact]
        public void Help_Tables_cells_each_on_their_own_line()
        {
            var table = Assert.Single(Read("{|\n! City\n! Population\n|-\n| Anju\n| 240,117\n|-\n| Haeju\n| 273,300\n|}\n").Tables);

            Assert.Equal(new[] { new[] { "City", "Population" }, new[] { "Anju", "240,117" }, new[] { "Haeju", "273,300" } }, Rows(table));
            Assert.Single(table.HeaderRows);
        }

        [Fact]
        public void Help_Tables_cells_on_one_line_separated_by_double_marks()
        {
            var table = Assert.Single(Read("{| class=\"wikitable\"\n! City !! Population\n|-\n| Anju || 240,117\n|}\n").Tables);

            Assert.Equal(new[] { new[] { "City", "Population" }, new[] { "Anju", "240,117" } }, Rows(table));
        }

        [Fact]
        public void Help_Tables_the_first_row_needs_no_row_mark_and_leading_spaces_are_ignored()
        {
            var table = Assert.Single(Read("  {|\n  ! City !! Population\n  |-\n  | Anju || 240,117\n  |}\n").Tables);

            Assert.Equal(2, Rows(table).Length);
        }

        [Fact]
        public void Help_Tables_attributes_are_separated_from_content_by_a_single_pipe()
        {
            const string text = "{|\n! scope=\"col\" | City !! style=\"width:5em\" | Population\n|-\n| Anju || style=\"text-align:right\" | 240,117\n|}\n";
            var table = Assert.Single(Read(text).Tables);

            Assert.Equal(new[] { new[] { "City", "Population" }, new[] { "Anju", "240,117" } }, Rows(table));
            AssertCovers(text, table.Rows[0].Cells[1].Span, "240,117", 4, 38);
        }

        [Fact]
        public void Help_Tables_a_cell_continues_on_the_lines_below_it_and_is_located_where_its_text_starts()
        {
            const string text = "{|\n! City !! Population\n|-\n| Anju\n| style=\"text-align:right\" |\n  240,117\n|}\n";
            var cell = Assert.Single(Read(text).Tables).Rows[0].Cells[1];

            Assert.Equal("240,117", cell.Text);
            AssertCovers(text, cell.Span, "240,117", 6, 3);
        }

        [Fact]
        public void Help_Tables_the_caption_names_a_table_under_no_heading_and_a_heading_wins_over_it()
        {
            var document = Read("{|\n|+ style=\"caption-side:top\" | Cities of North Korea\n! City\n|-\n| Anju\n|}\n== List ==\n{|\n|+ Ignored caption\n! City\n|-\n| Haeju\n|}\n");

            Assert.Equal(new[] { "Cities of North Korea", "List" }, document.Tables.Select(t => t.Section));
        }

        [Fact]
        public void Help_Tables_header_cells_on_a_data_row_are_cells_of_that_row()
        {
            var table = Assert.Single(Read("{|\n! City !! Population\n|-\n! scope=\"row\" | Anju\n| 240,117\n|}\n").Tables);

            Assert.Equal(new[] { "Anju", "240,117" }, table.Rows[0].Cells.Select(c => c.Text));
        }

        [Fact]
        public void Help_Tables_rowspan_repeats_the_cell_in_the_rows_below_so_columns_line_up()
        {
            var table = Assert.Single(Read("{|\n! City !! Province !! Population\n|-\n| Sunchon || rowspan=\"2\" | South Pyongan || 297,317\n|-\n| Tokchon || 237,133\n|-\n| Wonsan || Kangwon || 363,127\n|}\n").Tables);

            Assert.Equal(new[] { "Tokchon", "South Pyongan", "237,133" }, table.Rows[1].Cells.Select(c => c.Text));
            Assert.Equal(new[] { "Wonsan", "Kangwon", "363,127" }, table.Rows[2].Cells.Select(c => c.Text));
        }

        [Fact]
        public void Help_Tables_colspan_repeats_the_cell_in_the_columns_beside_it()
        {
            var table = Assert.Single(Read("{|\n! City !! 1993 !! 2008\n|-\n| Rason || colspan=2 | n/a\n|-\n| Anju || 1 || 2\n|}\n").Tables);

            Assert.Equal(new[] { "Rason", "n/a", "n/a" }, table.Rows[0].Cells.Select(c => c.Text));
        }

        [Fact]
        public void Headings_outside_tables_set_the_title_and_section()
        {
            var document = Read("= Cities =\n== Special cities ==\n{|\n! City\n|-\n| Nampo\n|}\n");

            Assert.Equal("Cities", document.Title?.Text);
            Assert.Equal("Special cities", document.Tables[0].Section);
        }

        [Theory]
        [InlineData("[[Anju]]", "Anju")]
        [InlineData("[[Anju County|Anju]]", "Anju")]
        [InlineData("[[:Category:Cities|cities]]", "cities")]
        [InlineData("[[File:Flag.svg|20px]] Anju", "Anju")]
        [InlineData("[https://example.org Anju] city", "Anju city")]
        [InlineData("240,117<ref>Census 2008</ref>", "240,117")]
        [InlineData("240,117<ref name=\"census\" />", "240,117")]
        [InlineData("240,117<ref name=census>Census, p. 3</ref> ", "240,117")]
        [InlineData("Hamhung<br>함흥시", "Hamhung 함흥시")]
        [InlineData("Hamhung<br />함흥시", "Hamhung 함흥시")]
        [InlineData("Anju <small>(city)</small>", "Anju (city)")]
        [InlineData("'''Pyongyang'''", "Pyongyang")]
        [InlineData("''Pyongyang''", "Pyongyang")]
        [InlineData("{{lang|ko|안주시}}", "안주시")]
        [InlineData("{{lang-ko|안주시}}", "안주시")]
        [InlineData("{{Korean|hangul=청진시|hanja=清津市|mr=Ch'ŏngjin-si}}", "청진시")]
        [InlineData("{{Korean|hanja=清津市}}", "清津市")]
        [InlineData("{{ko-hhrm|청진|清津|Ch'ŏngjin}}", "청진")]
        [InlineData("{{nowrap|text=South Pyongan}}", "South Pyongan")]
        [InlineData("{{nowrap|South Pyongan}}", "South Pyongan")]
        [InlineData("{{formatnum:240117}}", "240117")]
        [InlineData("{{sort|Anju|[[Anju]]}}", "Anju")]
        [InlineData("{{sortname|Kim|Il-sung}}", "Kim Il-sung")]
        [InlineData("{{flagicon|North Korea}} Anju", "Anju")]
        [InlineData("Anju{{efn|Formerly a county.}}", "Anju")]
        [InlineData("Anju{{refn|group=n|Formerly {{lang|ko|안주군}}.}}", "Anju")]
        [InlineData("Anju{{citation needed|date=May 2024}}", "Anju")]
        [InlineData("{{small|(city)}}", "(city)")]
        [InlineData("{{Increase}} 240,117", "240,117")]
        [InlineData("{{convert|1|km2}}", "1 km2")]
        [InlineData("{{hlist|port|industry}}", "port, industry")]
        [InlineData("{{Some unknown template|x|Anju}}", "Anju")]
        [InlineData("{{lang-ko|}}", "")]
        [InlineData("1&nbsp;000 &ndash; 2&amp;3", "1 000 – 2&3")]
        [InlineData("Anju<!-- checked -->", "Anju")]
        public void Cell_markup_is_read_as_its_text(string written, string read)
        {
            var document = Read("{|\n! City\n|-\n| " + written + "\n|}\n");

            Assert.Equal(read, document.Tables[0].Rows[0].Cells[0].Text);
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void Help_Tables_nowiki_puts_a_pipe_in_a_cell()
        {
            var table = Assert.Single(Read("{|\n! City !! Notes\n|-\n| Rason || Rajin <nowiki>|</nowiki> Sonbong {{x}}<nowiki>{{y}}</nowiki>\n|}\n").Tables);

            Assert.Equal(new[] { "Rason", "Rajin | Sonbong {{y}}" }, table.Rows[0].Cells.Select(c => c.Text));
        }

        [Fact]
        public void A_template_with_no_text_argument_is_dropped_and_reported_at_its_cell()
        {
            const string text = "{|\n! City\n|-\n| Anju {{dagger}}{{Flagicon}}\n| {{unknown thing}}\n|}\n";
            var document = Read(text);

            Assert.Equal("Anju", document.Tables[0].Rows[0].Cells[0].Text);
            var problem = Assert.Single(document.Problems);
            Assert.Contains("{{unknown thing}}", problem.Message, StringComparison.Ordinal);
            AssertAt(problem.Span, 5, 3);
        }

        [Fact]
        public void A_template_never_closed_is_kept_as_written_and_reported()
        {
            var document = Read("{|\n! City\n|-\n| Anju {{lang|ko|안주\n|}\n");

            Assert.Equal("Anju {{lang|ko|안주", document.Tables[0].Rows[0].Cells[0].Text);
            Assert.Contains("never closed", Assert.Single(document.Problems).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_template_whose_arguments_run_over_lines_starting_with_a_pipe_stays_one_cell()
        {
            var table = Assert.Single(Read("{|\n! City !! Population\n|-\n| Anju{{efn\n|Formerly a county.}}\n| 240,117\n|}\n").Tables);

            Assert.Equal(new[] { "Anju", "240,117" }, table.Rows[0].Cells.Select(c => c.Text));
        }

        [Fact]
        public void A_nested_table_is_reported_and_skipped_and_the_outer_table_is_read_on()
        {
            const string text = "{|\n! City !! Notes\n|-\n| Anju ||\n{| class=\"inner\"\n| a || b\n|-\n{|\n| deeper\n|}\n|}\n|-\n| Haeju || x\n|}\n";
            var document = Read(text);
            var table = Assert.Single(document.Tables);

            Assert.Equal(new[] { "Anju", "Haeju" }, table.Rows.Select(r => r.Cells[0].Text));
            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertCovers(text, problem.Span, "{|", 5, 1);
        }

        [Fact]
        public void A_table_never_closed_is_read_to_the_end_and_reported_at_its_start()
        {
            var document = Read("intro\n{|\n! City\n|-\n| Anju\n");

            Assert.Single(document.Tables[0].Rows);
            AssertAt(Assert.Single(document.Problems).Span, 2, 1);
        }

        [Fact]
        public void Ten_thousand_nested_tables_and_templates_are_read_in_linear_time()
        {
            var text = "{|\n! City\n|-\n| Anju\n" + string.Concat(Enumerable.Repeat("{|\n", 10_000)) + string.Concat(Enumerable.Repeat("|}\n", 10_000))
                + "|-\n| " + string.Concat(Enumerable.Repeat("{{", 100_000)) + string.Concat(Enumerable.Repeat("<nowiki>", 100_000)) + "Haeju\n|}\n";
            var clock = Stopwatch.StartNew();
            var document = Read(text);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.Equal(2, document.Tables[0].Rows.Count);
            Assert.Equal(5, document.Problems[0].Span.Line);
        }

        [Fact]
        public void A_1_MB_cell_is_read_in_linear_time()
        {
            var big = string.Concat(Enumerable.Repeat("[[a|b]] <ref>c</ref>{{lang|ko|d}} ", 1 << 15));
            var clock = Stopwatch.StartNew();
            var document = Read("{|\n! City\n|-\n| " + big + "\n|}\n");

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:N1} s");
            Assert.StartsWith("b d b d", document.Tables[0].Rows[0].Cells[0].Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Prose_and_markup_outside_tables_are_ignored()
        {
            var document = Read("'''Cities''' of [[North Korea]].<ref>x</ref>\n| not a table\n! nor this\n");

            Assert.Empty(document.Tables);
            Assert.Empty(document.Problems);
        }
    }
}
