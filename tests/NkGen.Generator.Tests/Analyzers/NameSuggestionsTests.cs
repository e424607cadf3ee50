using System.Linq;
using NkGen.Generator.Analyzers;
using Xunit;

namespace NkGen.Generator.Tests.Analyzers
{
    /// <summary>NKG0003's "did you mean": bounded edit distance on lookup keys, nearest first, at most three.</summary>
    public class NameSuggestionsTests
    {
        private static NamedMember Member(string name) => new(name, name, "global::NkGen.Cities." + name, "Cities." + name);

        [Theory]
        [InlineData("HAMHUNG", "HAMHUNG", 0)]
        [InlineData("HAMHNG", "HAMHUNG", 1)]
        [InlineData("HAMHUNG", "HMAHUNG", 1)] // a swap of neighbours is one edit
        [InlineData("RASON", "RSAON", 1)]
        [InlineData("KAESONG", "KAESNOG", 1)]
        [InlineData("ANJU", "HAEJU", 2)]
        public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected) =>
            Assert.Equal(expected, NameSuggestions.Distance(a, b, 10));

        [Fact]
        public void Distance_stops_above_the_limit() =>
            Assert.True(NameSuggestions.Distance("PYONGYANG", "HAMHUNG", 2) > 2);

        [Fact]
        public void Case_never_counts_and_the_nearest_comes_first()
        {
            var suggestions = NameSuggestions.For("hamhng", new[] { Member("Hamhung"), Member("Hamhong"), Member("Rason") });
            Assert.Equal(new[] { "Hamhong", "Hamhung" }, suggestions.Select(s => s.Spelling));
        }

        [Fact]
        public void At_most_three_within_a_third_of_the_length()
        {
            var candidates = new[] { "Sinpo", "Sinpa", "Sinpu", "Sinpi", "Sunpo", "Kanggye" }.Select(Member);
            var suggestions = NameSuggestions.For("Sinpe", candidates);
            Assert.Equal(3, suggestions.Count);
            Assert.DoesNotContain(suggestions, s => s.Spelling == "Kanggye");
            Assert.Empty(NameSuggestions.For("Tokyo", candidates));
        }

        [Fact]
        public void One_suggestion_per_member_by_its_nearest_spelling()
        {
            var hamhung = Member("Hamhung");
            var suggestions = NameSuggestions.For("함흥", new[] { hamhung, hamhung with { Spelling = "함흥시" } });
            Assert.Equal("함흥시", Assert.Single(suggestions).Spelling);
        }
    }
}
