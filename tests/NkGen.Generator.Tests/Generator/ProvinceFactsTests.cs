using System.Linq;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>
    /// A table of first-level divisions gives its province rows the figures it gives its cities: population, area,
    /// density, seat, ISO code and region reach <c>Province</c> and its documentation, and two sources of one province's
    /// population are chosen between and reported as a city's are.
    /// </summary>
    public sealed class ProvinceFactsTests
    {
        private const string Divisions = """
            = Administrative divisions of North Korea =

            ==Provinces==
            | Name | Chosŏn'gŭl | Hancha | Type | ISO | Population (2008) | Area (km²) | Density (/km²) | Capital | Region |
            | South Hamgyong | 함경남도 | 咸鏡南道 | Province | KP-08 | 3,066,013 | 18,534 | 165 | Hamhung | Kwannam |
            | North Hamgyong Province | 함경북도 | 咸鏡北道 | Province | KP-09 | 2,327,362 | 15,980 | 146 | Chongjin[a] | Kwanbuk |
            | Rason | 라선특별시 | 羅先特別市 | Special city | KP-13 | 196,954 | 746 | 264 | Rajin-guyok | Kwanbuk |
            """;

        private static GenerationResult Generate(params (string Path, string Text, int Priority)[] files)
        {
            var harness = new GeneratorHarness();
            foreach (var (path, text, priority) in files) harness.DataFile(path, text, priority);
            return harness.Run();
        }

        [Fact]
        public void Population_area_density_seat_and_codes_reach_the_province()
        {
            var result = Generate(("/p/divisions.md", Divisions, 0));
            Assert.Empty(result.CompilationDiagnostics);
            Assert.Empty(result.Data("NKG2010"));
            var api = new Generated(result.Load());

            var north = api.Member<Province>("Provinces", "NorthHamgyong");
            Assert.Equal((2327362, 15980d, 146d, "Chongjin", "KP-09", "Kwanbuk"), (north.Population, north.Area, north.Density, north.Capital, north.IsoCode, north.Region));
            Assert.Equal(("함경북도", "咸鏡北道"), (north.KoreanName, north.Hancha));
            Assert.Contains(north.Sources, s => s.File == "divisions.md" && s.Line == 6);
            // The city row beside them keeps its own figures; a province the table does not describe has none.
            Assert.Equal(196954, api.City("Rason").Population);
            var chagang = api.Member<Province>("Provinces", "Chagang");
            Assert.Equal((null, null, null, null), (chagang.Population, chagang.Area, chagang.Capital, chagang.IsoCode));
            Assert.Equal("자강도", chagang.KoreanName);
        }

        [Fact]
        public void The_province_member_documents_its_figures()
        {
            var source = Generate(("/p/divisions.md", Divisions, 0)).Sources["Provinces.g.cs"];

            Assert.Contains("/// <summary><para>South Hamgyong (함경남도, 咸鏡南道) province: 3 cities (Hamhung, Sinpo, Tanchon).</para>", source);
            Assert.Contains("/// <para>Population 3,066,013 (2008 census); ISO KP-08; area 18,534 km²; density 165 per km²; seat Hamhung; region Kwannam.</para>", source);
            Assert.Contains("Sources: Administrative divisions of North Korea (divisions.md, line 5)", source);
        }

        [Fact]
        public void Two_sources_of_a_province_population_are_chosen_between_and_reported()
        {
            const string estimate = """
                = Province estimates =

                | Province | Population |
                | South Hamgyong | 2,950,123 |
                """;
            var result = Generate(("/p/divisions.md", Divisions, 0), ("/p/estimates.md", estimate, 5));
            var api = new Generated(result.Load());

            // The higher priority wins, as for a city; the census figure it overrides is reported where it stands.
            Assert.Equal(2950123, api.Member<Province>("Provinces", "SouthHamgyong").Population);
            var disagreement = Assert.Single(result.Data("NKG1001"), d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith("South Hamgyong", System.StringComparison.Ordinal));
            var message = disagreement.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith("South Hamgyong population: '3,066,013' in Administrative divisions of North Korea divisions.md(5,", message);
            Assert.Contains("disagrees with '2,950,123' in Province estimates estimates.md(4,", message);
            Assert.Contains("which was chosen (higher source priority)", message);
            Assert.Equal(("/p/divisions.md", 4), (disagreement.Location.GetLineSpan().Path, disagreement.Location.GetLineSpan().StartLinePosition.Line));
            Assert.Empty(result.Data("NKG2010"));
        }

        [Fact]
        public void A_korean_table_names_its_provinces_in_chosongul_and_they_keep_that_name()
        {
            const string table = """
                = 조선민주주의인민공화국의 행정 구역 =

                | 행정구역 | 한자 | 면적 (km²) | 인구 (2008년) | 도청 소재지 |
                | 평안남도 | 平安南道 | 12,330 | 4,051,696 | 평성시 |
                | 평양직할시 | 平壤直轄市 | 2,000 | 3,255,288 | 중구역 |
                """;
            var result = new GeneratorHarness().Property("NkGenIncludeDefaultData", "false").DataFile("/p/행정구역.md", table).Run();
            Assert.Empty(result.CompilationDiagnostics);
            Assert.Empty(result.GeneratorDiagnostics);

            var southPyongan = new Generated(result.Load()).Member<Province>("Provinces", "SouthPyongan");
            Assert.Equal(("South Pyongan", "평안남도", "平安南道", 4051696, "평성시"), (southPyongan.Name, southPyongan.KoreanName, southPyongan.Hancha, southPyongan.Population, southPyongan.Capital));
            Assert.Contains("/// <summary><para>South Pyongan (평안남도, 平安南道) province: 0 cities.</para>", result.Sources["Provinces.g.cs"]);
        }

        [Fact]
        public void A_province_figure_that_is_no_figure_is_reported_at_its_cell()
        {
            const string table = """
                = Provinces =

                | Province | Capital | Population |
                | Chagang | Kanggye | about a million people |
                """;
            var result = Generate(("/p/provinces.md", table, 0));

            var unreadable = Assert.Single(result.Data("NKG2003"));
            Assert.Equal((3, 22), (unreadable.Location.GetLineSpan().StartLinePosition.Line, unreadable.Location.GetLineSpan().StartLinePosition.Character));
            Assert.Contains("The population of Chagang is 'about a million people'", unreadable.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            var chagang = new Generated(result.Load()).Member<Province>("Provinces", "Chagang");
            Assert.Equal(("Kanggye", null), (chagang.Capital, chagang.Population));
        }
    }
}
