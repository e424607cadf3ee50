using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NkGen.Generator.Model;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>The prefix shortcut orders entities exactly as the full comparison does, whatever the names.</summary>
    public class EntityOrderTests
    {
        // Letters of both cases, the characters either side of them, punctuation, NUL, and non-ASCII that case-folds.
        private const string Alphabet = "aAbBzZ@[`{_-' \0\u007FŏŎıİß함";

        // Up to twelve characters: past the nine the prefix holds, and mostly shorter, so prefixes often tie.
        private static readonly Gen<string> Name = Gen.Char[Alphabet].Array[0, 12].Select(cs => new string(cs));

        private static readonly Gen<string> Similar = Gen.Char["aAbB_"].Array[7, 11].Select(cs => new string(cs));

        [Fact]
        public void Two_names_compare_with_their_prefixes_as_they_compare_in_full()
        {
            Gen.Select(Name, Name, Name, Name).Sample((a, ia, b, ib) =>
            {
                var full = Math.Sign(EntityOrder.Compare(a, ia, b, ib));
                var quick = Math.Sign(EntityOrder.Compare(EntityOrder.Prefix(a), a, ia, EntityOrder.Prefix(b), b, ib));
                return full == quick;
            });
        }

        [Fact]
        public void Long_names_alike_in_their_first_characters_compare_as_they_compare_in_full()
        {
            Gen.Select(Similar, Similar).Sample((a, b) =>
                Math.Sign(EntityOrder.Compare(a, "1", b, "2")) == Math.Sign(EntityOrder.Compare(EntityOrder.Prefix(a), a, "1", EntityOrder.Prefix(b), b, "2")));
        }

        [Fact]
        public void Sorting_gives_the_order_of_the_full_comparison()
        {
            Name.Array[0, 40].Sample(names =>
            {
                // Identity names are unique in the model; here the index makes them so.
                var entities = names.Select((n, i) => (Name: n, Identity: i.ToString("D3"))).ToList();
                var expected = entities.ToList();
                expected.Sort((x, y) => EntityOrder.Compare(x.Name, x.Identity, y.Name, y.Identity));
                EntityOrder.Sort(entities, e => e.Name, e => e.Identity);
                return expected.SequenceEqual(entities);
            });
        }

        [Theory]
        [InlineData("Anju", "anju")]
        [InlineData("Ab", "Abc")]
        [InlineData("a_", "Z")]
        [InlineData("Z", "_a")]
        [InlineData("Pyongyang", "Pyongyanz")]
        [InlineData("PyongsongA", "pyongsongb")]
        public void Prefixes_of_ASCII_names_order_them(string first, string second)
        {
            Assert.True(EntityOrder.Prefix(first) <= EntityOrder.Prefix(second));
            Assert.Equal(ulong.MaxValue, EntityOrder.Prefix("Ŭiju"));
        }
    }
}
