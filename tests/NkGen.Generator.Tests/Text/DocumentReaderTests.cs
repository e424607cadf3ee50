using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using Xunit;
using static NkGen.Generator.Tests.Text.Spans;

namespace NkGen.Generator.Tests.Text
{
    public class DocumentReaderTests
    {
        public static TheoryData<string> Seeds => new() { "000", "001", "002" };

        private static string SeedText(string prefix) => File.ReadAllText(RepoPaths.Seed(prefix)).Replace("\r\n", "\n");

        /// <summary>Every cell of a document: title, fields, blocks, table cells and notes.</summary>
        private static IEnumerable<TextCell> Cells(DataDocument document)
        {
            if (document.Title is { } title) yield return title;
            foreach (var field in document.Fields.Concat(document.Blocks.SelectMany(b => b.Fields)))
            {
                yield return field.Key;
                yield return field.Value;
            }

            foreach (var block in document.Blocks)
            {
                yield return block.Name;
                if (block.Figure is { } figure) yield return figure;
            }

            foreach (var row in document.Tables.SelectMany(t => t.HeaderRows.Concat(t.Rows)))
            {
                foreach (var cell in row.Cells) yield return cell;
            }

            foreach (var note in document.Notes) yield return note.Text;
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void LF_CRLF_CR_and_a_byte_order_mark_give_the_same_cells_at_the_same_lines_and_columns(string seed)
        {
            var lf = SeedText(seed);
            var variants = new[] { lf.Replace("\n", "\r\n"), lf.Replace("\n", "\r"), "\uFEFF" + lf, "\uFEFF" + lf.Replace("\n", "\r\n") };
            var expected = Cells(DocumentReader.Read("seed.txt", lf)).Select(c => (c.Text, c.Span.Line, c.Span.Column, c.Span.Length)).ToList();
            Assert.NotEmpty(expected);

            foreach (var text in variants)
            {
                var document = DocumentReader.Read("seed.txt", text);
                Assert.Equal(expected, Cells(document).Select(c => (c.Text, c.Span.Line, c.Span.Column, c.Span.Length)).ToList());
                Assert.Equal(DocumentReader.Read("seed.txt", lf).Dialect, document.Dialect);
                Assert.Empty(document.Problems);
            }
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Every_cell_span_indexes_its_written_text_in_the_file_whatever_the_line_endings(string seed)
        {
            var lf = SeedText(seed);
            foreach (var text in new[] { lf, lf.Replace("\n", "\r\n"), lf.Replace("\n", "\r"), "\uFEFF" + lf.Replace("\n", "\r\n") })
            {
                var lines = text.Split(new[] { "\r\n", "\r", "\n" }, StringSplitOptions.None);
                foreach (var cell in Cells(DocumentReader.Read("seed.txt", text)))
                {
                    var line = lines[cell.Span.Line - 1].TrimStart('\uFEFF');
                    Assert.Equal(cell.Text, line.Substring(cell.Span.Column - 1, cell.Span.Length));
                    Assert.Equal(cell.Text, Slice(text, cell.Span));
                }
            }
        }

        [Fact]
        public void A_guide_with_a_byte_order_mark_still_reads_its_front_matter()
        {
            var document = DocumentReader.Read("g.txt", "\uFEFF---\r\ntitle: \"Guide\"\r\n---\r\n[FACTBOX]\r\nCapital: Pyongyang\r\n[/FACTBOX]\r\n");

            Assert.Equal(TextDialect.Guide, document.Dialect);
            Assert.Equal("Guide", document.Title?.Text);
            Assert.Equal(2, document.Fields.Count);
            Assert.Empty(document.Problems);
        }

        [Fact]
        public void A_wiki_page_with_a_byte_order_mark_still_has_its_title_and_leading_table()
        {
            var title = DocumentReader.Read("w.txt", "\uFEFF= Cities =\n").Title!.Value;
            Assert.Equal("Cities", title.Text);
            Assert.Equal(1, title.Span.Line);
            Assert.Equal(3, title.Span.Column);
            Assert.Equal(3, title.Span.Start);

            var table = Assert.Single(DocumentReader.Read("w.txt", "\uFEFF| City | Population |\n| Anju | 240,117 |").Tables);
            Assert.Equal(3, table.HeaderRows[0].Cells[0].Span.Start);
            Assert.Equal(3, table.HeaderRows[0].Cells[0].Span.Column);
        }

        [Fact]
        public void An_escaped_pipe_in_a_cell_is_read_as_a_pipe_at_any_line_ending()
        {
            foreach (var newline in new[] { "\n", "\r\n", "\r" })
            {
                var text = "| City | Notes |" + newline + @"| Anju | a \| b |" + newline;
                var row = Assert.Single(Assert.Single(DocumentReader.Read("w.txt", text).Tables).Rows);

                Assert.Equal("a | b", row.Cells[1].Text);
                Assert.Equal(@"a \| b", Slice(text, row.Cells[1].Span));
            }
        }

        [Fact]
        public void A_file_over_the_size_limit_is_not_read_and_is_reported_once_as_too_large()
        {
            var text = new string('x', DocumentReader.MaxFileLength + 1);

            var document = DocumentReader.Read("/data/huge.txt", text);

            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemKind.FileTooLarge, problem.Kind);
            Assert.Equal("/data/huge.txt", problem.Span.File);
            AssertAt(problem.Span, 1, 1);
            Assert.Contains("huge.txt", problem.Message);
            Assert.Contains("skipped", problem.Message);
            Assert.Empty(document.Tables);
            Assert.Empty(document.Fields);
            Assert.Null(document.Title);
        }

        [Fact]
        public void The_too_large_message_is_the_same_in_every_culture()
        {
            var text = new string('x', DocumentReader.MaxFileLength + 1);
            var culture = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                var message = Assert.Single(DocumentReader.Read("huge.txt", text).Problems).Message;

                Assert.Equal("huge.txt has 4,194,305 characters, more than the 4,194,304 NkGen reads; the file was skipped", message);
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
            }
        }

