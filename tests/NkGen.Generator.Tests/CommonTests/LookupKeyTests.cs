using CsCheck;
using NkGen.Generator.Common;
using Xunit;

namespace NkGen.Generator.Tests.CommonTests
{
    /// <summary>The emitter keeps one name per key through <see cref="LookupKey.Comparer"/>: it must say what comparing keys says.</summary>
    public class LookupKeyTests
    {
        // Letters that fold together or vanish under the fold: case, diacritics, apostrophes, hyphens, spaces, U+0000.
        private static readonly Gen<string> Names = Gen.String[Gen.Char["aAŏŎoOŭuU'’-  \u0000ʼ함咸k"], 0, 6];

        [Fact]
        public void The_comparer_agrees_with_the_keys_and_hashes_equal_names_alike()
        {
            Gen.Select(Names, Names).Sample((left, right) =>
            {
                var same = LookupKey.Of(left) == LookupKey.Of(right);
                Assert.Equal(same, LookupKey.Comparer.Equals(left, right));
                if (same) Assert.Equal(LookupKey.Comparer.GetHashCode(left), LookupKey.Comparer.GetHashCode(right));
            });
        }

        [Fact]
        public void Names_of_one_key_are_one()
        {
            Assert.True(LookupKey.Comparer.Equals("Ch'ŏngjin", "CHONGJIN"));
            Assert.True(LookupKey.Comparer.Equals("Hamhŭng", "ham-hung"));
            Assert.False(LookupKey.Comparer.Equals("Hamhung", "Hamhun"));
        }
    }
}
