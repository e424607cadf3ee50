using System;
using CsCheck;
using NkGen.Generator.Common;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>The key that merges spellings of one name, and agrees with how TryGet compares names.</summary>
    public class NameKeyTests
    {
        [Theory]
        [InlineData("Hamhŭng", "HAMHUNG")]
        [InlineData("Ham-hung", "hamhung")]
        [InlineData("P'yŏngyang", "Pyongyang")]
        [InlineData("ſinpo", "Sinpo")]
        public void Spellings_of_one_name_share_a_key(string a, string b)
        {
            Assert.Equal(NameKey.Of(a), NameKey.Of(b));
        }

        [Theory]
        [InlineData("Hamhung", "Hamhŭng")]
        [InlineData("ıx", "Ix")]
        [InlineData("ſinpo", "Sinpo")]
        [InlineData("평양", "평양")]
        public void Names_that_TryGet_treats_as_equal_are_one_entity(string a, string b)
        {
            // TryGet compares with OrdinalIgnoreCase; two names it cannot tell apart must not become two cities.
            if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) Assert.Equal(NameKey.Of(a), NameKey.Of(b));
            Assert.Equal(NameKey.Of(a.ToUpperInvariant()), NameKey.Of(a));
        }

        [Fact]
        public void Different_names_keep_different_keys()
        {
            Assert.NotEqual(NameKey.Of("Sinpo"), NameKey.Of("Sinuiju"));
            Assert.NotEqual(NameKey.Of("평양"), NameKey.Of("개성"));
        }

        /// <summary>
        /// The comparer is the key without the key's string: two names are equal exactly when their keys are (or, with no
        /// key, when they are the same text), and equal names hash alike, whichever of them is plain ASCII.
        /// </summary>
        [Fact]
        public void The_comparer_equals_names_as_their_keys_do()
        {
            string KeyOrText(string name) => NameKey.Of(name) is { Length: > 0 } key ? key : "\u0000" + name;
            var name = Gen.Char["aAbB1-' ŭŏ함ſ"].Array[0, 5].Select(cs => new string(cs));
            Gen.Select(name, name).Sample((a, b) =>
            {
                var equal = KeyOrText(a) == KeyOrText(b);
                Assert.Equal(equal, NameKey.Comparer.Equals(a, b));
                if (equal) Assert.Equal(NameKey.Comparer.GetHashCode(a), NameKey.Comparer.GetHashCode(b));
            });
            // Pairs that do share a key: the same name upper-cased with punctuation between its letters.
            name.Sample(a =>
            {
                var b = string.Join("-", a.ToUpperInvariant().ToCharArray());
                Assert.Equal(KeyOrText(a) == KeyOrText(b), NameKey.Comparer.Equals(a, b));
                if (NameKey.Comparer.Equals(a, b)) Assert.Equal(NameKey.Comparer.GetHashCode(a), NameKey.Comparer.GetHashCode(b));
            });
            Assert.True(NameKey.Comparer.Equals("Ham-Hung", "hamhŭng"));
            Assert.Equal(NameKey.Comparer.GetHashCode("Ham-Hung"), NameKey.Comparer.GetHashCode("hamhŭng"));
            Assert.False(NameKey.Comparer.Equals("--", "-"));
        }
    }
}
