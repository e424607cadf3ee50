using System;
using System.Linq;
using CsCheck;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class PlaceholderTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("KP-??")]
        [InlineData("none")]
        [InlineData("None")]
        [InlineData("n/a")]
        [InlineData("N/A")]
        [InlineData("-")]
        [InlineData("—")]
        [InlineData("?")]
        [InlineData("unknown")]
        [InlineData("keine angabe")]
        [InlineData(" Keine Angabe[2] ")]
        [InlineData("없음")]
        public void Text_standing_for_no_value_is_a_placeholder(string plain)
        {
            Assert.True(Placeholder.Is(plain));
        }

        [Theory]
        [InlineData("KP-13")]
        [InlineData("Rason")]
        [InlineData("0")]
        [InlineData("Nonetheless")]
        public void Real_values_are_not_placeholders(string plain)
        {
            Assert.False(Placeholder.Is(plain));
        }

        /// <summary>
        /// The rule written out, for text made of the words' pieces, notes and question marks, of every length around the
        /// longest word (12): the shortcut for text longer than every word must not change an answer.
        /// </summary>
        [Fact]
        public void A_placeholder_is_a_word_for_no_value_or_question_marks_after_trimming_and_notes()
        {
            string[] words = { "none", "n/a", "na", "unknown", "tbd", "tba", "nil", "null", "-", "--", "---", "—", "–", "‒", "−", "?",
                "k.a.", "k. a.", "keine angabe", "n.a.", "n. a.", "n.v.", "없음", "미상" };
            bool Rule(string plain)
            {
                var t = plain.Trim();
                if (t.Length > 36) return t.Contains("??");
                if (t.Length > 1 && (t.EndsWith("]") || t.EndsWith("*"))) t = Footnotes.Strip(t);
                return t.Length == 0 || t.Contains("??") || words.Any(w => string.Equals(t, w, StringComparison.OrdinalIgnoreCase));
            }

            string[] pieces = words.Concat(new[] { " ", "?", "[1]", "*", "a", "Anju", "KEINE", " ANGABE", "x" }).ToArray();
            var piece = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]);
            piece.Array[1, 6].Select(p => string.Concat(p)).Sample(text => Assert.True(Rule(text) == Placeholder.Is(text), text));
        }
    }
}
