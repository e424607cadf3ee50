using System.IO;
using System.Linq;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    public class WikiReaderTests
    {
        private const string Wiki =
            "= Special cities of North Korea =\n"                                         // 1
            + "\n"                                                                        // 2
            + "Special city\n"                                                            // 3
            + "- Map: 330px\n"                                                            // 4
            + "- Population Range: 205,000 (Rason) – 3,255,388 (Pyongyang)\n"              // 5
            + "- Special cities are one of the first-level divisions: there are four.\n" // 6
            + "- All population figures come from the 2008 North Korean census.\n"       // 7
            + "\n"                                                                        // 8
            + "==List of defunct special cities==\n"                                      // 9
            + "| Division name | Chosŏn'gŭl | Administered Years |\n"                      // 10
            + "| Chongjin | 청진시 | 1960–1967, 1977–1985 |\n"                              // 11
            + "| Hamhung | 함흥시 | 1960–1967 |\n"                                          // 12
            + "\n"                                                                        // 13
            + "== See also ==\n"                                                          // 14
            + "- Independent city\n"                                                      // 15
            + "  - Federal cities: Russia\n";                                             // 16

        private static DataDocument Read(string text) => DocumentReader.Read("wiki.txt", text);

        [Fact]
        public void A_document_without_guide_markers_is_read_as_wiki()
        {
            Assert.Equal(TextDialect.Wiki, Read(Wiki).Dialect);
        }

        [Fact]
        public void The_first_level_one_heading_is_the_title_located_at_its_text()
        {
            var title = Read(Wiki).Title!.Value;

            AssertCovers(Wiki, title.Span, "Special cities of North Korea", 1, 3);
        }

        [Fact]
        public void Level_two_headings_with_or_without_spaces_are_sections()
        {
            var document = Read(Wiki);

            Assert.Equal("List of defunct special cities", Assert.Single(document.Tables).Section);
            Assert.All(document.Notes.Where(n => n.Text.Span.Line >= 15), n => Assert.Equal("See also", n.Section));
        }

        [Fact]
        public void A_pipe_table_without_a_separator_takes_its_first_row_as_the_header()
        {
            var table = Assert.Single(Read(Wiki).Tables);

            Assert.Equal(new[] { "Division name", "Chosŏn'gŭl", "Administered Years" }, Assert.Single(table.HeaderRows).Cells.Select(c => c.Text).ToArray());
            Assert.Equal(2, table.Rows.Count);
            AssertCovers(Wiki, table.Rows[0].Cells[2].Span, "1960–1967, 1977–1985", 11, 20);
            Assert.Equal(10, table.Span.Line);
        }

        [Fact]
        public void Short_key_value_bullets_are_infobox_fields_located_at_their_values()
        {
            var fields = Read(Wiki).Fields;

            Assert.Equal(new[] { "Map", "Population Range" }, fields.Select(f => f.Key.Text).ToArray());
            Assert.All(fields, f => Assert.Equal(FieldOrigin.Infobox, f.Origin));
            AssertCovers(Wiki, fields[1].Value.Span, "205,000 (Rason) – 3,255,388 (Pyongyang)", 5, 21);
            AssertCovers(Wiki, fields[1].Key.Span, "Population Range", 5, 3);
        }

        [Fact]
        public void Sentence_bullets_and_indented_bullets_are_notes_even_when_they_hold_a_colon()
        {
            var notes = Read(Wiki).Notes;

            Assert.Equal(
                new[]
                {
                    "Special cities are one of the first-level divisions: there are four.",
                    "All population figures come from the 2008 North Korean census.",
                    "Independent city",
                    "Federal cities: Russia",
                },
                notes.Select(n => n.Text.Text).ToArray());
            AssertCovers(Wiki, notes[1].Text.Span, "All population figures come from the 2008 North Korean census.", 7, 3);
            AssertAt(notes[3].Text.Span, 16, 5);
        }

        [Fact]
        public void Prose_is_skipped_without_problems()
        {
            Assert.Empty(Read(Wiki).Problems);
        }

        [Fact]
        public void A_second_level_one_heading_is_a_section()
        {
            var document = Read("= First =\n= Second =\n| City | Population |\n| Anju | 240,117 |\n");

            Assert.Equal("First", document.Title?.Text);
            Assert.Equal("Second", Assert.Single(document.Tables).Section);
        }

        [Fact]
        public void Seed_001_reads_its_count_table_with_a_two_row_header_and_its_city_list()
        {
            var path = RepoPaths.Seed("001");
            var document = DocumentReader.Read(path, File.ReadAllText(path));

            Assert.Equal(TextDialect.Wiki, document.Dialect);
            Assert.Equal("List of cities in North Korea", document.Title?.Text);
            Assert.Equal(2, document.Tables.Count);
            var counts = document.Tables[0];
            Assert.Equal(12, counts.Span.Line);
            Assert.Equal(2, counts.HeaderRows.Count);
            Assert.Equal(new[] { 14, 15, 16, 17 }, counts.Rows.Select(r => r.Span.Line).ToArray());
            var cities = document.Tables[1];
            Assert.Equal(19, cities.Span.Line);
            Assert.Equal(28, cities.Rows.Count);
            Assert.All(cities.Rows, r => Assert.Equal(6, r.Cells.Count));
            Assert.Equal("List", cities.Section);
            Assert.Empty(document.Problems);
        }
    }
}
