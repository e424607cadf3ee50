using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// A city's facts are either chosen facts or, when one row gave them all, that row's facts read as chosen: both must
    /// list, compare and hash as the same facts, so that the model (and the Emit step's cache) cannot tell them apart.
    /// </summary>
    public class CityFactsTests
    {
        private static readonly CityFact[] Row =
        {
            Fact(CityField.KoreanName, Plain("함흥"), At("a.txt", 3, 10)),
            Fact(CityField.Province, Plain("South Hamgyong"), At("a.txt", 3, 20)),
            Fact(CityField.Population, Exact(768551, "768,551", 2008), At("a.txt", 3, 40), FactAuthority.Dedicated),
        };

        private static CityFacts Chosen(string document, params CityFact[] facts) => new(facts
            .Select(f => new CityFieldChoice(f.Field, new ChosenFact(f.Value, f.Span, document, EquatableArray<SourceSpan>.Empty)))
            .ToEquatableArray());

        private static CityFacts SoleRow(string document, params CityFact[] facts) =>
            CityFacts.OfSoleRow(facts.ToEquatableArray(), document) ?? throw new Xunit.Sdk.XunitException("not a sole row");

        [Fact]
        public void A_sole_row_lists_what_choosing_each_of_its_facts_gives()
        {
            var row = SoleRow("Guide", Row);
            var chosen = Chosen("Guide", Row);

            Assert.Equal(chosen.ToArray(), row.ToArray());
            Assert.Equal(3, row.Count);
            Assert.Equal(chosen[2], row[2]);
            Assert.Equal("Guide", row[0].Chosen.Document);
            Assert.True(row[1].Chosen.Agreeing.IsEmpty);
            Assert.Null(row[2].Chosen.Basis);
        }

        [Fact]
        public void Either_form_equals_the_other_and_hashes_alike()
        {
            var row = SoleRow("Guide", Row);
            var chosen = Chosen("Guide", Row);
            var rowAgain = SoleRow(new string("Guide".ToCharArray()), Row.ToArray());

            Assert.True(row.Equals(chosen));
            Assert.True(chosen.Equals(row));
            Assert.True(row == rowAgain);
            Assert.Equal(chosen.GetHashCode(), row.GetHashCode());
            Assert.Equal(row.GetHashCode(), rowAgain.GetHashCode());
        }

        [Fact]
        public void A_different_document_value_or_span_tells_them_apart()
        {
            var row = SoleRow("Guide", Row);
            var moved = Row.ToArray();
            moved[1] = moved[1] with { Span = At("a.txt", 4, 20) };
            var changed = Row.ToArray();
            changed[2] = changed[2] with { Value = Exact(768552, "768,552", 2008) };

            Assert.False(row.Equals(SoleRow("List", Row)));
            Assert.False(row.Equals(Chosen("List", Row)));
            Assert.False(row.Equals(SoleRow("Guide", moved)));
            Assert.False(row.Equals(Chosen("Guide", changed)));
            Assert.False(row.Equals(SoleRow("Guide", Row.Take(2).ToArray())));
        }

        [Fact]
        public void Get_finds_each_field_either_way_and_nothing_for_a_field_not_given()
        {
            var row = SoleRow("Guide", Row);
            var chosen = Chosen("Guide", Row);

            foreach (var fact in Row)
            {
                Assert.Equal(chosen.Get(fact.Field), row.Get(fact.Field));
                Assert.Equal(fact.Value, row.Get(fact.Field)?.Value);
            }

            Assert.Null(row.Get(CityField.Founded));
            Assert.Null(chosen.Get(CityField.Founded));
        }

        [Fact]
        public void A_row_with_a_field_twice_or_out_of_field_order_is_left_to_choosing()
        {
            var twice = new[] { Row[0], Row[1], Row[1] with { Value = Plain("Hamgyong") } };
            var reversed = Row.Reverse().ToArray();

            Assert.Null(CityFacts.OfSoleRow(twice.ToEquatableArray(), "Guide"));
            Assert.Null(CityFacts.OfSoleRow(reversed.ToEquatableArray(), "Guide"));
            Assert.NotNull(CityFacts.OfSoleRow(EquatableArray<CityFact>.Empty, "Guide"));
        }

        [Fact]
        public void A_lone_row_that_gives_a_field_twice_is_still_chosen_between()
        {
            var twice = City("Hamhung", At("a.txt", 3), Row[0], Row[1], Row[1] with { Value = Plain("North Hamgyong"), Span = At("a.txt", 3, 30) });
            var model = ModelBuilder.Build(new[] { Reading("a.txt", cities: new[] { twice }) });

            var city = model.Cities.Single();
            Assert.Equal(new[] { CityField.KoreanName, CityField.Province }, city.Facts.Select(f => f.Field).ToArray());
            Assert.Equal("South Hamgyong", ((TextValue)city.Get(CityField.Province)!.Value.Value).Text);
            Assert.Equal(Diagnostics.ProblemKind.SourceDisagreement, Assert.Single(model.Problems).Kind);
        }

        [Fact]
        public void No_facts_either_way_are_equal_and_empty()
        {
            var none = SoleRow("Guide");

            Assert.Empty(none);
            var noneChosen = new CityFacts(EquatableArray<CityFieldChoice>.Empty);
            Assert.True(none.Equals(noneChosen));
            Assert.True(default(CityFacts).Equals(noneChosen));
            Assert.Equal(noneChosen.GetHashCode(), none.GetHashCode());
        }

        [Fact]
        public void A_merged_city_of_one_row_lists_that_rows_facts_as_chosen()
        {
            // The second reading names the city again with no facts: the merge still takes the facts of the first as they stand.
            var hamhung = City("Hamhung", At("a.txt", 3), Row);
            var alone = ModelBuilder.Build(new[] { Reading("a.txt", cities: new[] { hamhung }) }).Cities.Single();
            var withMention = ModelBuilder.Build(new[]
            {
                Reading("a.txt", cities: new[] { hamhung }),
                Reading("b.txt", cities: new[] { City("Hamhung", At("b.txt", 7), Row[0] with { Span = At("b.txt", 7, 10) }) }),
            }).Cities.Single();

            Assert.Equal(Chosen("Title of a.txt", Row).ToArray(), alone.Facts.ToArray());
            // With a second source of the Korean name, that fact is chosen between two and lists the other as agreeing.
            Assert.Single(withMention.Facts[0].Chosen.Agreeing);
            Assert.Equal(alone.Facts.Skip(1).ToArray(), withMention.Facts.Skip(1).ToArray());
        }
    }
}
