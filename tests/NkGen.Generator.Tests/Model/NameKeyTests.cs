using System;
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
    }
}
