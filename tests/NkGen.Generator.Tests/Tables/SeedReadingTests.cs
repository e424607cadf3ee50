using System.Collections.Generic;
using System.IO;
using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Support;
using NkGen.Generator.Text;
using Xunit;

namespace NkGen.Generator.Tests.Tables
{
    /// <summary>The seed documents through both stages: no table row is lost without a problem saying so.</summary>
    public class SeedReadingTests
    {
        public static TheoryData<string> Seeds => new() { "000", "001", "002" };

        private static (DataDocument Document, TableReading Reading) ReadSeed(string prefix)
        {
            var path = RepoPaths.Seed(prefix);
            var document = DocumentReader.Read(path, File.ReadAllText(path));
            return (document, TableReader.Read(document));
        }

        /// <summary>The data rows of every table that no row, claim or problem accounts for.</summary>
        private static List<int> UnaccountedRowLines(DataDocument document, TableReading reading)
        {
            var problems = document.Problems.Concat(reading.Problems).ToList();
            var accounted = new HashSet<int>(
                reading.Cities.Select(c => c.NameSpan.Line)
                    .Concat(reading.Provinces.Select(p => p.NameSpan.Line))
                    .Concat(reading.Counts.Select(c => c.Span.Line))
                    .Concat(problems.Select(p => p.Span.Line)));
            var unrecognized = new HashSet<int>(problems.Where(p => p.Kind == ProblemKind.UnrecognizedTable).Select(p => p.Span.Line));
            return document.Tables
                .Where(t => !unrecognized.Contains(t.Span.Line))
                .SelectMany(t => t.Rows)
                .Select(r => r.Span.Line)
                .Where(line => !accounted.Contains(line))
                .ToList();
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Every_table_row_of_a_seed_becomes_a_row_or_a_claim_or_is_reported_at_its_line(string seed)
        {
            var (document, reading) = ReadSeed(seed);

            Assert.NotEmpty(document.Tables.SelectMany(t => t.Rows));
            Assert.Empty(UnaccountedRowLines(document, reading));
            Assert.Empty(document.Problems);
            Assert.Empty(reading.Problems);
        }

        [Theory]
        [InlineData("000", 9, 9, 0)]
        [InlineData("001", 32, 28, 4)]
        [InlineData("002", 9, 10, 3)]
        public void Rows_in_equal_rows_out(string seed, int dataRows, int rowsFromTables, int countRows)
        {
            var (document, reading) = ReadSeed(seed);
            var tableLines = new HashSet<int>(document.Tables.SelectMany(t => t.Rows).Select(r => r.Span.Line));

            Assert.Equal(dataRows, tableLines.Count);
            var entityRows = reading.Cities.Count(c => tableLines.Contains(c.NameSpan.Line)) + reading.Provinces.Count(p => tableLines.Contains(p.NameSpan.Line));
            Assert.Equal(rowsFromTables, entityRows);
            Assert.Equal(countRows, reading.Counts.Where(c => tableLines.Contains(c.Span.Line)).Select(c => c.Span.Line).Distinct().Count());
        }

        [Fact]
        public void A_messy_table_still_accounts_for_every_row()
        {
            var document = DocumentReader.Read("messy.txt",
                "= Messy =\n"
                + "| City | Province | Population |\n"
                + "| Anju | South Pyongan | 240,117 |\n"
                + "| Anju | South Pyongan | 240,117 |\n"
                + "| | North Pyongan | 196,515 |\n"
                + "| Kusong | North Pyongan |\n"
                + "| Manpo | Chagang | lots |\n"
                + "\n"
                + "| Rank | Team |\n"
                + "| 1 | Pyongyang |\n");
            var reading = TableReader.Read(document);

            Assert.Empty(UnaccountedRowLines(document, reading));
            Assert.Equal(new[] { "Anju", "Kusong", "Manpo" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal(
                new[] { (ProblemKind.DuplicateEntity, 4), (ProblemKind.MalformedRow, 5), (ProblemKind.MalformedRow, 6), (ProblemKind.UnreadableValue, 7), (ProblemKind.UnrecognizedTable, 9) },
                reading.Problems.Select(p => (p.Kind, p.Span.Line)).ToArray());
        }

        [Fact]
        public void The_guide_seed_reads_its_factbox_blocks_and_regions()
        {
            var (_, reading) = ReadSeed("000");

            Assert.Equal("North Korea Cities & Regions Guide", reading.Title);
            Assert.Equal(
                new[] { (CountedThing.Provinces, 9, 13), (CountedThing.DirectlyGovernedCities, 2, 13), (CountedThing.CitiesOverOneMillion, 2, 16) },
                reading.Counts.Select(c => (c.Thing, c.Count, c.Span.Line)).ToArray());
            var largest = reading.Cities.Single(c => c.NameSpan.Line == 14);
            Assert.Equal("Pyongyang", largest.Name);
            Assert.Equal(2800000, largest.Population().Value);
            Assert.Equal(
                new[] { "Pyongyang", "Hamhung", "Chongjin", "Kaesong", "Wonsan", "Sinuiju", "Haeju" },
                reading.Cities.Where(c => c.NameSpan.Line >= 25).Select(c => c.Name).ToArray());
            var hamhung = reading.Cities.Single(c => c.Name == "Hamhung");
            Assert.Equal((770000L, 2, true), (hamhung.Population().Value, hamhung.Population().SignificantDigits, hamhung.Population().IsRounded));
            Assert.Equal(
                new[] { "Pyongyang", "North Hamgyong", "South Hamgyong", "Ryanggang", "North Hwanghae", "South Hwanghae", "Kangwon", "North Pyongan", "Chagang" },
                reading.Provinces.Select(p => p.Name).ToArray());
        }

        [Fact]
        public void The_city_list_seed_has_28_cities_dated_to_the_2008_census()
        {
            var (_, reading) = ReadSeed("001");

            Assert.Equal("List of cities in North Korea", reading.Title);
            Assert.Equal(28, reading.Cities.Count);
            var hamhung = reading.City("Hamhung");
            var population = hamhung.Get(CityField.Population)!;
            Assert.Equal((24, 34), (population.Span.Line, population.Span.Column));
            Assert.Equal((768551L, false, 2008), (hamhung.Population().Value, hamhung.Population().IsRounded, hamhung.Population().CensusYear!.Value));
            Assert.Equal("South Hamgyong", hamhung.Text(CityField.Province));
            Assert.Equal(3255288, reading.City("Pyongyang").Population().Value);
            Assert.Equal(CityStatus.FirstLevel, reading.City("Pyongyang").Status());
            Assert.Null(reading.City("Pyongyang").Get(CityField.Province));
            Assert.Equal(new[] { "Kaesong", "Nampo", "Pyongyang", "Rason" }, reading.Cities.Where(c => c.Get(CityField.Status) is not null).Select(c => c.Name).OrderBy(n => n).ToArray());
            Assert.Equal("1987-08", ((DateValue)reading.City("Anju").Get(CityField.Founded)!.Value).Date.ToString());
            Assert.Equal("1985", ((DateValue)reading.City("Chongjin").Get(CityField.Founded)!.Value).Date.ToString());
            Assert.Equal("1945-09-02", ((DateValue)reading.City("Haeju").Get(CityField.Founded)!.Value).Date.ToString());
            Assert.Equal(
                new[] { (CountedThing.DirectlyGovernedCities, 1), (CountedThing.SpecialCities, 3), (CountedThing.SpecialLevelCities, 0), (CountedThing.Cities, 25) },
                reading.Counts.Select(c => (c.Thing, c.Count)).ToArray());
        }

        [Fact]
        public void The_special_cities_seed_reads_infobox_classification_list_and_defunct_tables()
        {
            var (_, reading) = ReadSeed("002");

            Assert.Equal("Special cities of North Korea", reading.Title);
            Assert.Equal(
                new[] { (CountedThing.FirstLevelCities, 4, 7), (CountedThing.DirectlyGovernedCities, 1, 19), (CountedThing.SpecialCities, 3, 20), (CountedThing.SpecialLevelCities, 0, 21) },
                reading.Counts.Select(c => (c.Thing, c.Count, c.Span.Line)).ToArray());

            var infobox = reading.Cities.Where(c => c.NameSpan.Line is 8 or 9).ToList();
            Assert.Equal(new[] { "Rason", "Pyongyang", "Rason", "Pyongyang" }, infobox.Select(c => c.Name).ToArray());
            Assert.Equal(205000, infobox[0].Population().Value);
            Assert.Equal((8, 21), (infobox[0].Get(CityField.Population)!.Span.Line, infobox[0].Get(CityField.Population)!.Span.Column));
            Assert.Equal((9, 15), (infobox[2].Get(CityField.Area)!.Span.Line, infobox[2].Get(CityField.Area)!.Span.Column));

            var classified = reading.Cities.Where(c => c.NameSpan.Line is >= 19 and <= 21).ToList();
            Assert.Equal(new[] { "Pyongyang", "Rason", "Nampo", "Kaesong" }, classified.Select(c => c.Name).ToArray());
            Assert.All(classified, c => Assert.Equal(FactAuthority.Dedicated, Assert.Single(c.Facts).Authority));

            var listed = reading.Cities.Where(c => c.NameSpan.Line is >= 27 and <= 30).ToDictionary(c => c.Name);
            Assert.Equal(CityStatus.SpecialLevelCity, listed["Kaesong"].Status());
            Assert.Null(listed["Kaesong"].Get(CityField.IsoCode));
            Assert.Null(listed["Kaesong"].Get(CityField.Capital));
            Assert.Null(listed["Nampo"].Get(CityField.IsoCode));
            Assert.Equal("KP-13", listed["Rason"].Text(CityField.IsoCode));
            Assert.Equal((746d, false), (listed["Rason"].Area().Value, listed["Rason"].Area().IsRounded));
            Assert.Equal("South Pyongan", listed["Pyongyang"].Text(CityField.RelatedProvince));
            Assert.Equal(2011, ((DateValue)listed["Nampo"].Get(CityField.Founded)!.Value).Date.Year);

            var defunct = reading.Cities.Where(c => c.NameSpan.Line is 36 or 37).ToList();
            Assert.Equal(new[] { "Chongjin", "Hamhung" }, defunct.Select(c => c.Name).ToArray());
            Assert.Equal(2, ((PeriodsValue)defunct[0].Get(CityField.SpecialCityPeriods)!.Value).Periods.Count);
        }
    }
}
