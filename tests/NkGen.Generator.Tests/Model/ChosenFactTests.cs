using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// A chosen fact keeps its document, agreeing sources and basis in one object that uncontested facts of a document
    /// share: it must still read, compare and change like a fact with each of them as a field of its own.
    /// </summary>
    public class ChosenFactTests
    {
        private static readonly TextValue Hamhung = new("Hamhung", "Hamhung");

        [Fact]
        public void A_fact_reads_back_what_it_was_made_with()
        {
            var agreeing = new EquatableArray<SourceSpan>(new[] { At("b.txt", 4) });
            var fact = new ChosenFact(Hamhung, At("a.txt", 3), "Guide", agreeing) { Basis = "more precise value" };

            Assert.Equal((Hamhung, At("a.txt", 3), "Guide", agreeing, "more precise value"), (fact.Value, fact.Source, fact.Document, fact.Agreeing, fact.Basis));
        }

        [Fact]
        public void Facts_equal_by_value_whether_or_not_they_share_their_provenance()
        {
            // Made apart from one another, with document strings that are equal but not the same object.
            var a = new ChosenFact(Hamhung, At("a.txt", 3), "Guide", EquatableArray<SourceSpan>.Empty);
            var other = new ChosenFact(Hamhung, At("a.txt", 9), new string("Other".ToCharArray()), EquatableArray<SourceSpan>.Empty);
            var b = new ChosenFact(Hamhung, At("a.txt", 3), new string("Guide".ToCharArray()), EquatableArray<SourceSpan>.Empty);

            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, other);
        }

        [Fact]
        public void Each_part_of_the_provenance_tells_facts_apart()
        {
            var plain = new ChosenFact(Hamhung, At("a.txt", 3), "Guide", EquatableArray<SourceSpan>.Empty);

            Assert.NotEqual(plain, plain with { Document = "List" });
            Assert.NotEqual(plain, plain with { Basis = "higher source priority" });
            Assert.NotEqual(plain, plain with { Agreeing = new EquatableArray<SourceSpan>(new[] { At("b.txt", 4) }) });
        }

        [Fact]
        public void Changing_one_part_keeps_the_others()
        {
            var agreeing = new EquatableArray<SourceSpan>(new[] { At("b.txt", 4) });
            var fact = new ChosenFact(Hamhung, At("a.txt", 3), "Guide", agreeing) { Basis = "census-dated figure" };

            var moved = fact with { Agreeing = EquatableArray<SourceSpan>.Empty, Source = At("a.txt", 5) };
            var renamed = fact with { Document = "List" };

            Assert.Equal(("Guide", "census-dated figure", 0), (moved.Document, moved.Basis, moved.Agreeing.Count));
            Assert.Equal(("List", "census-dated figure", agreeing), (renamed.Document, renamed.Basis, renamed.Agreeing));
            Assert.Equal("Guide", fact.Document);
        }

        [Fact]
        public void An_uncontested_fact_of_another_document_does_not_take_the_previous_documents_provenance()
        {
            var first = new ChosenFact(Hamhung, At("a.txt", 3), "Guide", EquatableArray<SourceSpan>.Empty);
            var second = new ChosenFact(Hamhung, At("b.txt", 3), "List", EquatableArray<SourceSpan>.Empty);
            var third = new ChosenFact(Hamhung, At("a.txt", 4), "Guide", EquatableArray<SourceSpan>.Empty);

            Assert.Equal(("Guide", "List", "Guide"), (first.Document, second.Document, third.Document));
        }

        [Fact]
        public void A_default_fact_has_an_empty_provenance()
        {
            var none = default(ChosenFact);

            Assert.Equal(("", 0, null), (none.Document, none.Agreeing.Count, none.Basis));
            Assert.Equal(default(ChosenFact), none);
        }
    }
}
