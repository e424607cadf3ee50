using System.Linq;
using CsCheck;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Model.Names
{
    /// <summary>
    /// The merge's shortcuts for large tables give what the long way gave: keys counted for sizing, loose keys computed
    /// when asked for, other names gathered in a per-thread list, and province members taken in the cities' order.
    /// </summary>
    public class MergeShortcutTests
    {
        private static readonly Gen<string> Romanized = Gen.Char["aZ09-' ’ʼ‘ŏŎŭŬéÉı\u0301ß"].Array[0, 70].Select(cs => new string(cs));

        private static readonly Gen<string> Hangul = Gen.Char['\uAC00', '\uD7A3'].Array[1, 5].Select(cs => new string(cs));

        [Fact]
        public void A_simplified_key_is_the_key_of_the_simplified_spelling()
        {
            Romanized.Sample(text => Romanizer.SimplifiedKey(text) == NameKey.Of(Romanizer.Simplify(text)));
            Gen.Select(Hangul, Gen.Enum<RomanizationSystem>()).Sample((hangul, system) =>
            {
                var romanized = Romanizer.Romanize(hangul, system);
                return Romanizer.SimplifiedKey(romanized) == NameKey.Of(Romanizer.Simplify(romanized));
            });
        }

        [Fact]
        public void A_names_romanized_keys_are_each_systems_simplified_key_once_in_system_order()
        {
            // Provinces' names start with 남/북 often enough here to carry a direction prefix (s:, n:) into their keys.
            var names = Gen.Select(Gen.Int[0, 2].Select(i => new[] { "", "남", "북" }[i]), Hangul, Gen.Int[0, 3].Select(i => new[] { "", "시", "도", "군" }[i])).Select((a, b, c) => a + b + c);
            Gen.Select(names, Gen.Enum<PlaceKind>()).Sample((name, kind) =>
            {
                var keys = PlaceKeys.Of(kind, name);
                var prefix = kind == PlaceKind.Province ? ProvinceSpelling.Prefix(keys.Direction) : "";
                var core = keys.HangulCore!;
                var southern = NkGen.Generator.Model.Names.Hangul.SouthernSpelling(core);
                var spellings = southern == core ? new[] { core } : new[] { core, southern };
                var expected = spellings
                    .SelectMany(s => new[] { RomanizationSystem.Revised, RomanizationSystem.McCuneReischauer, RomanizationSystem.Dprk }.Select(system => prefix + Romanizer.SimplifiedKey(Romanizer.Romanize(s, system))))
                    .Distinct()
                    .ToArray();
                return keys.Romanized.SequenceEqual(expected);
            });
        }

        [Fact]
        public void Key_counts_count_each_kind_and_loose_keys_only_of_rows_without_Hangul()
        {
            var rows = new[]
            {
                (PlaceKeys.Of(PlaceKind.City, "Hamhung", "함흥시", "咸興市"), "a.md"),
                (PlaceKeys.Of(PlaceKind.City, "Kilju"), "a.md"),
                (PlaceKeys.Of(PlaceKind.City, "吉州"), "b.md"),
            };

            var counts = IdentityResolver.KeyCounts.Of(rows);

            Assert.Equal(1, counts.Hangul);
            Assert.Equal(2, counts.Hanja);
            Assert.Equal(rows.Sum(r => r.Item1.Romanized.Count), counts.Romanized);
            Assert.Equal(1, counts.Loose);
        }

        [Fact]
        public void Loose_keys_are_the_written_key_loosened_with_the_province_direction_kept()
        {
            var province = PlaceKeys.Of(PlaceKind.Province, "South Hamgyong");
            var city = PlaceKeys.Of(PlaceKind.City, "Chongjin City");

            Assert.Equal(new[] { "s:" + LooseSpelling.Of("hamgyong") }, province.Loose.ToArray());
            Assert.Equal(new[] { LooseSpelling.Of("chongjin") }, city.Loose.ToArray());
            Assert.Same(city.Loose, city.Loose);
            Assert.Empty(PlaceKeys.Of(PlaceKind.City, "청진시").Loose);
        }

        [Fact]
        public void A_loose_join_still_finds_the_entity_without_Hangul_when_a_place_with_Hangul_shares_the_key()
        {
            var rows = new[]
            {
                (PlaceKeys.Of(PlaceKind.City, "Zorbx", "가나"), "a.md"),
                (PlaceKeys.Of(PlaceKind.City, "Zorpx"), "b.md"),
                (PlaceKeys.Of(PlaceKind.City, "Zolpx"), "c.md"),
            };

            var resolutions = IdentityResolver.Resolve(rows, distinctRows: rows.Length);

            // All three loosen to "zorpx"; the first has Hangul, so neither other may join it loosely, and the third joins the second.
            Assert.Equal(new[] { JoinedBy.NewEntity, JoinedBy.NewEntity, JoinedBy.Loose }, resolutions.Select(r => r.JoinedBy).ToArray());
            Assert.Equal(resolutions[1].Entity, resolutions[2].Entity);
            Assert.Equal(1, resolutions[2].Partner);
            Assert.Equal("zorpx", resolutions[2].Key);
        }

        [Fact]
        public void Other_names_of_one_entity_do_not_leak_into_the_next()
        {
            var first = PlaceKeys.Of(PlaceKind.City, "Hamhung", "함흥시");
            var second = PlaceKeys.Of(PlaceKind.City, "Kilju", "길주군");

            var a = AlsoWritten.Of("Hamhung", PlaceKind.City, new Spellings(new[] { "Hamhung", "Hamheung" }), new Spellings("함흥시"), default, first);
            var b = AlsoWritten.Of("Kilju", PlaceKind.City, new Spellings("Kilju"), new Spellings(new[] { "길주군" }), new Spellings(new string[0]), second);

            // Written names, then McCune–Reischauer, Revised and DPRK (Hamhung is the name itself), Hangul as written, its core.
            Assert.Equal(new[] { "Hamheung", "Hamhŭng", "함흥시", "함흥" }, a);
            Assert.Equal(new[] { "Kilchu", "Gilju", "길주군", "길주" }, b);
            // The core is the keys' own string, not a copy of it.
            Assert.Same(first.HangulCore, a[a.Length - 1]);
        }

        [Fact]
        public void Join_problems_come_in_row_order_before_the_problems_of_each_entity_chosen_on_its_last_row()
        {
            var model = ModelBuilder.Build(new[]
            {
                DataFileReader.Read("a.md", "| City | Population |\n| Kilju | 100,000 |\n| Zorpx | 5,000 |\n", priority: 0),
                DataFileReader.Read("b.md", "| City | Population |\n| Kilju | 200,000 |\n", priority: 0),
                DataFileReader.Read("c.md", "| City | Population |\n| Zolpx | 5,000 |\n", priority: 0),
            });

            // Kilju's population disagreement (at b.md's losing value) is known at b.md's row, before c.md's loose join, and is
            // still listed after it; then Zorpx's, whose spelling lost at c.md.
            Assert.Equal(
                new[] { (ProblemKind.LooseNameMatch, "c.md"), (ProblemKind.SourceDisagreement, "b.md"), (ProblemKind.SourceDisagreement, "c.md") },
                model.Problems.Select(p => (p.Kind, p.Span.File)).ToArray());
        }

        [Fact]
        public void A_provinces_cities_are_listed_by_name_ignoring_case_then_by_name_whatever_the_row_order()
        {
            var model = ModelBuilder.Build(new[]
            {
                // Two files: one table may not list one name twice.
                DataFileReader.Read("a.md", "| City | Chosŏn'gŭl | Province |\n| Zed | 제드 | Chagang |\n| unsan | 은산 | Chagang |\n", priority: 0),
                DataFileReader.Read("b.md", "| City | Chosŏn'gŭl | Province |\n| Apple | 애플 | Chagang |\n| Unsan | 운산 | Chagang |\n", priority: 0),
            });

            var chagang = Assert.Single(model.Provinces);
            var names = chagang.CityNames.Select(identity => model.Cities.Single(c => c.IdentityName == identity).Name).ToArray();
            Assert.Equal(new[] { "Apple", "Unsan", "unsan", "Zed" }, names);
        }
    }
}
