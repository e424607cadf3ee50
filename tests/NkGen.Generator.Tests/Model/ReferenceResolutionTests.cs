using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>The Model resolves every reference between entities (a city's province, a province's major city), or reports it.</summary>
    public sealed class ReferenceResolutionTests
    {
        private static DataModel Build(string path, string text) =>
            ModelBuilder.Build(DefaultReadings.All.Append(DataFileReader.Read(path, text, 0)));

        [Fact]
        public void A_city_province_written_in_another_romanization_resolves_to_the_built_in_province()
        {
            var model = Build("/p/mine.md", "= Mine =\n| City | Province | Population |\n| Sinpo | Hamgyŏng-namdo | 152,759 |\n| Kilju | 함경북도 | 139,932 |\n");

            Assert.Equal("South Hamgyong", model.Cities.Single(c => c.Name == "Sinpo").ProvinceIdentity);
            Assert.Equal("North Hamgyong", model.Cities.Single(c => c.Name == "Kilju").ProvinceIdentity);
            Assert.Equal("South Pyongan", model.Cities.Single(c => c.Name == "Pyongyang").RelatedProvinceIdentity);
            Assert.Equal(9, model.Provinces.Count);
        }

        [Fact]
        public void A_major_city_in_another_spelling_is_linked_and_one_that_names_no_city_is_reported_at_its_cell()
        {
            var model = Build("/p/regions.md",
                "= Regions =\n| Region | Character | Major City |\n| South Hamgyong | industrial | Hamhŭng |\n| Chagang | mountainous | Nowhereville |\n");

            Assert.Equal("Hamhung", model.Provinces.Single(p => p.Name == "South Hamgyong").MajorCityIdentity);
            Assert.Null(model.Provinces.Single(p => p.Name == "Chagang").MajorCityIdentity);
            var problem = Assert.Single(model.Problems, p => p.Message.Contains("major city 'Nowhereville'"));
            Assert.Equal(ProblemKind.SourceDisagreement, problem.Kind);
            Assert.Equal(("/p/regions.md", 4), (problem.Span.File, problem.Span.Line));
            Assert.Contains("is none of the cities in the tables", problem.Message);
        }
    }
}
