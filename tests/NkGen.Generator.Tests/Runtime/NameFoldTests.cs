using System.Linq;
using System.Text;
using CsCheck;
using Xunit;

namespace NkGen.Generator.Tests.Runtime
{
    /// <summary>
    /// NameFold, the comparison TryGet and the analyzers share (the generator's linked copy of the runtime's file): what
    /// it folds, that its tables match Unicode, and that its hash agrees with its equality.
    /// </summary>
    public class NameFoldTests
    {
        private const string Apostrophes = "'’‘ʼʻ`´";
        private const string Hyphens = "-‐‑–—";
        private const string Spaces = " \u00A0\u2009\u202F";

        [Theory]
        [InlineData("Ch'ŏngjin", "chongjin")]
        [InlineData("CH’ONGJIN", "chongjin")]
        [InlineData("chong-jin", "chongjin")]
        [InlineData("Chong jin", "chongjin")]
        [InlineData("Hamhu\u0306ng", "hamhung")]
        [InlineData("ŎŬÉéǢ", "oueeÆ")]
        [InlineData("함흥 시", "함흥시")]
        [InlineData("咸興市", "咸興市")]
        [InlineData("Đ Ø Ł", "ĐØŁ")]
        [InlineData("'‐ ", "")]
        [InlineData("o\0", "o")]
        public void Key_folds_case_diacritics_and_skips_apostrophes_hyphens_and_spaces(string name, string key)
        {
            Assert.Equal(key, NameFold.Key(name));
        }

        [Fact]
        public void A_name_the_fold_leaves_alone_is_its_own_key()
        {
            // So that a lookup with the generated literal itself is one reference comparison.
            const string korean = "함흥시";
            Assert.Same(korean, NameFold.Key(korean));
            Assert.True(NameFold.MatchesKey(korean, NameFold.Key(korean)));
            Assert.NotSame("Hamhung", NameFold.Key("Hamhung"));
        }

        [Fact]
        public void Every_apostrophe_hyphen_and_space_kind_is_skipped()
        {
            foreach (var c in Apostrophes + Hyphens + Spaces + "\u0300\u0306\u036F")
            {
                Assert.True(NameFold.Fold(c) == '\0', $"U+{(int)c:X4}");
            }

            Assert.NotEqual('\0', NameFold.Fold('.'));
            Assert.NotEqual('\0', NameFold.Fold('@'));
        }

        [Fact]
        public void The_diacritics_table_matches_canonical_decomposition()
        {
            // Every Latin letter of the two blocks that decomposes to a base letter plus combining marks folds as its
            // base letter does; every other one folds as its upper case does.
            for (var c = '\u00C0'; c <= '\u1EFF'; c++)
            {
                if (c == '\u0250') c = '\u1E00';
                var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
                var isPrecomposed = decomposed.Length > 1 && decomposed.Skip(1).All(m => m >= '\u0300' && m <= '\u036F');
                var expected = isPrecomposed ? NameFold.Fold(decomposed[0]) : NameFold.Fold(char.ToUpperInvariant(c));
                Assert.True(expected == NameFold.Fold(c), $"U+{(int)c:X4} {c} folds to U+{(int)NameFold.Fold(c):X4}, expected U+{(int)expected:X4}");
                Assert.True(NameFold.Equals(c.ToString(), decomposed), $"U+{(int)c:X4} and its decomposition");
            }
        }

        [Fact]
        public void The_fold_is_stable_and_ignores_case_for_every_character()
        {
            for (var i = 0; i <= char.MaxValue; i++)
            {
                var c = (char)i;
                var f = NameFold.Fold(c);
                Assert.True(NameFold.Fold(f) == f, $"U+{i:X4} folds to U+{(int)f:X4}, which folds further");
                if (f == '\0' || char.IsSurrogate(c)) continue;

                // Whatever OrdinalIgnoreCase takes for the same letter, the fold does too.
                foreach (var other in new[] { char.ToUpperInvariant(c), char.ToLowerInvariant(c) })
                {
                    if (string.Equals(c.ToString(), other.ToString(), System.StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.True(NameFold.Fold(other) == f, $"U+{i:X4} and U+{(int)other:X4}");
                    }
                }
            }
        }

        [Fact]
        public void Names_equal_under_the_fold_hash_alike()
        {
            // Pairs of spellings of one random name: different case, diacritics precomposed or decomposed, apostrophes,
            // hyphens and spaces inserted anywhere.
            Spellings.Sample(pair =>
            {
                var (a, b) = pair;
                Assert.True(NameFold.Equals(a, b));
                Assert.Equal(NameFold.Hash(a), NameFold.Hash(b));
                Assert.Equal(NameFold.Key(a), NameFold.Key(b));
                Assert.True(NameFold.MatchesKey(b, NameFold.Key(a)));
            }, iter: 20_000, print: p => $"\"{p.Item1}\" / \"{p.Item2}\"");
        }

        [Fact]
        public void Equality_is_key_equality_and_implies_equal_hashes()
        {
            // Short names over a small alphabet, so that many pairs are equal under the fold and many nearly are.
            Gen.Select(ShortName, ShortName).Sample((a, b) =>
            {
                var equal = NameFold.Equals(a, b);
                Assert.Equal(NameFold.Key(a) == NameFold.Key(b), equal);
                Assert.Equal(equal, NameFold.MatchesKey(a, NameFold.Key(b)));
                Assert.Equal(equal, NameFold.Equals(b, a));
                if (equal) Assert.Equal(NameFold.Hash(a), NameFold.Hash(b));
                Assert.Equal(NameFold.Hash(a), NameFold.Hash(NameFold.Key(a)));
            }, iter: 50_000, print: p => $"\"{p.Item1}\" / \"{p.Item2}\"");
        }

        private static readonly Gen<string> ShortName =
            Gen.OneOf('a', 'A', 'ŏ', 'Ŏ', 'o', 'n', 'g', '\'', '’', '-', ' ', '\u0306', '함', 'ǅ', 'ǆ')
                .Array[0, 6].Select(cs => new string(cs));

        private static readonly Gen<(string, string)> Spellings =
            Gen.OneOf("ch", "ŏ", "ng", "jin", "p", "yo", "ŭ", "i", "ju", "k", "ae", "s", "ham", "hŭng", "r", "a", "n", "함", "흥", "시", "咸", "Ǆ")
                .Array[1, 6]
                .SelectMany(parts => Gen.Select(Respelled(parts), Respelled(parts)));

        private static Gen<string> Respelled(string[] parts) =>
            Gen.Select(Gen.Int[0, 3].Array[parts.Length], Gen.OneOf((Apostrophes + Hyphens + Spaces).ToCharArray()).Array[parts.Length], (choices, separators) =>
            {
                var s = new StringBuilder();
                for (var i = 0; i < parts.Length; i++)
                {
                    var part = parts[i];
                    if ((choices[i] & 1) != 0) part = part.ToUpperInvariant();
                    // Latin only: Chosŏn'gŭl decomposes to jamo, which are other characters, not another spelling.
                    if ((choices[i] & 2) != 0 && part[0] < '\u0250') part = part.Normalize(NormalizationForm.FormD);
                    s.Append(part);
                    if (choices[i] == 3 || i == 0) s.Append(separators[i]);
                }

                return s.ToString();
            });
    }
}
