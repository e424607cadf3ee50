using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace NkGen.Ide.Tests
{
    /// <summary>What a user sees in the completion list and hover, through Roslyn's own IDE services.</summary>
    public class CompletionTests
    {
        private static readonly string[] SeedCities =
        {
            "Anju", "Chongjin", "Chongju", "Haeju", "Hamhung", "Hoeryong", "Huichon", "Hyesan", "Kaechon", "Kaesong",
            "Kanggye", "Kimchaek", "Kusong", "Manpo", "Munchon", "Nampo", "Pyongsong", "Pyongyang", "Rason", "Sariwon",
            "Samjiyon", "Sinpo", "Sinuiju", "Songrim", "Sunchon", "Tokchon", "Tanchon", "Wonsan",
        };

        private const string AfterCitiesDot = "using NkGen;\nclass C\n{\n    void M()\n    {\n        var city = Cities.$$\n    }\n}\n";

        private const string OwnTable = "= My cities =\n\n| City | Province | Population |\n| Sinanju | South Pyongan | 74,000 |\n";

        [Fact]
        public async Task After_Cities_dot_the_list_offers_every_city()
        {
            using var project = new IdeProject(AfterCitiesDot);
            var names = (await project.CompletionsAsync()).Select(i => i.DisplayText).ToHashSet();
            Assert.Equal(28, SeedCities.Length);
            Assert.All(SeedCities, city => Assert.Contains(city, names));
            Assert.Contains("All", names);
            Assert.Contains("TryGet", names);
        }

        [Fact]
        public async Task The_description_of_Hamhung_comes_from_the_generated_docs()
        {
            using var project = new IdeProject(AfterCitiesDot);
            var description = await project.DescriptionAsync("Hamhung");
            Assert.Contains("768,551", description);
            Assert.Contains("South Hamgyong", description);
            Assert.Contains("city in South Hamgyong province", description);
            // Only the XML docs say where the figure comes from.
            Assert.Contains("2008 census", description);
        }

        [Fact]
        public async Task Hovering_Cities_Hamhung_shows_its_population_province_and_status()
        {
            using var project = new IdeProject("using NkGen;\nclass C\n{\n    object M() => Cities.Ham$$hung;\n}\n");
            var quickInfo = await project.QuickInfoAsync();
            Assert.Contains("Hamhung", quickInfo);
            Assert.Contains("768,551", quickInfo);
            Assert.Contains("South Hamgyong", quickInfo);
            Assert.Contains("Special city 1960–1967", quickInfo);
        }

        [Fact]
        public async Task Hovering_a_first_level_city_shows_its_status()
        {
            using var project = new IdeProject("using NkGen;\nclass C\n{\n    object M() => SpecialCities.Pyong$$yang;\n}\n");
            var quickInfo = await project.QuickInfoAsync();
            Assert.Contains("3,255,288", quickInfo);
            Assert.Contains("directly governed city", quickInfo);
        }

        [Fact]
        public async Task Hovering_a_province_shows_its_korean_names_figures_and_cities()
        {
            const string provinces = "= Provinces =\n\n| Province | Chosŏn'gŭl | Capital | Population (2008) | ISO |\n| South Hamgyong | 함경남도 | Hamhung | 3,066,013 | KP-08 |\n";
            using var project = new IdeProject("using NkGen;\nclass C\n{\n    object M() => Provinces.SouthHam$$gyong;\n}\n", withNkGen: true, ("provinces.md", provinces));
            var quickInfo = await project.QuickInfoAsync();
            Assert.Contains("South Hamgyong (함경남도, 咸鏡南道) province", quickInfo);
            Assert.Contains("Population 3,066,013 (2008 census)", quickInfo);
            Assert.Contains("seat Hamhung", quickInfo);
            Assert.Contains("Hamhung, Sinpo, Tanchon", quickInfo);
        }

        [Fact]
        public async Task Editing_a_data_file_changes_the_list()
        {
            using var project = new IdeProject(AfterCitiesDot, withNkGen: true, ("my-cities.md", OwnTable));
            Assert.Contains("Sinanju", (await project.CompletionsAsync()).Select(i => i.DisplayText));

            await project.EditAndSaveDataFileAsync("my-cities.md", OwnTable.Replace("Sinanju", "Anak"), "City Anak =");
            project.TypeAtEnd("// back in the code\n");
            var names = (await project.CompletionsAsync()).Select(i => i.DisplayText).ToList();
            Assert.Contains("Anak", names);
            Assert.DoesNotContain("Sinanju", names);
            Assert.Contains("Hamhung", names);
        }

        [Fact]
        public async Task The_generated_code_compiles_cleanly_in_the_ide_project()
        {
            using var project = new IdeProject("using NkGen;\nclass C\n{\n    /// <summary>The city.</summary>\n    public static object M() => Cities.Hamhung$$;\n}\n");
            var problems = (await project.DiagnosticsAsync()).Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
            Assert.Empty(problems);
        }

        [Fact]
        public async Task Without_the_package_there_is_no_Cities_class()
        {
            using var project = new IdeProject(AfterCitiesDot, withNkGen: false);
            Assert.DoesNotContain("Hamhung", (await project.CompletionsAsync()).Select(i => i.DisplayText));
        }
    }
}
