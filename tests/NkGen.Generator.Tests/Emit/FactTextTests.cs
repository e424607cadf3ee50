using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Emit;
using Xunit;

namespace NkGen.Generator.Tests.Emit
{
    /// <summary>The Sources line of a hover: each document once, its lines as ranges.</summary>
    public sealed class FactTextTests
    {
        private static readonly Dictionary<string, string> Titles = new()
        {
            ["/d/000.txt"] = "North Korea Cities & Regions Guide",
            ["/d/001.txt"] = "List of cities in North Korea",
        };

        private static SourceSpan At(string file, int line) => new(file, line, 1, 0, 1);

        // The documents as a summary's Sources paragraph writes them (escaped), one per item: a document ends with its last
        // line number or the closing parenthesis after it ("&amp; " is no separator).
        private static string[] ByDocument(List<(string Document, string File, int Line)> sources)
        {
            var writer = new SourceWriter();
            FactText.AppendByDocument(writer, sources);
            return System.Text.RegularExpressions.Regex.Split(writer.ToString(), "(?<=[0-9)]); ");
        }

        [Fact]
        public void A_document_shows_at_most_twenty_ranges_and_counts_the_rest()
        {
            var spans = Enumerable.Range(0, 25).Select(i => At("/p/mine.csv", 2 * i + 1)).ToList();

            Assert.Equal(
                new[] { "mine.csv, lines " + string.Join(", ", Enumerable.Range(0, 20).Select(i => 2 * i + 1)) + ", and 5 more" },
                ByDocument(FactText.Sources(spans, Titles)));
        }

        [Fact]
        public void A_title_and_a_file_name_are_escaped_for_the_doc_comment()
        {
            var titles = new Dictionary<string, string> { ["/p/<x>.csv"] = "Cities & <towns>" };

            Assert.Equal(new[] { "Cities &amp; &lt;towns&gt; (&lt;x&gt;.csv, line 3)" }, ByDocument(FactText.Sources(new List<SourceSpan> { At("/p/<x>.csv", 3) }, titles)));
        }

        [Fact]
        public void Each_document_is_listed_once_with_its_lines_and_consecutive_lines_as_a_range()
        {
            var spans = new List<SourceSpan> { At("/d/001.txt", 21), At("/d/000.txt", 36), At("/d/000.txt", 35), At("/d/000.txt", 12), At("/d/000.txt", 38), At("/d/000.txt", 37), At("/d/000.txt", 36) };

            Assert.Equal(
                new[] { "North Korea Cities &amp; Regions Guide (000.txt, lines 12, 35–38)", "List of cities in North Korea (001.txt, line 21)" },
                ByDocument(FactText.Sources(spans, Titles)).ToArray());
        }

        [Fact]
        public void A_file_without_a_title_is_named_once_by_its_file_name()
        {
            Assert.Equal(new[] { "mine.csv, lines 2, 4" }, ByDocument(FactText.Sources(new List<SourceSpan> { At("/p/mine.csv", 4), At("/p/mine.csv", 2) }, Titles)).ToArray());
        }

        [Fact]
        public void Two_paths_of_one_file_name_and_title_are_one_document_and_a_line_both_give_is_cited_once()
        {
            // Ordered by path, then line; a place is one (title, file name, line) however many paths lead to it.
            var spans = new List<SourceSpan> { At("/b/x.txt", 5), At("/a/x.txt", 5), At("/b/x.txt", 3) };

            Assert.Equal(new[] { "x.txt, lines 5, 3" }, ByDocument(FactText.Sources(spans, Titles)).ToArray());
        }

        [Fact]
        public void A_row_whose_name_and_facts_share_its_line_cites_that_line_once()
        {
            var spans = new List<SourceSpan> { At("/d/001.txt", 21), At("/d/001.txt", 21), At("/d/001.txt", 21) };

            Assert.Equal(new[] { ("List of cities in North Korea", "001.txt", 21) }, FactText.Sources(spans, Titles).ToArray());
        }

        [Fact]
        public void The_same_line_number_in_two_files_is_two_sources_in_file_order()
        {
            var spans = new List<SourceSpan> { At("/d/001.txt", 21), At("/d/001.txt", 21), At("/d/000.txt", 21) };

            Assert.Equal(
                new[] { "North Korea Cities &amp; Regions Guide (000.txt, line 21)", "List of cities in North Korea (001.txt, line 21)" },
                ByDocument(FactText.Sources(spans, Titles)).ToArray());
        }

        [Fact]
        public void Among_many_sources_a_line_two_paths_give_is_still_cited_once()
        {
            // Past sixteen sources the duplicates are found with a set instead of a scan: the same answer.
            var spans = Enumerable.Range(0, 20).Select(i => At("/a/x.txt", 2 * i + 1)).Append(At("/b/x.txt", 3)).Append(At("/b/x.txt", 2)).ToList();

            var sources = FactText.Sources(spans, Titles);

            Assert.Equal(21, sources.Count);
            Assert.Equal(("x.txt", "x.txt", 2), sources[20]);
            Assert.Equal(
                new[] { "x.txt, lines " + string.Join(", ", Enumerable.Range(0, 20).Select(i => 2 * i + 1)) + ", and 1 more" },
                ByDocument(sources).ToArray());
        }
    }
}
