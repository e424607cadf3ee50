using System.IO;
using System.Linq;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    /// <summary>
    /// GitHub Markdown pipe tables, example by example from the GFM spec 0.29-gfm, section "Tables (extension)"
    /// (Examples 198–205), then headings, several tables, spans, and the wiki-dialect <c>.md</c> files that must keep
    /// being read as before.
    /// </summary>
    public class MarkdownReaderTests
    {
        private static DataDocument Read(string text) => DocumentReader.Read("cities.md", text, TextDialect.Markdown, default);

        private static string[][] Rows(TextTable table) =>
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray();

        [Fact]
        public void Example_198_a_header_row_a_delimiter_row_and_a_body_row()
        {
            var table = Assert.Single(Read("| foo | bar |\n| --- | --- |\n| baz | bim |\n").Tables);

            Assert.Equal(new[] { new[] { "foo", "bar" }, new[] { "baz", "bim" } }, Rows(table));
        }

        [Fact]
        public void Example_199_outer_pipes_may_be_left_out_and_alignment_colons_are_delimiters()
        {
            var table = Assert.Single(Read("| abc | defghi |\n:-: | -----------:\nbar | baz\n").Tables);

            Assert.Equal(new[] { new[] { "abc", "defghi" }, new[] { "bar", "baz" } }, Rows(table));
        }

        [Fact]
        public void Example_200_an_escaped_pipe_is_text_in_a_cell()
        {
            var table = Assert.Single(Read("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n").Tables);

            Assert.Equal(new[] { new[] { "f|oo" }, new[] { "b `|` az" }, new[] { "b **|** im" } }, Rows(table));
        }

        [Fact]
        public void Example_201_the_table_ends_where_another_block_begins()
        {
            var table = Assert.Single(Read("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n").Tables);

            Assert.Equal(2, Rows(table).Length);
        }

        [Fact]
        public void Example_202_a_line_right_after_the_table_is_a_row_and_a_blank_line_ends_it()
        {
            var table = Assert.Single(Read("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n").Tables);

            Assert.Equal(new[] { new[] { "abc", "def" }, new[] { "bar", "baz" }, new[] { "bar" } }, Rows(table));
        }

        [Fact]
        public void Example_203_a_delimiter_row_with_another_number_of_cells_makes_no_table()
        {
            var document = Read("| abc | def |\n| --- |\n| bar |\n");

            Assert.Empty(document.Tables);
            // Not silently: pipe lines that GitHub shows as text are reported.
            AssertAt(Assert.Single(document.Problems).Span, 1, 1);
        }

        [Fact]
        public void Example_204_short_and_long_rows_are_kept_as_written_for_the_Tables_stage_to_report()
        {
            var table = Assert.Single(Read("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n").Tables);

            Assert.Equal(new[] { new[] { "abc", "def" }, new[] { "bar" }, new[] { "bar", "baz", "boo" } }, Rows(table));
        }

        [Fact]
        public void Example_205_a_table_may_have_no_body()
        {
            var table = Assert.Single(Read("| abc | def |\n| --- | --- |\n").Tables);

            Assert.Single(table.HeaderRows);
            Assert.Empty(table.Rows);
        }

        [Fact]
        public void Headings_give_the_title_and_each_table_its_section()
        {
            const string text = "# Cities\n\n## First-level cities ##\n\nCity | Population\n--- | ---:\nNampo | 366,341\n\n## Cities under a province\n\nCity | Population\n--- | ---\nAnju | 240,117\n";
            var document = Read(text);

            Assert.Equal("Cities", document.Title?.Text);
            AssertCovers(text, document.Title!.Value.Span, "Cities", 1, 3);
            Assert.Equal(new[] { "First-level cities", "Cities under a province" }, document.Tables.Select(t => t.Section));
        }

        [Fact]
        public void Cells_are_located_where_their_text_is_written()
        {
            const string text = "City | Population\n--- | ---\n  Anju |  240,117\n";
            var row = Read(text).Tables[0].Rows[0];

            AssertCovers(text, row.Cells[0].Span, "Anju", 3, 3);
            AssertCovers(text, row.Cells[1].Span, "240,117", 3, 11);
        }

        [Fact]
        public void Pipe_tables_inside_a_code_fence_are_code()
        {
            var document = Read("```\n| a | b |\n| - | - |\n```\nCity | Population\n--- | ---\nAnju | 1\n");

            Assert.Equal("City", Assert.Single(document.Tables).HeaderRows[0].Cells[0].Text);
        }

        [Fact]
        public void A_code_fence_never_closed_is_reported()
        {
            var document = Read("~~~\nCity | Population\n--- | ---\n");

            Assert.Empty(document.Tables);
            AssertAt(Assert.Single(document.Problems).Span, 1, 1);
        }

        [Fact]
        public void A_md_file_whose_tables_have_delimiter_rows_is_read_as_Markdown()
        {
            Assert.Equal(TextDialect.Markdown, DocumentReader.Read("x.md", "City | Population\n--- | ---\nAnju | 1\n").Dialect);
            Assert.Equal(TextDialect.Markdown, DocumentReader.Read("x.markdown", "# Cities\n| City | Population |\n| --- | --- |\n| Anju | 1 |\n").Dialect);
        }

        [Theory]
        [InlineData("| City | Province |\n| Kilju | North Hamgyong |\n")]
        [InlineData("= Many =\n| City | Province |\n| --- | --- |\n| Kilju | North Hamgyong |\n")]
        [InlineData("| City | Province |\n| --- | --- |\n| Kilju | North Hamgyong |\n\n| City | Population |\n| Musan | 123,721 |\n")]
        public void A_md_file_with_wiki_headings_or_a_table_without_delimiter_row_keeps_the_wiki_dialect(string text)
        {
            Assert.Equal(TextDialect.Wiki, DocumentReader.Read("my-cities.md", text).Dialect);
        }

        [Fact]
        public void The_sample_projects_wiki_dialect_md_file_is_still_read_as_wiki()
        {
            var path = Path.Combine(RepoPaths.Root, "samples", "NkGen.Sample", "my-cities.md");
            var document = DocumentReader.Read(path, File.ReadAllText(path));

            Assert.Equal(TextDialect.Wiki, document.Dialect);
            Assert.Equal(new[] { "Kilju", "Musan" }, Assert.Single(document.Tables).Rows.Select(r => r.Cells[0].Text));
        }

        [Fact]
        public void A_txt_file_is_taken_as_Markdown_only_for_a_table_the_wiki_dialect_could_not_read()
        {
            Assert.Equal(TextDialect.Markdown, DocumentReader.Read("x.txt", "City | Population\n--- | ---\nAnju | 1\n").Dialect);
            Assert.Equal(TextDialect.Wiki, DocumentReader.Read("x.txt", "| City | Population |\n| --- | --- |\n| Anju | 1 |\n").Dialect);
        }

        [Fact]
        public void Bullets_are_notes_and_fields_as_in_the_wiki_dialect()
        {
            var document = Read("- All population figures come from the 2008 North Korean census.\n\nCity | Population\n--- | ---\nAnju | 240,117\n");

            Assert.Single(document.Notes);
        }
    }
}