        [Fact]
        public void A_file_at_the_size_limit_is_read()
        {
            var head = "= Cities =\n| City | Population |\n| Anju | 240,117 |\n";
            var text = head + new string(' ', DocumentReader.MaxFileLength - head.Length);

            var document = DocumentReader.Read("big.txt", text);

            Assert.DoesNotContain(document.Problems, p => p.Kind == ProblemKind.FileTooLarge);
            Assert.Single(document.Tables);
        }

        [Fact]
        public void A_cancelled_read_throws_instead_of_finishing()
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => DocumentReader.Read("w.txt", SeedText("001"), cancellation.Token));
        }

        [Theory]
        [InlineData("---\ntitle: x\n---\n", true)]
        [InlineData("\n\n---\ntitle: x\n---\n", true)]
        [InlineData("# Guide\n[FACTBOX]\nCapital: Pyongyang\n[/FACTBOX]\n", true)]
        [InlineData("Intro\n[section] Cities [/section]\n", true)]
        [InlineData("Intro\n**Pyongyang** (2.8M)\n", true)]
        [InlineData("= Cities =\n| City | Population |\n", false)]
        [InlineData("Intro\n---\nmore\n", false)]
        [InlineData("", false)]
        public void The_dialect_is_told_by_front_matter_or_guide_markers(string text, bool isGuide)
        {
            Assert.Equal(isGuide ? TextDialect.Guide : TextDialect.Wiki, DocumentReader.Read("f.txt", text).Dialect);
        }

        [Fact]
        public void Reading_the_same_text_twice_gives_equal_documents()
        {
            var text = SeedText("000");

            Assert.Equal(DocumentReader.Read("g.txt", text), DocumentReader.Read("g.txt", text));
        }
    }
}
