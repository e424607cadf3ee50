using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// A draft keeps a lone row's facts without copying them, and copies them once a second row comes or the row is out of
    /// field order: either way it offers the facts grouped by field in field order, in arrival order within a field.
    /// </summary>
    public class EntityDraftTests
    {
        private static readonly System.Func<CityFact, int, string, int, DraftFact<CityField>> Keep =
            (fact, priority, document, order) => new(fact.Field, fact.Value, fact.Span, priority, fact.Authority, document, order);

        [Fact]
        public void A_lone_row_in_field_order_is_offered_as_it_is_with_its_priority_and_document()
        {
            var draft = Draft();
            draft.AddRow(Row((CityField.KoreanName, "함흥시"), (CityField.Province, "South Hamgyong")), 3, "a");

            Assert.Equal(new[] { "KoreanName 함흥시 3 a 0", "Province South Hamgyong 3 a 1" }, Listed(draft));
        }

        [Fact]
        public void A_lone_row_out_of_field_order_is_offered_in_field_order()
        {
            var draft = Draft();
            draft.AddRow(Row((CityField.Province, "South Hamgyong"), (CityField.KoreanName, "함흥시")), 0, "a");

            Assert.Equal(new[] { "KoreanName 함흥시 0 a 1", "Province South Hamgyong 0 a 0" }, Listed(draft));
        }

        [Fact]
        public void The_sole_row_is_offered_as_it_came_until_a_second_row_brings_facts_or_it_is_out_of_order()
        {
            var inOrder = Row((CityField.KoreanName, "함흥시"), (CityField.Province, "South Hamgyong"));
            var lone = Draft();
            lone.AddRow(EquatableArray<CityFact>.Empty, 9, "empty");
            lone.AddRow(inOrder, 3, "a");
            var second = Draft();
            second.AddRow(inOrder, 3, "a");
            second.AddRow(Row((CityField.KoreanName, "함흥")), 2, "b");
            var unordered = Draft();
            unordered.AddRow(Row((CityField.Province, "South Hamgyong"), (CityField.KoreanName, "함흥시")), 0, "a");

            Assert.Equal((inOrder, "a"), lone.SoleRow);
            Assert.Null(second.SoleRow);
            Assert.Null(unordered.SoleRow);
            Assert.Equal(0, Draft().SoleRow?.Facts.Count);
        }

        [Fact]
        public void Two_rows_are_grouped_by_field_in_arrival_order_within_a_field()
        {
            var draft = Draft();
            draft.AddRow(EquatableArray<CityFact>.Empty, 9, "empty");
            draft.AddRow(Row((CityField.KoreanName, "함흥시"), (CityField.Province, "South Hamgyong")), 1, "a");
            draft.AddRow(Row((CityField.KoreanName, "함흥"), (CityField.Province, "Hamgyŏng-namdo")), 2, "b");

            Assert.Equal(
                new[] { "KoreanName 함흥시 1 a 0", "KoreanName 함흥 2 b 2", "Province South Hamgyong 1 a 1", "Province Hamgyŏng-namdo 2 b 3" },
                Listed(draft));
            Assert.Equal(2, draft.EndOfField(0));
            var chosen = draft.Choose(0, static (_, _, facts) => new ChosenFact(facts[1].Value, facts[1].Span, facts[1].Document, EquatableArray<SourceSpan>.Empty), static (field, fact) => (field, fact.Value.Written));
            Assert.Equal(new[] { (CityField.KoreanName, "함흥"), (CityField.Province, "Hamgyŏng-namdo") }, chosen);
        }

        [Fact]
        public void An_entitys_spans_are_listed_once_each_in_the_order_they_first_stand()
        {
            var keys = NkGen.Generator.Model.Names.PlaceKeys.Of(NkGen.Generator.Model.Names.PlaceKind.Province, "Chagang");
            NameSource At(string file, int line) => new("Chagang", new SourceSpan(file, line, 3, 10 * line, 7), 0, file, keys);
            var names = new List<NameSource> { At("b.md", 2), At("a.md", 2), At("b.md", 1), At("b.md", 2), At("a.md", 2) };

            var spans = ModelBuilder.DistinctSpans(names);

            Assert.Equal(new[] { ("b.md", 2), ("a.md", 2), ("b.md", 1) }, spans.Select(s => (s.File, s.Line)).ToArray());
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void A_cleared_draft_keeps_nothing_of_the_entity_before(int rowsBefore)
        {
            var keys = NkGen.Generator.Model.Names.PlaceKeys.Of(NkGen.Generator.Model.Names.PlaceKind.City, "Hamhung");
            var draft = Draft();
            for (var i = 0; i < rowsBefore; i++)
            {
                // Out of field order in the last row, so that every way a draft keeps facts is cleared.
                draft.Names.Add(new NameSource("Hamhung" + i, SourceSpan.None, 0, "old", keys));
                draft.AddRow(i == rowsBefore - 1 ? Row((CityField.Province, "South Hamgyong"), (CityField.KoreanName, "함흥시")) : Row((CityField.KoreanName, "함흥시")), 5, "old");
            }

            Assert.Equal("Hamhung0", draft.ChooseIdentityName());
            draft.Clear();
            draft.Names.Add(new NameSource("Kilju", SourceSpan.None, 0, "new", keys));
            draft.AddRow(Row((CityField.KoreanName, "길주군")), 1, "new");

            Assert.Equal(new[] { "KoreanName 길주군 1 new 0" }, Listed(draft));
            Assert.Equal(("Kilju", "Kilju"), (draft.ChooseName(new List<NkGen.Generator.Diagnostics.DataProblem>()), draft.ChooseIdentityName()));
            Assert.Single(draft.Names);
        }

        private static EntityDraft<CityField, CityFact> Draft() => new(Keep);

        private static EquatableArray<CityFact> Row(params (CityField Field, string Text)[] facts) =>
            facts.Select(f => new CityFact(f.Field, new TextValue(f.Text, f.Text), SourceSpan.None)).ToEquatableArray();

        private static string[] Listed(EntityDraft<CityField, CityFact> draft) =>
            Enumerable.Range(0, draft.FactCount).Select(draft.Fact).Select(f => $"{f.Field} {f.Value.Written} {f.Priority} {f.Document} {f.Order}").ToArray();
    }
}
