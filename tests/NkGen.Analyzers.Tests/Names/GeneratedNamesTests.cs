using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using NkGen.Generator.Analyzers;
using Xunit;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>
    /// The names come from what the generator emitted for this compilation: the built-in tables' spellings, and a city
    /// a user table adds. The analyzer has no list of its own.
    /// </summary>
    public sealed class GeneratedNamesTests
    {
        private const string Consumer = """
            using NkGen;

            public static class Consumer
            {
                public static object[] Uses(City city) => new object[]
                {
                    Cities.TryGet("Hamhng", out _),
                    Cities.TryGet("함흥시", out _),
                    city.Name == "Chongjin",
                    Provinces.TryGet("South Hamgyong", out _),
                    SpecialCities.TryGet("Chongjin", out _),
                    Cities.TryGet("Kilju", out _),
                    Cities.TryGet(nameof(Cities.Hamhung), out _),
                };
            }
            """;

        [Fact]
        public async Task The_built_in_tables_names_are_checked()
        {
            Assert.Equal(
                new[]
                {
                    "Consumer.cs(7,23): warning NKG0003: No city is named 'Hamhng' in the NkGen tables; did you mean Hamhung?",
                    "Consumer.cs(8,23): info NKG0002: '함흥시' names the city Hamhung; use Cities.Hamhung",
                    "Consumer.cs(9,22): info NKG0002: 'Chongjin' names the city Chongjin; compare with Cities.Chongjin",
                    "Consumer.cs(10,26): info NKG0002: 'South Hamgyong' names the province South Hamgyong; use Provinces.SouthHamgyong",
                    "Consumer.cs(12,23): warning NKG0003: No city is named 'Kilju' in the NkGen tables",
                },
                await GeneratedBuild.Diagnostics(Consumer, new ConstantNameAnalyzer()));
        }

        [Fact]
        public async Task A_name_with_a_city_unit_is_the_citys_as_trygets_finds_it()
        {
            const string source = """
                using NkGen;

                public static class Consumer
                {
                    public static object[] Uses(City city) => new object[]
                    {
                        Cities.TryGet("Chongjin City", out _),
                        city.Name == "Hamhung-si",
                    };
                }
                """;

            Assert.Equal(
                new[]
                {
                    "Consumer.cs(7,23): info NKG0002: 'Chongjin City' names the city Chongjin; use Cities.Chongjin",
                    "Consumer.cs(8,22): warning NKG0003: No city is named 'Hamhung-si' in the NkGen tables; did you mean Hamhung? (Name holds only the city's own name)",
                },
                await GeneratedBuild.Diagnostics(source, new ConstantNameAnalyzer()));
        }

        [Fact]
        public async Task A_city_from_a_user_table_is_a_valid_name()
        {
            const string table = """
                = County seats of North Hamgyong (2008 census) =

                ==Counties==
                | City | Province | Population |
                | Kilju | North Hamgyong | 139,932 |
                """;

            var diagnostics = await GeneratedBuild.Diagnostics(Consumer, new ConstantNameAnalyzer(), ("/data/my-cities.md", table));

            Assert.Contains("Consumer.cs(12,23): info NKG0002: 'Kilju' names the city Kilju; use Cities.Kilju", diagnostics);
            Assert.DoesNotContain(diagnostics, d => d.Contains("'Kilju' in the NkGen tables"));
        }
    }
}
