using System;
using System.Linq;
using CsCheck;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class ResidueTests
    {
        [Theory]
        [InlineData("{{lang|ko", "{{")]
        [InlineData("함흥시}}", "}}")]
        [InlineData("768,551<REF name=a/>", "<ref")]
        [InlineData("Hamhung|", "|")]
        [InlineData("[[Rason", "[[")]
        [InlineData("Rason]]", "]]")]
        public void Template_and_link_pieces_are_residue(string written, string residue) => Assert.Equal(residue, Residue.Find(written));

        [Theory]
        [InlineData("[[Rason]]")]
        [InlineData("Hamhŭng")]
        [InlineData("1,019 [1]")]
        [InlineData("<u>　</u>")]
        public void Whole_links_notes_and_other_text_are_not_residue(string written) => Assert.Null(Residue.Find(written));

        /// <summary>
        /// The rule written out (the first mark the text holds, else an unbalanced link bracket), for text made of the marks'
        /// characters and pieces: the one scan that answers for text holding none of them must not change an answer.
        /// </summary>
        [Fact]
        public void Residue_is_the_first_mark_held_else_an_unbalanced_link_bracket()
        {
            static int Count(string text, string mark)
            {
                var n = 0;
                for (var i = text.IndexOf(mark, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mark, i + mark.Length, StringComparison.Ordinal)) n++;
                return n;
            }

            string? Rule(string written)
            {
                foreach (var mark in new[] { "{{", "}}", "<ref", "|" })
                {
                    if (written.IndexOf(mark, StringComparison.OrdinalIgnoreCase) >= 0) return mark;
                }

                var (opens, closes) = (Count(written, "[["), Count(written, "]]"));
                return opens == closes ? null : opens > closes ? "[[" : "]]";
            }

            string[] pieces = { "{", "}", "<", "|", "[", "]", "[[", "]]", "<Ref", "ref", "a", " ", "함흥", "1,019" };
            var piece = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
            piece.Array[0, 8].Select(p => string.Concat(p)).Sample(text => Assert.Equal(Rule(text), Residue.Find(text)));
        }
    }
}
