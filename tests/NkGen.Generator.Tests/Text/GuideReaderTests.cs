using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    public class GuideReaderTests
    {
        private const string Guide =
            "---\n"                                                       // 1
            + "title: \"North Korea Cities & Regions Guide\"\n"           // 2
            + "iso_code: 'KP'\n"                                          // 3
            + "date: 2026-02-13\n"                                        // 4
            + "---\n"                                                     // 5
            + "\n"                                                        // 6
            + "# A Heading That Is Not The Title\n"                       // 7
            + "\n"                                                        // 8
            + "[FACTBOX]\n"                                               // 9
            + "Largest City: Pyongyang, 2.8M\n"                           // 10
            + "\n"                                                        // 11
            + "Number of Cities Over 1M: 2\n"                             // 12
            + "[/FACTBOX]\n"                                              // 13
            + "\n"                                                        // 14
            + "[SECTION] Major Cities [/SECTION]\n"                       // 15
            + "**Pyongyang** (2.8M)\n"                                    // 16
            + "Role: capital, economic hub\n"                             // 17
            + "Known For: monuments: many of them\n"                      // 18
            + "Best For: visitors interested in history\n"                // 19
            + "\n"                                                        // 20
            + "**Hamhung** (770,000)\n"                                   // 21
            + "Role: industrial center\n"                                 // 22
            + "[SECTION] Key Regions [/SECTION]\n"                        // 23
            + "[TABLE]\n"                                                 // 24
            + "| Region | Major City |\n"                                 // 25
            + "| --- | --- |\n"                                           // 26
            + "| Kangwon Province | Wonsan |\n"                           // 27
            + "[/TABLE]\n"                                                // 28
            + "- The northern provinces are industrial.\n";               // 29

        private static DataDocument Read(string text) => DocumentReader.Read("guide.txt", text);

        [Fact]
        public void A_document_with_front_matter_is_read_as_a_guide()
        {
            Assert.Equal(TextDialect.Guide, Read(Guide).Dialect);
        }

        [Fact]
        public void Front_matter_fields_are_unquoted_and_located_inside_the_quotes()
        {
            var document = Read(Guide);
            var front = document.Fields.Where(f => f.Origin == FieldOrigin.FrontMatter).ToList();

            Assert.Equal(new[] { "title", "iso_code", "date" }, front.Select(f => f.Key.Text).ToArray());
            Assert.Equal(new[] { "North Korea Cities & Regions Guide", "KP", "2026-02-13" }, front.Select(f => f.Value.Text).ToArray());
            AssertCovers(Guide, front[0].Value.Span, "North Korea Cities & Regions Guide", 2, 9);
            AssertCovers(Guide, front[1].Value.Span, "KP", 3, 12);
            Assert.All(front, f => Assert.Null(f.Section));
        }

        [Fact]
        public void The_front_matter_title_is_the_document_title_even_when_a_heading_follows()
        {
            var title = Read(Guide).Title!.Value;

            Assert.Equal("North Korea Cities & Regions Guide", title.Text);
            AssertAt(title.Span, 2, 9);
        }

        [Fact]
        public void Without_front_matter_the_first_hash_heading_is_the_title()
        {
            var document = Read("# Cities Guide\n\n[FACTBOX]\nCapital: Pyongyang\n[/FACTBOX]\n# Second\n");

            Assert.Equal(TextDialect.Guide, document.Dialect);
            Assert.Equal("Cities Guide", document.Title?.Text);
            AssertAt(document.Title!.Value.Span, 1, 3);
        }

        [Fact]
        public void Unclosed_front_matter_is_reported_at_its_opening_line_and_its_fields_are_still_read()
        {
            var document = Read("---\ntitle: Guide\nangle: cities\n");

            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertAt(problem.Span, 1, 1);
            Assert.Contains("never closed", problem.Message);
            Assert.Equal(new[] { "title", "angle" }, document.Fields.Select(f => f.Key.Text).ToArray());
        }

        [Fact]
        public void Unclosed_front_matter_ends_where_its_key_value_lines_end_and_the_rest_is_read_as_the_guide()
        {
            var document = Read("---\ntitle: Guide\n\n[SECTION] Major Cities [/SECTION]\n**Hamhung** (770,000)\nRole: port city\n\nSome prose without a colon.\nMore prose.\n");

            var problem = Assert.Single(document.Problems);
            AssertAt(problem.Span, 1, 1);
            var field = Assert.Single(document.Fields);
            Assert.Equal("title", field.Key.Text);
            var block = Assert.Single(document.Blocks);
            Assert.Equal("Hamhung", block.Name.Text);
            Assert.Equal("Major Cities", block.Section);
        }

        [Fact]
        public void A_front_matter_line_without_a_colon_is_reported_and_skipped()
        {
            var document = Read("---\ntitle: Guide\njust words\n---\n");

            var problem = Assert.Single(document.Problems);
            AssertAt(problem.Span, 3, 1);
            Assert.Contains("'just words'", problem.Message);
            Assert.Single(document.Fields);
        }

        [Fact]
        public void Factbox_lines_are_key_value_fields_located_at_their_values()
        {
            var factbox = Read(Guide).Fields.Where(f => f.Origin == FieldOrigin.Factbox).ToList();

            Assert.Equal(new[] { "Largest City", "Number of Cities Over 1M" }, factbox.Select(f => f.Key.Text).ToArray());
            AssertCovers(Guide, factbox[0].Value.Span, "Pyongyang, 2.8M", 10, 15);
            AssertCovers(Guide, factbox[1].Value.Span, "2", 12, 27);
        }

        [Fact]
        public void A_factbox_line_that_is_not_key_value_is_reported_at_its_line()
        {
            var document = Read("[FACTBOX]\nCapital: Pyongyang\nno colon\n[/FACTBOX]\n");

            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertAt(problem.Span, 3, 1);
            Assert.Single(document.Fields);
        }

        [Fact]
        public void An_unclosed_factbox_is_reported_once_and_the_guide_after_it_is_still_read()
        {
            var document = Read("[FACTBOX]\nCapital: Pyongyang\n\n[SECTION] Major Cities [/SECTION]\n**Hamhung** (770,000)\nRole: port city\n\nProse follows here.\n");

            var problem = Assert.Single(document.Problems);
            AssertAt(problem.Span, 1, 1);
            Assert.Contains("[/FACTBOX]", problem.Message);
            var field = Assert.Single(document.Fields);
            Assert.Equal(FieldOrigin.Factbox, field.Origin);
            Assert.Equal("Hamhung", Assert.Single(document.Blocks).Name.Text);
        }

        [Fact]
        public void Section_headings_set_the_section_of_what_follows_with_or_without_a_closing_tag()
        {
            var document = Read("[SECTION] Major Cities [/SECTION]\n**Hamhung** (770,000)\n\n[section]Key Regions\n[TABLE]\n| Region | Major City |\n| --- | --- |\n| Kangwon | Wonsan |\n[/TABLE]\n");

            Assert.Equal("Major Cities", Assert.Single(document.Blocks).Section);
            Assert.Equal("Key Regions", Assert.Single(document.Tables).Section);
        }

        [Fact]
        public void A_named_block_has_its_name_figure_and_key_value_lines_each_located()
        {
            var blocks = Read(Guide).Blocks;

            Assert.Equal(2, blocks.Count);
            var pyongyang = blocks[0];
            AssertCovers(Guide, pyongyang.Name.Span, "Pyongyang", 16, 3);
            AssertCovers(Guide, pyongyang.Figure!.Value.Span, "2.8M", 16, 16);
            Assert.Equal(new[] { "Role", "Known For", "Best For" }, pyongyang.Fields.Select(f => f.Key.Text).ToArray());
            Assert.Equal("monuments: many of them", pyongyang.Fields[1].Value.Text);
            Assert.All(pyongyang.Fields, f => Assert.Equal(FieldOrigin.Block, f.Origin));
            AssertCovers(Guide, pyongyang.Fields[0].Value.Span, "capital, economic hub", 17, 7);
            Assert.Equal("Major Cities", pyongyang.Section);
        }

        [Fact]
        public void A_block_ends_at_a_blank_line_or_at_the_next_marker()
        {
            var blocks = Read(Guide).Blocks;

            Assert.Equal(3, blocks[0].Fields.Count);
            var hamhung = blocks[1];
            Assert.Equal("770,000", hamhung.Figure?.Text);
            Assert.Equal("Role", Assert.Single(hamhung.Fields).Key.Text);
        }

        [Fact]
        public void A_block_without_a_figure_has_none_and_a_stray_line_in_it_is_reported()
        {
            var document = Read("[SECTION] Cities [/SECTION]\n**Kaesong**\nRole: historic site\njust a sentence\n");

            var block = Assert.Single(document.Blocks);
            Assert.Equal("Kaesong", block.Name.Text);
            Assert.Null(block.Figure);
            var problem = Assert.Single(document.Problems);
            AssertAt(problem.Span, 4, 1);
            Assert.Contains("Kaesong", problem.Message);
        }

        [Fact]
        public void A_wrapped_table_drops_its_separator_row_and_locates_its_rows()
        {
            var table = Assert.Single(Read(Guide).Tables);

            Assert.Equal(new[] { "Region", "Major City" }, table.HeaderRows[0].Cells.Select(c => c.Text).ToArray());
            var row = Assert.Single(table.Rows);
            AssertCovers(Guide, row.Cells[0].Span, "Kangwon Province", 27, 3);
            Assert.Equal(25, table.Span.Line);
            Assert.Equal("Key Regions", table.Section);
        }

        [Fact]
        public void A_line_inside_a_table_that_is_not_a_row_is_reported_and_the_rows_around_it_are_read()
        {
            var document = Read("[TABLE]\n| Region | Major City |\n| --- | --- |\n| Kangwon | Wonsan |\nnot a row\n\n| Chagang | Kanggye |\n[/TABLE]\n");

            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertAt(problem.Span, 5, 1);
            Assert.Contains("'not a row'", problem.Message);
            Assert.Equal(2, document.Tables.Count);
            Assert.Equal("Kangwon", Assert.Single(document.Tables[0].Rows).Cells[0].Text);
        }

        [Fact]
        public void An_unclosed_table_is_reported_once_and_the_guide_after_its_rows_is_still_read()
        {
            var document = Read("[TABLE]\n| Region | Major City |\n| --- | --- |\n| Kangwon | Wonsan |\n\n[SECTION] Getting Around [/SECTION]\nTrains connect the cities.\n- Buses are slow.\n");

            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.MalformedRow, problem.Kind);
            AssertAt(problem.Span, 1, 1);
            Assert.Contains("[/TABLE]", problem.Message);
            Assert.Single(Assert.Single(document.Tables).Rows);
            var note = Assert.Single(document.Notes);
            Assert.Equal("Buses are slow.", note.Text.Text);
            Assert.Equal("Getting Around", note.Section);
        }

        [Fact]
        public void An_unclosed_table_does_not_borrow_the_closing_marker_of_the_next_table()
        {
            var document = Read(
                "[TABLE]\n| Region | Major City |\n| --- | --- |\n| Kangwon | Wonsan |\n"
                + "[SECTION] More Regions [/SECTION]\nSome prose.\n"
                + "[TABLE]\n| Region | Major City |\n| --- | --- |\n| Chagang | Kanggye |\n[/TABLE]\n");

            AssertAt(Assert.Single(document.Problems).Span, 1, 1);
            Assert.Equal(2, document.Tables.Count);
            Assert.Null(document.Tables[0].Section);
            Assert.Equal("More Regions", document.Tables[1].Section);
            Assert.Equal("Chagang", Assert.Single(document.Tables[1].Rows).Cells[0].Text);
        }

        [Fact]
        public void An_empty_table_is_no_table_and_no_problem()
        {
            var document = Read("[TABLE]\n\n[/TABLE]\n");

            Assert.Empty(document.Tables);
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void Bullets_in_a_guide_are_notes()
        {
            var note = Assert.Single(Read(Guide).Notes);

            AssertCovers(Guide, note.Text.Span, "The northern provinces are industrial.", 29, 3);
            Assert.Equal("Key Regions", note.Section);
        }

        [Fact]
        public void Many_blank_lines_before_the_front_matter_are_read_in_linear_time()
        {
            var text = new string('\n', 200_000) + "---\ntitle: Guide\n---\n";
            var watch = System.Diagnostics.Stopwatch.StartNew();

            var document = Read(text);

            Assert.Equal("Guide", document.Title?.Text);
            Assert.Equal(200_002, document.Title!.Value.Span.Line);
            Assert.True(watch.Elapsed < System.TimeSpan.FromSeconds(10), $"Reading took {watch.Elapsed}");
        }

        [Fact]
        public void A_horizontal_rule_after_the_front_matter_is_prose()
        {
            var document = Read(Guide + "\n---\n\n*Evergreen reference content.*\n");

            Assert.Empty(document.Problems);
            Assert.Equal(3, document.Fields.Count(f => f.Origin == FieldOrigin.FrontMatter));
        }
    }
}
