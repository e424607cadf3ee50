using System.Linq;
using Microsoft.CodeAnalysis;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>The package's own tables, generated, compiled and loaded: the facts the issue expects from the seeds.</summary>
    public class DefaultDataTests
    {
        private static readonly GenerationResult Result = new GeneratorHarness().Run();
        private static readonly Generated Api = new(Result.Load());

        [Fact]
        public void The_generator_does_not_throw_and_the_output_compiles_with_no_warning()
        {
            Assert.DoesNotContain(Result.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.Empty(Result.CompilationDiagnostics);
            Assert.Equal(new[] { "Cities.g.cs", "Provinces.g.cs", "SpecialCities.g.cs" }, Result.Sources.Keys.OrderBy(k => k).ToArray());
        }

        [Fact]
        public void Twenty_eight_cities_nine_provinces_four_first_level_cities()
        {
            Assert.Equal(28, Api.Cities.Count);
            Assert.Equal(
                new[] { "Chagang", "Kangwon", "North Hamgyong", "North Hwanghae", "North Pyongan", "Ryanggang", "South Hamgyong", "South Hwanghae", "South Pyongan" },
                Api.Provinces.Select(p => p.Name).ToArray());
            Assert.Equal(new[] { "Kaesong", "Nampo", "Pyongyang", "Rason" }, Api.SpecialCities.Select(c => c.Name).ToArray());
        }

        [Fact]
        public void First_level_cities_have_their_statuses_and_no_province()
        {
            Assert.Equal(AdministrativeStatus.DirectlyGovernedCity, Api.City("Pyongyang").Status);
            Assert.Equal(AdministrativeStatus.SpecialCity, Api.City("Rason").Status);
            Assert.Equal(AdministrativeStatus.SpecialCity, Api.City("Nampo").Status);
            Assert.Equal(AdministrativeStatus.SpecialCity, Api.City("Kaesong").Status);
            Assert.All(Api.SpecialCities, c => Assert.Null(c.Province));
            Assert.Equal("South Pyongan", Api.City("Pyongyang").RelatedProvince!.Name);
        }

        [Fact]
        public void Hamhung_and_Pyongyang_have_the_census_figures()
        {
            var hamhung = Api.City("Hamhung");
            Assert.Equal(768551, hamhung.Population);
            Assert.Equal("South Hamgyong", hamhung.Province!.Name);
            Assert.Equal("함흥시", hamhung.KoreanName);
            Assert.Equal("咸興市", hamhung.Hancha);
            Assert.Equal(3255288, Api.City("Pyongyang").Population);
            Assert.Equal(new PartialDate(1946, 9), Api.City("Pyongyang").Founded);
            Assert.Equal(new PartialDate(1987, 8), Api.City("Anju").Founded);
            Assert.Equal(new PartialDate(1945, 9, 2), Api.City("Haeju").Founded);
        }

        [Fact]
        public void Defunct_special_city_statuses_are_members_outside_All_with_the_attribute()
        {
            var type = Api.Type("SpecialCities");
            var chongjin = type.GetProperty("Chongjin")!;
            var attribute = (DefunctSpecialCityAttribute)chongjin.GetCustomAttributes(typeof(DefunctSpecialCityAttribute), false).Single();
            Assert.Equal(("Chongjin", 1985, "North Hamgyong", "1960–1967, 1977–1985", "Cities.Chongjin"),
                (attribute.City, attribute.EndedYear, attribute.AbsorbedInto, attribute.Years, attribute.Replacement));
            var hamhung = (DefunctSpecialCityAttribute)type.GetProperty("Hamhung")!.GetCustomAttributes(typeof(DefunctSpecialCityAttribute), false).Single();
            Assert.Equal((1967, "South Hamgyong", "1960–1967"), (hamhung.EndedYear, hamhung.AbsorbedInto, hamhung.Years));
            Assert.Same(Api.City("Chongjin"), chongjin.GetValue(null));
            Assert.DoesNotContain(Api.SpecialCities, c => c.Name is "Chongjin" or "Hamhung");
            Assert.Single(Api.Type("Cities").GetProperty("Chongjin")!.GetCustomAttributes(typeof(FormerSpecialCityAttribute), false));
        }

        [Fact]
        public void Status_history_answers_questions_about_the_past()
        {
            var chongjin = Api.City("Chongjin");
            Assert.Equal(AdministrativeStatus.SpecialCity, chongjin.StatusOn(1980));
            Assert.Equal(AdministrativeStatus.City, chongjin.StatusOn(1970));
            Assert.Equal(AdministrativeStatus.City, chongjin.StatusOn(2020));
            Assert.Equal(AdministrativeStatus.SpecialCity, Api.City("Hamhung").StatusOn(1960));
            Assert.Equal(AdministrativeStatus.City, Api.City("Hamhung").StatusOn(1967));
            Assert.Null(chongjin.StatusOn(1900));
        }

        [Fact]
        public void Provinces_know_their_cities_and_cities_their_province()
        {
            var southHamgyong = Api.Member<Province>("Provinces", "SouthHamgyong");
            Assert.Equal(new[] { "Hamhung", "Sinpo", "Tanchon" }, southHamgyong.Cities.Select(c => c.Name).ToArray());
            Assert.Same(southHamgyong, Api.City("Hamhung").Province);
            Assert.Same(Api.City("Hamhung"), southHamgyong.MajorCity);
            Assert.Equal("industrial, coastal", southHamgyong.Character);
            Assert.Equal(24, Api.Provinces.Sum(p => p.Cities.Count));
        }

        [Theory]
        [InlineData("Cities", "hamhung", "Hamhung")]
        [InlineData("Cities", "HAMHUNG", "Hamhung")]
        [InlineData("Cities", "함흥시", "Hamhung")]
        [InlineData("Cities", "咸興市", "Hamhung")]
        [InlineData("Cities", "평양직할시", "Pyongyang")]
        [InlineData("SpecialCities", "rason", "Rason")]
        public void TryGet_finds_any_name_ignoring_case(string type, string name, string expected)
        {
            var (found, city) = Api.TryGet<City>(type, name);
            Assert.True(found);
            Assert.Equal(expected, city!.Name);
        }

        [Fact]
        public void TryGet_does_not_find_defunct_special_cities_or_unknown_names()
        {
            Assert.False(Api.TryGet<City>("SpecialCities", "Hamhung").Found);
            Assert.False(Api.TryGet<City>("Cities", "Seoul").Found);
            Assert.True(Api.TryGet<Province>("Provinces", "south hamgyong").Found);
        }

        [Fact]
        public void Every_city_has_sources_traceable_to_file_and_line()
        {
            Assert.All(Api.Cities, c => Assert.NotEmpty(c.Sources));
            var hamhung = Api.City("Hamhung").Sources;
            Assert.Contains(hamhung, s => s.File == "001_409756564114b8c5.txt" && s.Line == 24 && s.Document == "List of cities in North Korea");
            Assert.Contains(hamhung, s => s.File == "002_9f86aa84e4a8ddfe.txt" && s.Line == 37);
        }

        [Fact]
        public void Hover_docs_show_the_facts_as_the_tables_write_them()
        {
            var cities = Result.Sources["Cities.g.cs"];
            Assert.Contains("/// <summary><para>Hamhung (함흥시, 咸興市): city in South Hamgyong province.</para>", cities);
            Assert.Contains("/// <para>Also written: Hamhŭng, Hamheung, 함흥, 咸興.</para>", cities);
            Assert.Contains("Population 768,551 (2008 census); founded 1967", cities);
            Assert.Contains("List of cities in North Korea (001_409756564114b8c5.txt, line 24)", cities);
        }

        [Fact]
        public void The_package_tables_report_nothing_above_info()
        {
            Assert.DoesNotContain(Result.GeneratorDiagnostics, d => d.Severity > DiagnosticSeverity.Info);
        }
    }
}
