using System.IO;
using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Model.Names
{
    /// <summary>
    /// One place, one entity: a table naming the built-in cities and provinces in any romanization (or in Chosŏn'gŭl)
    /// merges with the package's own tables instead of duplicating them.
    /// </summary>
    public class IdentityTests
    {
        private const string HamhungTable = "| City | Chosŏn'gŭl | Province |\n";

        [Theory]
        [InlineData("rr.md")]
        [InlineData("mr.md")]
        [InlineData("dprk.md")]
        [InlineData("german.md")]
        [InlineData("korean.md")]
        public void A_table_in_any_system_merges_into_the_28_built_in_cities_and_9_provinces(string fixture)
        {
            var model = WithDefaults(Fixture(fixture));

            Assert.Equal(28, model.Cities.Count);
            Assert.Equal(9, model.Provinces.Count);
            Assert.Equal(new string[0], model.Problems.Where(p => p.Kind is ProblemKind.LooseNameMatch or ProblemKind.UnknownProvince).Select(p => p.Message).ToArray());
            Assert.Equal(new string[0], model.Problems.Where(p => p.Kind == ProblemKind.SourceDisagreement && p.Message.Contains(" province:") && !IsSeedContradiction(p)).Select(p => p.Message).ToArray());
            // Every city with a province is a member of one of the nine, whichever spelling won.
            Assert.Equal(model.Cities.Count(c => c.Get(CityField.Province) is not null), model.Provinces.Sum(p => p.CityNames.Count));
        }

        [Fact]
        public void The_default_tables_alone_give_28_cities_and_9_provinces_with_no_loose_join_and_no_unknown_province()
        {
            var model = ModelBuilder.Build(DefaultReadings.All);

            Assert.Equal(28, model.Cities.Count);
            Assert.Equal(9, model.Provinces.Count);
            Assert.DoesNotContain(model.Problems, p => p.Kind is ProblemKind.LooseNameMatch or ProblemKind.UnknownProvince);
            Assert.All(model.Cities, c => Assert.NotNull(c.Get(CityField.KoreanName)));
            Assert.All(model.Provinces, p => Assert.NotNull(p.Get(ProvinceField.KoreanName)));
        }

        [Fact]
        public void A_user_spelling_with_higher_priority_changes_the_name_but_not_the_identity()
        {
            var model = WithDefaults(DataFileReader.Read("rr.md", File.ReadAllText(RepoPaths.Fixture("Names", "rr.md")), priority: 10));

            var hamhung = Assert.Single(model.Cities, c => c.IdentityName == "Hamhung");
            Assert.Equal("Hamheung", hamhung.Name);
            Assert.Contains("Hamhung", hamhung.OtherNames);
            Assert.Contains("Hamhŭng", hamhung.OtherNames);
            Assert.Contains("함흥", hamhung.OtherNames);
            Assert.Contains("함흥시", hamhung.OtherNames);
            Assert.Contains("咸興市", hamhung.OtherNames);
            Assert.DoesNotContain("Hamheung", hamhung.OtherNames);
            var southHamgyong = Assert.Single(model.Provinces, p => p.IdentityName == "South Hamgyong");
            Assert.Contains("Hamhung", southHamgyong.CityNames);
            Assert.Contains("Hamgyŏng-namdo", southHamgyong.OtherNames);
            Assert.Contains("함경남도", southHamgyong.OtherNames);
        }

        [Fact]
        public void A_genuinely_new_city_is_kept()
        {
            var model = WithDefaults(Read("new.md", "| City | Province |\n| Gilju | Hamgyeongbuk-do |\n| Hamheung | Hamgyeongnam-do |\n"));

            Assert.Equal(29, model.Cities.Count);
            Assert.Contains(model.Cities, c => c.Name == "Gilju");
            Assert.Contains("Gilju", Assert.Single(model.Provinces, p => p.IdentityName == "North Hamgyong").CityNames);
        }

        [Fact]
        public void Two_places_with_different_Hangul_stay_apart_whatever_their_romanization()
        {
            var model = ModelBuilder.Build(new[]
            {
                Read("a.md", "| City | Chosŏn'gŭl |\n| Unsan | 운산군 |\n"),
                Read("b.md", "| City | Chosŏn'gŭl |\n| Unsan | 은산군 |\n"),
            });

            Assert.Equal(2, model.Cities.Count);
            Assert.Equal(new[] { "Unsan", "Unsan (2)" }, model.Cities.Select(c => c.IdentityName).OrderBy(n => n).ToArray());
        }

        [Fact]
        public void Same_Hangul_with_different_romanized_names_merges_and_the_losing_name_is_NKG1001_at_the_name()
        {
            var model = WithDefaults(Read("user.md", HamhungTable + "| Hamheung | 함흥시 | South Hamgyong |\n"));

            var hamhung = Assert.Single(model.Cities, c => c.IdentityName == "Hamhung");
            Assert.Equal("Hamhung", hamhung.Name);
            var problem = Assert.Single(model.Problems, p => p.Span.File == "user.md");
            Assert.Equal(ProblemKind.SourceDisagreement, problem.Kind);
            Assert.Equal((2, 3), (problem.Span.Line, problem.Span.Column));
            Assert.Contains("Hamhung name: 'Hamheung' in user.md user.md(2,3) disagrees with 'Hamhung'", problem.Message);
        }

        [Fact]
        public void A_spelling_that_fits_two_places_joins_the_first_and_is_NKG1002_naming_the_other()
        {
            var model = ModelBuilder.Build(new[]
            {
                Read("a.md", "| City | Chosŏn'gŭl |\n| Unsan | 운산군 |\n"),
                Read("b.md", "| City | Province |\n| Unsan | North Pyongan |\n"),
                Read("c.md", "| City | Chosŏn'gŭl |\n| Ŭnsan | 은산군 |\n"),
            });

            Assert.Equal(2, model.Cities.Count);
            var problem = Assert.Single(model.Problems, p => p.Kind == ProblemKind.LooseNameMatch);
            Assert.Equal(("b.md", 2, 3), (problem.Span.File, problem.Span.Line, problem.Span.Column));
            Assert.Contains("'Unsan' in b.md b.md(2,3) was taken to be 'Unsan' in a.md a.md(2,3), but its spelling fits 'Ŭnsan' in c.md c.md(2,3)", problem.Message);
        }

        [Fact]
        public void A_join_made_only_by_the_loose_key_is_an_NKG1002_warning_naming_both_rows()
        {
            var model = ModelBuilder.Build(new[]
            {
                Read("a.md", "| City | Province |\n| Seonbong | North Hamgyong |\n"),
                Read("b.md", "| City | Province |\n| Sonbong | North Hamgyong |\n"),
            });

            var city = Assert.Single(model.Cities);
            Assert.Equal(2, city.NameSources.Count);
            var problem = Assert.Single(model.Problems, p => p.Kind == ProblemKind.LooseNameMatch);
            Assert.Equal(("b.md", 2, 3), (problem.Span.File, problem.Span.Line, problem.Span.Column));
            Assert.Contains("'Sonbong' in b.md b.md(2,3) was taken to be 'Seonbong' in a.md a.md(2,3)", problem.Message);
            Assert.Contains("add the Hangul to confirm", problem.Message);
        }

        [Fact]
        public void The_loose_key_never_joins_two_rows_of_one_file_nor_a_row_with_Hangul()
        {
            var oneFile = ModelBuilder.Build(new[] { Read("a.md", "| City | Province |\n| Seonbong | North Hamgyong |\n| Sonbong | North Hamgyong |\n") });
            var withHangul = ModelBuilder.Build(new[]
            {
                Read("b.md", "| City | Chosŏn'gŭl |\n| Sonbong | 선봉 |\n"),
                Read("c.md", "| City | Province |\n| Sonpong | North Hamgyong |\n"),
            });

            Assert.Equal(2, oneFile.Cities.Count);
            Assert.Equal(2, withHangul.Cities.Count);
            Assert.DoesNotContain(oneFile.Problems.Concat(withHangul.Problems), p => p.Kind == ProblemKind.LooseNameMatch);
        }

        [Theory]
        [InlineData("South Hamgyeong")]
        [InlineData("Hamgyŏng-namdo")]
        [InlineData("Hamgyongnam-do")]
        [InlineData("S. Hamgyong")]
        [InlineData("Hamgyong-N")]
        [InlineData("Hamgyong N")]
        [InlineData("함경남도")]
        [InlineData("咸鏡南道")]
        [InlineData("Süd-Hamgyŏng")]
        [InlineData("South Hamgyong Province")]
        [InlineData("Hamgyeongnam-do")]
        [InlineData("Hamgyongnam")]
        [InlineData("Hamkyŏng-namdo")]
        public void Every_spelling_of_South_Hamgyong_resolves_to_the_one_province(string spelling)
        {
            var model = WithDefaults(Read("user.md", $"| City | Province |\n| Hamhung | {spelling} |\n"));

            Assert.Equal(9, model.Provinces.Count);
            Assert.Contains("Hamhung", Assert.Single(model.Provinces, p => p.IdentityName == "South Hamgyong").CityNames);
            Assert.DoesNotContain(model.Problems, p => p.Kind == ProblemKind.UnknownProvince);
        }

        [Theory]
        [InlineData("Hamgyong-P")]
        [InlineData("Hamgyong-B")]
        [InlineData("N. Hamgyong")]
        [InlineData("Hamgyŏng-pukto")]
        [InlineData("Hamgyeongbuk-do")]
        [InlineData("Nord-Hamgyŏng")]
        [InlineData("함경북도")]
        [InlineData("Hamgyongpuk")]
        [InlineData("Hamkyŏng-pukto")]
        public void North_is_puk_buk_or_a_leading_N(string spelling)
        {
            var model = WithDefaults(Read("user.md", $"| City | Province |\n| Kilju | {spelling} |\n"));

            Assert.Equal(9, model.Provinces.Count);
            Assert.Contains("Kilju", Assert.Single(model.Provinces, p => p.IdentityName == "North Hamgyong").CityNames);
        }

        [Fact]
        public void An_unknown_province_is_NKG2011_where_it_stands_and_is_kept()
        {
            var model = WithDefaults(Read("user.md", "| City | Province |\n| Kilju | North Hamgyng |\n"));

            var problem = Assert.Single(model.Problems, p => p.Kind == ProblemKind.UnknownProvince);
            Assert.Equal(("user.md", 2, 11), (problem.Span.File, problem.Span.Line, problem.Span.Column));
            Assert.Contains("'North Hamgyng' is none of North Korea's nine provinces", problem.Message);
            Assert.Equal(10, model.Provinces.Count);
        }

        [Fact]
        public void An_unknown_province_is_reported_once_per_spelling_and_file_with_the_count_of_its_other_rows()
        {
            var model = ModelBuilder.Build(new[] { Read("user.md", "| City | Province |\n| Kilju | Hamgyng |\n| Musan | Hamgyng |\n| Onsong | Hamgyng |\n") });

            var problem = Assert.Single(model.Problems, p => p.Kind == ProblemKind.UnknownProvince);
            Assert.Equal(2, problem.Span.Line);
            Assert.EndsWith("(2 more rows of this file write it so)", problem.Message);
            Assert.Equal(3, Assert.Single(model.Provinces).CityNames.Count);
        }

        [Fact]
        public void A_spelling_that_fits_one_of_the_nine_only_loosely_joins_it_as_an_NKG1002_once_per_spelling_and_file()
        {
            var model = WithDefaults(Read("user.md", "| City | Province |\n| Kilju | Hamkyŏng-pukto |\n| Musan | Hamkyŏng-pukto |\n| Onsong | Hamgyong-pukto |\n"));

            Assert.Equal(9, model.Provinces.Count);
            Assert.Equal(new[] { "Chongjin", "Hoeryong", "Kilju", "Kimchaek", "Musan", "Onsong" }, Assert.Single(model.Provinces, p => p.IdentityName == "North Hamgyong").CityNames);
            var guess = Assert.Single(model.Problems, p => p.Span.File == "user.md" && p.Kind == ProblemKind.LooseNameMatch);
            Assert.Equal((ProblemKind.LooseNameMatch, 2, 11), (guess.Kind, guess.Span.Line, guess.Span.Column));
            Assert.StartsWith("Province 'Hamkyŏng-pukto' was taken to be North Hamgyong (함경북도) only because", guess.Message);
            Assert.EndsWith("(1 more row of this file writes it so)", guess.Message);
        }

        [Theory]
        [InlineData("Kangnam")]
        [InlineData("Kwanbuk")]
        public void A_bare_direction_after_a_name_that_is_no_divided_province_is_still_unknown(string spelling)
        {
            var model = WithDefaults(Read("user.md", $"| City | Province |\n| Kilju | {spelling} |\n"));

            Assert.Contains($"'{spelling}' is none of North Korea's nine provinces", Assert.Single(model.Problems, p => p.Kind == ProblemKind.UnknownProvince).Message);
            Assert.Equal(10, model.Provinces.Count);
        }

        [Fact]
        public void A_province_abbreviated_by_one_table_keeps_the_name_the_other_sources_write()
        {
            // The user's file sorts before the package's, so the first spelling in file order is the abbreviation.
            var model = WithDefaults(Read("/user.md", "| City | Province |\n| Chongjin | N. Hamgyong |\n| Hoeryong | N. Hamgyong |\n"));

            Assert.Equal("North Hamgyong", Assert.Single(model.Provinces, p => p.IdentityName == "North Hamgyong").Name);
        }

        [Fact]
        public void The_built_in_member_name_does_not_change_when_a_user_table_spells_it_otherwise()
        {
            var reading = DataFileReader.Read("user.md", HamhungTable + "| Hamheung | 함흥시 | South Hamgyeong |\n", priority: 10);
            var result = NkGen.Generator.Emit.CodeEmitter.Emit(WithDefaults(reading), NkGen.Generator.Emit.EmitOptions.Default);

            var cities = result.Files.Single(f => f.HintName == "Cities.g.cs").Text;
            Assert.Contains("public static global::NkGen.City Hamhung => __nkgenTable[", cities);
            // The displayed name follows precedence; the province is the built-in one (its row in Provinces.g.cs).
            var provinces = result.Files.Single(f => f.HintName == "Provinces.g.cs").Text;
            var southHamgyong = System.Text.RegularExpressions.Regex.Match(provinces, @"Province SouthHamgyong => __nkgenTable\[(\d+)\]").Groups[1].Value;
            Assert.Matches(@"\nHamhung\|Hamheung\|함흥시\|[^|]*\|[^|]*\|0\|" + southHamgyong + @"\|", cities);
        }

        [Fact]
        public void The_known_provinces_are_the_provinces_of_the_default_names_file()
        {
            var reading = DefaultReadings.All.Single(r => r.Reading.File.EndsWith("003_names.txt", System.StringComparison.Ordinal)).Reading;
            var fromFile = reading.Provinces.Select(p => (p.Name,
                ((TextValue)p.Facts.Single(f => f.Field == ProvinceField.KoreanName).Value).Text,
                ((TextValue)p.Facts.Single(f => f.Field == ProvinceField.Hancha).Value).Text));
            Assert.Equal(NkGen.Generator.Model.Names.KnownProvinces.All, fromFile.ToArray());
        }

        /// <summary>The package's guide lists Pyongyang among its regions; that row is a contradiction with or without any user table.</summary>
        private static bool IsSeedContradiction(DataProblem problem) => DefaultReadings.IsDefaultFile(problem.Span.File);

        private static DataModel WithDefaults(PrioritizedReading reading) => ModelBuilder.Build(DefaultReadings.All.Append(reading));

        private static PrioritizedReading Fixture(string name) => Read(name, File.ReadAllText(RepoPaths.Fixture("Names", name)));

        private static PrioritizedReading Read(string path, string text) => DataFileReader.Read(path, text, priority: 0);
    }
}
