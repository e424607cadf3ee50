using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Xunit;

namespace NkGen.Generator.Tests.Runtime
{
    /// <summary>
    /// The hash table behind NameIndex (NameKeys, reached through NameIndex, its public face) answers exactly as a
    /// dictionary of <see cref="NameFold.Key"/>s does, on its ASCII fast path (plain names hashed and compared by a table)
    /// and on its folding path alike, and whichever path a name takes.
    /// </summary>
    public class NameKeysTests
    {
        // Every ASCII character class the fast path treats differently (letters of both cases, digits, the characters one
        // bit away from letters, skipped ones: ' ` - space, tab, NUL), and beyond ASCII: diacritics, combining marks,
        // other apostrophes and spaces, Chosŏn'gŭl, Hancha, a surrogate half, a letter whose case folds outside Latin-1.
        private const string Alphabet = "aAbBoOnNgG019@`[{^~_'-\t\0 ŏŎŭ\u0306’ʼ\u00A0함흥咸\uD800ǅ";

        private static readonly Gen<string> Name = Gen.Char[Alphabet].Array[0, 7].Select(cs => new string(cs));

        private static readonly Gen<string> AsciiName = Gen.Char['\0', '\u007F'].Array[0, 9].Select(cs => new string(cs));

        [Theory]
        [InlineData("Chongjin City", "Chongjin#0")]
        [InlineData("CHONGJIN-SI", "Chongjin#0")]
        [InlineData("Ch'ŏngjin-shi", "Chongjin#0")]
        [InlineData("Hamhŭng si", "Hamhung#1")]
        [InlineData("Rason Special City", "Rason#2")]
        [InlineData("Kaesong City", "Kaesong City#3")]
        [InlineData("Chongjin County", null)]
        [InlineData("City", null)]
        [InlineData("-si", null)]
        [InlineData("Chongjinsi", null)]
        public void A_name_with_a_city_unit_at_its_end_finds_the_city_named_without_it_unless_a_name_has_the_unit(string probe, string? found)
        {
            var (index, _) = Build(new[] { "Chongjin", "Hamhung", "Rason", "Kaesong City", "Kaesong" });

            Assert.Equal(found, index.TryGet(probe, out var value) ? value : null);
        }

        [Fact]
        public void A_lookup_finds_what_a_dictionary_of_folded_keys_finds()
        {
            // Many small tables over a small alphabet, so that probes often fold like a key, nearly do, or are a key with
            // a character more or less; first name wins, as in the dictionary.
            Gen.Select(Name.Array[0, 12], Name.Array[1, 12]).Sample((names, probes) =>
            {
                var (index, reference) = Build(names);
                foreach (var probe in probes.Concat(names).Concat(names.Select(Swapped)))
                {
                    Assert.Equal(Expected(reference, probe), index.TryGet(probe, out var found) ? found : null);
                }
            }, iter: 20_000, print: t => $"[{string.Join(", ", t.Item1.Select(Escaped))}] / [{string.Join(", ", t.Item2.Select(Escaped))}]");
        }

        [Fact]
        public void Plain_ASCII_names_take_the_fast_path_and_agree_with_the_fold()
        {
            // Any ASCII characters, control characters and punctuation included: the fast path must fold each exactly as
            // NameFold does (it is built from NameFold.Fold), and leave to the folding path any name with one to skip.
            Gen.Select(AsciiName.Array[1, 10], AsciiName.Array[1, 10]).Sample((names, probes) =>
            {
                var (index, reference) = Build(names);
                foreach (var probe in probes.Concat(names).Concat(names.Select(Swapped)))
                {
                    Assert.Equal(Expected(reference, probe), index.TryGet(probe, out var found) ? found : null);
                }
            }, iter: 20_000, print: t => $"[{string.Join(", ", t.Item1.Select(Escaped))}] / [{string.Join(", ", t.Item2.Select(Escaped))}]");
        }

        [Theory]
        [InlineData("hAmHuNg")] // fast path
        [InlineData("HAMHUNG")]
        [InlineData("ham-hung")] // skipped ASCII: folding path
        [InlineData("Ham hung")]
        [InlineData("Ham'hung")]
        [InlineData("Hamhŭng")] // beyond ASCII: folding path
        [InlineData("Hamhu\u0306ng")]
        [InlineData("Ham\u00A0hung")]
        public void Both_paths_find_a_key_of_either_kind(string spelling)
        {
            var index = new NameIndex<string>(new[] { Pair("Hamhŭng", "Hamhung"), Pair("함흥시", "함흥시"), Pair("Ham@", "Ham@") });
            Assert.Equal("Hamhung", index.TryGet(spelling, out var found) ? found : null);
            Assert.Equal("함흥시", index.TryGet(new string("함흥시".ToCharArray()), out found) ? found : null);
            Assert.Equal("Ham@", index.TryGet("HAM@", out found) ? found : null);

            // One bit from a letter is not a letter: '@' | 0x20 is '`' (skipped), '@' - 0x20 is ' ' (skipped), 0x60 is '`'.
            Assert.False(index.TryGet("Ham`", out _));
            Assert.False(index.TryGet("Ham ", out _));
            Assert.False(index.TryGet("Ham", out _));
        }

        [Fact]
        public void A_full_table_of_colliding_names_still_finds_each()
        {
            // Many keys that share long prefixes and lengths (the synthetic lists' shape) in a table at its fullest.
            var names = Enumerable.Range(0, 4_096).Select(n => "Ham" + n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var index = new NameIndex<string>(names.Select(n => Pair(n, n)));
            foreach (var name in names)
            {
                Assert.Equal(name, index.TryGet(name.ToUpperInvariant(), out var found) ? found : null);
                Assert.Equal(name, index.TryGet(name.Insert(3, "-"), out found) ? found : null);
            }

            Assert.False(index.TryGet("Ham04096", out _));
            Assert.False(index.TryGet("Ham0409", out _));
        }

        private static (NameIndex<string> Index, Dictionary<string, string> Reference) Build(string[] names)
        {
            var pairs = names.Select((n, i) => Pair(n, n + "#" + i)).ToList();
            var reference = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                var key = NameFold.Key(pair.Key);
                if (key.Length > 0) reference.TryAdd(key, pair.Value);
            }

            return (new NameIndex<string>(pairs), reference);
        }

        // A probe found by no key is tried without a city unit at its end, as TryGet does.
        private static string? Expected(Dictionary<string, string> reference, string probe) =>
            reference.TryGetValue(NameFold.Key(probe), out var value) || (NameFold.WithoutCityUnit(probe) is { } place && reference.TryGetValue(NameFold.Key(place), out value))
                ? value
                : null;

        /// <summary>The name with the case of every ASCII letter swapped: a new string, never the key itself.</summary>
        private static string Swapped(string name) =>
            new(name.Select(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' ? (char)(c ^ 0x20) : c).ToArray());

        private static string Escaped(string name) =>
            "\"" + string.Concat(name.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";

        private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);
    }
}
