using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Runtime
{
    /// <summary>NameIndex (what every generated TryGet calls) finds every spelling of a name and nothing else.</summary>
    public class NameIndexTests
    {
        private static readonly Generated Api = new(new GeneratorHarness().Run().Load());

        [Theory]
        [InlineData("Hamhŭng", "Hamhung")]
        [InlineData("HAMHŬNG", "Hamhung")]
        [InlineData("Hamhu\u0306ng", "Hamhung")] // decomposed: u + combining breve
        [InlineData("Ham-hung", "Hamhung")]
        [InlineData("Ham hung", "Hamhung")]
        [InlineData("Ham\u00A0hung", "Hamhung")]
        [InlineData("함흥 시", "Hamhung")]
        [InlineData("P'yŏngyang", "Pyongyang")]
        [InlineData("P’yŏngyang", "Pyongyang")]
        [InlineData("P‘yŏngyang", "Pyongyang")]
        [InlineData("Pʼyŏngyang", "Pyongyang")]
        [InlineData("P`yongyang", "Pyongyang")]
        [InlineData("Sinŭiju", "Sinuiju")]
        [InlineData("Kaesŏng", "Kaesong")]
        [InlineData("Rasŏn", "Rason")]
        [InlineData("Ch'ŏngjin", "Chongjin")]
        [InlineData("CH’ONGJIN", "Chongjin")]
        [InlineData("chong-jin", "Chongjin")]
        [InlineData("Chong jin", "Chongjin")]
        [InlineData("Chong–jin", "Chongjin")]
        [InlineData("Ch'ŏngju", "Chongju")]
        // Computed from the built-in Chosŏn'gŭl names (003_names) and emitted into the index: RR, DPRK 1992, no suffix, Hancha.
        [InlineData("함흥", "Hamhung")]
        [InlineData("Hamheung", "Hamhung")]
        [InlineData("Cheongjin", "Chongjin")]
        [InlineData("Pyeongyang", "Pyongyang")]
        [InlineData("Phyongyang", "Pyongyang")]
        [InlineData("Nampho", "Nampo")]
        [InlineData("Gaeseong", "Kaesong")]
        [InlineData("Raseon", "Rason")]
        [InlineData("咸興", "Hamhung")]
        [InlineData("평양", "Pyongyang")]
        public void Generated_TryGet_finds_every_spelling_of_the_built_in_cities(string spelling, string expected)
        {
            var (found, city) = Api.TryGet<City>("Cities", spelling);
            Assert.True(found, spelling);
            Assert.Equal(expected, city!.Name);
        }

        [Theory]
        [InlineData("Hamhng")]
        [InlineData("Hamhungg")]
        [InlineData("Hamhun")]
        [InlineData("Pyongyan")]
        [InlineData("Kaesŭng")]
        [InlineData("Chongjim")]
        [InlineData("'")]
        [InlineData("")]
        [InlineData("함홍시")]
        public void Generated_TryGet_does_not_find_near_misses(string spelling)
        {
            Assert.False(Api.TryGet<City>("Cities", spelling).Found, spelling);
        }

        [Fact]
        public void Different_keys_stay_different()
        {
            Assert.Equal("Chongju", Api.TryGet<City>("Cities", "chongju").Value!.Name);
            Assert.Equal("Chongjin", Api.TryGet<City>("Cities", "chongjin").Value!.Name);
            var onlyChongjin = Index(("Chongjin", "Chongjin"));
            Assert.False(onlyChongjin.TryGet("Chongju", out _));
            Assert.False(onlyChongjin.TryGet("Chong", out _));
        }

        [Fact]
        public void Computed_spellings_are_found_once_the_index_holds_them()
        {
            // The keys the generator will add for Hamhung: Revised Romanization, the DPRK's own system, Hangul without 시.
            var index = Index(("Hamhung", "Hamhung"), ("함흥시", "Hamhung"), ("咸興市", "Hamhung"), ("Hamheung", "Hamhung"),
                ("함흥", "Hamhung"), ("Pyongyang", "Pyongyang"), ("Phyongyang", "Pyongyang"), ("평양", "Pyongyang"));
            foreach (var spelling in new[] { "함흥", "함 흥", "Hamhŭng", "HAM-HEUNG", "Ham heung", "咸興 市" })
            {
                Assert.True(index.TryGet(spelling, out var city), spelling);
                Assert.Equal("Hamhung", city);
            }

            Assert.Equal("Pyongyang", index.TryGet("P'hyŏngyang", out var pyongyang) ? pyongyang : null);
            Assert.False(index.TryGet("함", out _));
        }

        [Fact]
        public void Of_names_that_fold_alike_the_first_is_kept()
        {
            var index = Index(("Sŏnch'ŏn", "first"), ("Sonchon", "second"), ("SONCHON", "third"));
            Assert.Equal("first", index.TryGet("sonchon", out var found) ? found : null);
            Assert.Equal("first", index.TryGet("Sŏnch'ŏn", out found) ? found : null);
        }

        [Fact]
        public void A_name_that_folds_to_nothing_is_not_indexed()
        {
            var index = Index(("-", "dash"), ("' '", "apostrophes"), ("Anju", "Anju"));
            Assert.False(index.TryGet("", out _));
            Assert.False(index.TryGet("'", out _));
            Assert.False(index.TryGet("-", out _));
            Assert.True(index.TryGet("an-ju", out _));
            Assert.False(new NameIndex<string>(Array.Empty<KeyValuePair<string, string>>()).TryGet("x", out _));
        }

        [Fact]
        public void Hangul_and_Hancha_compare_as_themselves()
        {
            var index = Index(("함흥시", "Hamhung"), ("咸興市", "Hamhung"), ("Ǆ", "DZ"));
            Assert.True(index.TryGet("함흥시", out _));
            Assert.True(index.TryGet("咸興市", out _));
            Assert.False(index.TryGet("함흥", out _));
            Assert.False(index.TryGet("咸興", out _));
            Assert.False(index.TryGet("함흥싀", out _));
            Assert.True(index.TryGet("ǆ", out _)); // case still folds outside Latin-1
        }

        [Fact]
        public void A_lookup_allocates_nothing()
        {
            var names = Api.Cities.SelectMany(c => new[] { c.Name, c.KoreanName, c.Hancha }).Where(n => n is not null).Select(n => n!).ToList();
            var index = new NameIndex<string>(names.Select(n => new KeyValuePair<string, string>(n, n)));
            var probes = names.Concat(new[] { "Hamhŭng", "P’yŏngyang", "Ch'ŏngjin", "Ham-hung", "Ham hung", "Hamhu\u0306ng", "함흥 시",
                "HAMHUNG", "Seoul", "Hamhng", "", "x", "Ǆ", "\U00010400" }).ToArray();
            var found = 0;
            for (var warmUp = 0; warmUp < 100; warmUp++) found += Probe(index, probes);

            // The fewest bytes of three batches: the runtime may allocate once on this thread while it recompiles a
            // method (it did, once, in a loaded CI run), which no lookup does again.
            var allocated = long.MaxValue;
            for (var batch = 0; batch < 3; batch++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var round = 0; round < 1_000; round++) found += Probe(index, probes);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Assert.Equal(0, allocated);
            Assert.Equal(3_100 * (names.Count + 8), found);
        }

        private static int Probe(NameIndex<string> index, string[] probes)
        {
            var found = 0;
            foreach (var probe in probes)
            {
                if (index.TryGet(probe, out _)) found++;
            }

            return found;
        }

        private static NameIndex<string> Index(params (string Name, string Entity)[] names) =>
            new(names.Select(n => new KeyValuePair<string, string>(n.Name, n.Entity)));
    }
}
