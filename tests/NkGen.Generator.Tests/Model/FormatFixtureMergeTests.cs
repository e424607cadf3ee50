using System.IO;
using System.Linq;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Model
{
    /// <summary>
    /// The built-in cities as other sources write them, in every format, merged with the package's own tables: every row
    /// is one of the 28 built-in cities with its population, and nothing new appears.
    /// </summary>
    public sealed class FormatFixtureMergeTests
    {
        public static TheoryData<string> Fixtures() => new() { "cities.csv", "cities-semicolon.csv", "cities.tsv", "cities.md", "cities.wiki", "cities.json" };

        [Theory]
        [MemberData(nameof(Fixtures))]
        public void Every_row_joins_a_built_in_city_with_its_population(string fixture)
        {
            var path = "/p/" + fixture;
            var reading = DataFileReader.Read(path, File.ReadAllText(RepoPaths.Fixture("Formats", fixture)), priority: 10);
            var model = ModelBuilder.Build(DefaultReadings.All.Append(reading));

            Assert.Equal(28, reading.Reading.Cities.Count);
            Assert.Equal(28, model.Cities.Count);
            Assert.Equal(9, model.Provinces.Count);
            Assert.DoesNotContain(reading.Reading.Problems, p => p.Kind != ProblemKind.SourceDisagreement);
            Assert.DoesNotContain(model.Problems, p => p.Span.File == path && p.Kind is not ProblemKind.SourceDisagreement);
            // Every city's population comes from this file (priority 10), and every fixture gives them.
            Assert.Equal(28, reading.Reading.Cities.Count(r => r.Facts.Any(f => f.Field == CityField.Population)));
            foreach (var row in reading.Reading.Cities.Where(r => r.Facts.Any(f => f.Field == CityField.Population)))
            {
                var written = row.Facts.First(f => f.Field == CityField.Population).Value;
                var city = Assert.Single(model.Cities, c => c.NameSources.Any(s => s.File == path && s.Line == row.NameSpan.Line));
                Assert.Equal(((PopulationValue)written).Figure.Value, ((PopulationValue)city.Get(CityField.Population)?.Value!).Figure.Value);
            }
        }
    }
}
