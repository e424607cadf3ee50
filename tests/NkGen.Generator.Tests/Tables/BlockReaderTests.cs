using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class BlockReaderTests
    {
        private const string Guide =
            "[SECTION] Major Cities [/SECTION]\n"
            + "**Hamhung** (770,000)\n"
            + "Role: industrial center, port city\n"
            + "Known For: textiles, chemicals, and machinery\n"
            + "Best For: visitors interested in industry and economy\n";

        [Fact]
        public void A_block_is_a_city_with_its_rounded_figure_roles_and_descriptions()
        {
            var reading = Read(Guide);

            var hamhung = Assert.Single(reading.Cities);
            Assert.Equal("Hamhung", hamhung.Name);
            Assert.Equal((2, 3), (hamhung.NameSpan.Line, hamhung.NameSpan.Column));
            var population = hamhung.Population();
            Assert.Equal(770000, population.Value);
            Assert.Equal(2, population.SignificantDigits);
            Assert.True(population.IsRounded);
            Assert.Null(population.CensusYear);
            Assert.Equal((2, 14), (hamhung.Get(CityField.Population)!.Span.Line, hamhung.Get(CityField.Population)!.Span.Column));
            Assert.Equal(new[] { "industrial center", "port city" }, ((TextListValue)hamhung.Get(CityField.Roles)!.Value).Items.ToArray());
            Assert.Equal("textiles, chemicals, and machinery", hamhung.Text(CityField.KnownFor));
            Assert.Equal("visitors interested in industry and economy", hamhung.Text(CityField.BestFor));
            Assert.Equal(5, hamhung.Get(CityField.BestFor)!.Span.Line);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_block_without_a_figure_has_no_population()
        {
            var reading = Read(Document(blocks: new[] { Block("Kaesong", null, 1, ("Role", "historic site")) }));

            var kaesong = Assert.Single(reading.Cities);
            Assert.Null(kaesong.Get(CityField.Population));
            Assert.NotNull(kaesong.Get(CityField.Roles));
        }

        [Fact]
        public void An_unreadable_figure_is_reported_at_the_figure_and_the_block_kept()
        {
            var reading = Read(Document(blocks: new[] { Block("Kaesong", "big", 4, ("Best For", "history")) }));

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.UnreadableValue, problem.Kind);
            Assert.Equal((4, 14), (problem.Span.Line, problem.Span.Column));
            Assert.Equal(CityField.BestFor, Assert.Single(Assert.Single(reading.Cities).Facts).Field);
        }

        [Fact]
        public void A_block_without_a_name_is_reported_and_not_used()
        {
            var reading = Read(Document(blocks: new[] { Block("", "240,000", 9) }));

            Assert.Equal((ProblemKind.MalformedRow, 9), (Assert.Single(reading.PartProblems()).Kind, reading.Problems[0].Span.Line));
            Assert.Empty(reading.Cities);
        }

        [Fact]
        public void Unknown_block_keys_are_ignored_and_city_keys_are_read()
        {
            var reading = Read(Document(blocks: new[] { Block("Wonsan", null, 1, ("Climate", "mild"), ("Province", "Kangwon Province")) }));

            Assert.Equal("Kangwon", Assert.Single(reading.Cities).Text(CityField.Province));
            Assert.Single(reading.Cities[0].Facts);
        }
    }
}
