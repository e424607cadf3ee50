using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using NkGen.Generator.Common;
using NkGen.Generator.Emit;
using Xunit;

namespace NkGen.Generator.Tests.Runtime
{
    /// <summary>
    /// What the generator writes into a row, the runtime's tables read back exactly, whatever the text holds: separators,
    /// backslashes, quotes, line breaks, control characters and unpaired surrogates included.
    /// </summary>
    public class RowTableTests
    {
        private static readonly Gen<string> Hostile = Gen.OneOf(
            Gen.String[Gen.Char[" |;,\\\"\n\r\t\u0000\u0085\u2028\u2029\ud800\udc00aZ함咸ŏ'"], 0, 12],
            Gen.String);

        [Fact]
        public void Every_text_field_reads_back_as_written()
        {
            Gen.Select(Hostile, Hostile, Hostile, Hostile.Array[0, 4]).Sample((name, korean, knownFor, roles) =>
            {
                var named = name.Length == 0 ? "x" : name;
                var row = EntityClassParts.Names(new RowBuilder(), "Member", named, korean, null, roles.Where(r => r.Length > 0).ToEquatableArray())
                    .Number(0).Number((int?)null).Number((int?)null).Number(12345)
                    .Item(RowValues.Date(null)).Items(EquatableArray<NkGen.Generator.Model.StatusPeriod>.Empty, RowValues.PeriodItem).Pairs(new (int, int)[0])
                    .Text(null).Number(1.5).Number((double?)null).Text(knownFor).Text(null)
                    .Strings(roles.Where(r => r.Length > 0).ToList()).Text(knownFor)
                    .ToString();
                Assert.DoesNotContain('\n', row);
                var city = new CityTable(RowText.Format, 1, "Doc|file.txt", _ => row, _ => null!)[0];

                Assert.Equal(named, city.Name);
                Assert.Equal(korean.Length == 0 ? null : korean, city.KoreanName);
                Assert.Equal(knownFor.Length == 0 ? null : knownFor, city.Capital);
                Assert.Equal(knownFor.Length == 0 ? null : knownFor, city.KnownFor);
                Assert.Equal(roles.Where(r => r.Length > 0).ToArray(), city.Roles.ToArray());
                Assert.Equal(roles.Where(r => r.Length > 0).ToArray(), city.OtherNames.ToArray());
                Assert.Equal(12345, city.Population);
                Assert.Equal(1.5, city.Area);
            });
        }

        [Fact]
        public void Other_names_that_repeat_the_korean_or_hancha_name_read_back_as_written()
        {
            Gen.Select(Hostile, Hostile, Hostile.Array[0, 3]).Sample((korean, hancha, extra) =>
            {
                var others = new List<string> { korean, hancha, korean.Length > 1 ? korean.Substring(0, korean.Length - 1) : "" };
                others.Add(hancha.Length > 1 ? hancha.Substring(0, hancha.Length - 1) : "");
                // Names that look like the markers, and the markers' letters, stay themselves.
                others.AddRange(extra.Concat(new[] { "k", "K", "h", "\\k", "\\H", "\\" }));
                others = others.Where(o => o.Length > 0).ToList();
                var row = EntityClassParts.Names(new RowBuilder(), null, "X", korean, hancha, others).ToString();

                var table = new CityTable(RowText.Format, 1, "", _ => row, _ => null!);
                Assert.Equal(others, table[0].OtherNames);
            });
        }

        [Fact]
        public void Other_names_repeating_the_korean_and_hancha_names_are_written_as_markers()
        {
            var row = EntityClassParts.Names(new RowBuilder(), null, "Hamhung", "함흥시", "咸興市", new[] { "Hamhŭng", "함흥시", "함흥", "咸興市", "咸興", "함" }).ToString();

            Assert.Equal("|Hamhung|함흥시|咸興市|Hamhŭng;\\k;\\K;\\h;\\H;함", row);
            var table = new CityTable(RowText.Format, 1, "", _ => row, _ => null!);
            Assert.True(table.TryGet("함흥", out var city));
            Assert.Equal(new[] { "Hamhŭng", "함흥시", "함흥", "咸興市", "咸興", "함" }, city!.OtherNames);
        }

        [Fact]
        public void Dates_histories_sources_and_province_rows_read_back()
        {
            var documents = new SourceDocumentList();
            var references = documents.References(new[] { ("Guide, part 1|2", "a.txt", 7), ("List", "b.txt", 21), ("Guide, part 1|2", "a.txt", 9) });
            var row = EntityClassParts.Names(new RowBuilder(), "Chongjin", "Chongjin", "청진시", "淸津市", new[] { "Ch'ŏngjin" }.ToEquatableArray())
                .Number(0).Number(1).Number((int?)null).Number(667929)
                .Item(("1987", "8", null))
                .Items(new[] { new NkGen.Generator.Model.StatusPeriod(NkGen.Generator.Tables.CityStatus.SpecialCity, 1960, 1967), new NkGen.Generator.Model.StatusPeriod(NkGen.Generator.Tables.CityStatus.City, 1985, null) }, RowValues.PeriodItem)
                .Pairs(references)
                .Text(null).Number((double?)null).Number((double?)null).Text(null).Text(null)
                .Strings(new string[0]).Text(null).Text(null)
                .ToString();
            var province = new NkGen.Province("North Hamgyong", () => new NkGen.City[0]);
            var table = new CityTable(RowText.Format, 1, string.Join("\n", documents.Rows), _ => row, p => p == 1 ? province : null!);

            var city = table[0];
            Assert.Same(province, city.Province);
            Assert.Null(city.RelatedProvince);
            Assert.Equal(new NkGen.PartialDate(1987, 8), city.Founded);
            Assert.Equal(new[] { (NkGen.AdministrativeStatus.SpecialCity, 1960, (int?)1967), (NkGen.AdministrativeStatus.City, 1985, (int?)null) },
                city.StatusHistory.Select(p => (p.Status, p.FromYear, p.UntilYear)).ToArray());
            Assert.Equal(new[] { ("Guide, part 1|2", "a.txt", 7), ("List", "b.txt", 21), ("Guide, part 1|2", "a.txt", 9) },
                city.Sources.Select(r => (r.Document, r.File, r.Line)).ToArray());
            Assert.Same(city, table[0]);
            Assert.True(table.TryGet("CH’ŎNGJIN", out var found));
            Assert.Same(city, found);
        }

        [Fact]
        public void A_table_of_another_row_format_is_refused_with_a_message()
        {
            var error = Assert.Throws<System.NotSupportedException>(() => new CityTable(RowText.Format + 1, 1, "", _ => "|X", _ => null!));
            Assert.Contains("row format", error.Message);
        }

        [Fact]
        public void Rows_read_the_same_when_their_line_breaks_became_CRLF()
        {
            var rows = new[] { "|Anju||||0|||240117", "|Chongjin||||0|||667929" };
            var lf = new CityTable(RowText.Format, 2, "Doc|a.txt", _ => string.Join("\n", rows), _ => null!);
            var crlf = new CityTable(RowText.Format, 2, "Doc|a.txt\r\n", _ => string.Join("\r\n", rows) + "\r\n", _ => null!);

            Assert.Equal(new[] { ("Anju", (int?)240117), ("Chongjin", 667929) }, lf.All.Select(c => (c.Name, c.Population)).ToArray());
            Assert.Equal(lf.All.Select(c => (c.Name, c.Population)), crlf.All.Select(c => (c.Name, c.Population)));
        }

        [Fact]
        public void Threads_that_race_to_a_first_use_all_get_the_one_entity()
        {
            var rows = Enumerable.Range(0, 300).Select(i => "|City " + i).ToArray();
            for (var round = 0; round < 20; round++)
            {
                var table = new CityTable(RowText.Format, rows.Length, "", chunk => string.Join("\n", rows.Skip(chunk * RowText.RowsPerChunk).Take(RowText.RowsPerChunk)), _ => null!);
                var seen = new NkGen.City[8][];
                System.Threading.Tasks.Parallel.For(0, seen.Length, t => seen[t] = Enumerable.Range(0, rows.Length).Select(r => table[(r + t * 37) % rows.Length]).ToArray());

                for (var r = 0; r < rows.Length; r++)
                {
                    var first = table[r];
                    Assert.Equal("City " + r, first.Name);
                    Assert.All(seen, s => Assert.Same(first, s.Single(c => c.Name == first.Name)));
                }
            }
        }

        [Fact]
        public void A_city_asks_for_its_province_and_reads_its_lists_only_when_first_read()
        {
            var province = new NkGen.Province("North Hamgyong", () => new NkGen.City[0]);
            var asked = 0;
            // A reference to a document the table does not have: reading it throws, so building the city must not read the
            // row's lists (its sources, dates, other names), only the fields a member's first read uses.
            var table = new CityTable(RowText.Format, 1, "Doc|a.txt", _ => "|Chongjin||||0|1||667929|||0,5;3,9", p =>
            {
                asked++;
                return p == 1 ? province : null!;
            });

            var city = table[0];
            Assert.Equal(667929, city.Population);
            Assert.Equal(0, asked);
            Assert.Null(city.RelatedProvince);
            Assert.Same(province, city.Province);
            Assert.Same(province, city.Province);
            Assert.Equal(1, asked);
            Assert.ThrowsAny<System.IndexOutOfRangeException>(() => city.Sources);
            Assert.ThrowsAny<System.IndexOutOfRangeException>(() => city.OtherNames);
        }

        [Fact]
        public void A_province_reads_its_cities_major_city_and_sources_only_when_first_read()
        {
            var cities = new[] { new NkGen.City("Hamhung", NkGen.AdministrativeStatus.City), new NkGen.City("Hungnam", NkGen.AdministrativeStatus.City) };
            var asked = 0;
            var table = new ProvinceTable(RowText.Format, 1, "Doc|a.txt", _ => "|South Hamgyong||||0;1|0|||0,5;3,9", c =>
            {
                asked++;
                return cities[c];
            });

            var province = table[0];
            Assert.Equal("South Hamgyong", province.Name);
            Assert.Equal(0, asked);
            Assert.Equal(cities, province.Cities);
            Assert.Same(cities[0], province.MajorCity);
            Assert.ThrowsAny<System.IndexOutOfRangeException>(() => province.Sources);
        }

        [Fact]
        public void Threads_racing_to_a_citys_first_province_and_sources_all_get_one_instance()
        {
            var documents = new SourceDocumentList();
            var references = documents.References(new[] { ("Guide", "a.txt", 7), ("List", "b.txt", 21) });
            var row = EntityClassParts.Names(new RowBuilder(), "Chongjin", "Chongjin", null, null, EquatableArray<string>.Empty)
                .Number(0).Number(1).Number(2).Number(667929)
                .Item(null).Items(EquatableArray<NkGen.Generator.Model.StatusPeriod>.Empty, RowValues.PeriodItem)
                .Pairs(references)
                .ToString();
            // One instance per row, as the generated Provinces class's table gives.
            var provinces = new[] { null!, new NkGen.Province("North Hamgyong", () => new NkGen.City[0]), new NkGen.Province("Rason", () => new NkGen.City[0]) };
            const int Threads = 8;
            for (var round = 0; round < 20; round++)
            {
                var city = new CityTable(RowText.Format, 1, string.Join("\n", documents.Rows), _ => row, p => provinces[p])[0];
                var seen = new (NkGen.Province?, NkGen.Province?, IReadOnlyList<NkGen.SourceReference>)[Threads];
                using var start = new Barrier(Threads);
                var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    start.SignalAndWait();
                    seen[t] = (city.Province, city.RelatedProvince, city.Sources);
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());

                Assert.All(seen, s => Assert.Same(provinces[1], s.Item1));
                Assert.All(seen, s => Assert.Same(provinces[2], s.Item2));
                Assert.All(seen, s => Assert.Same(city.Sources, s.Item3));
                Assert.Equal(new[] { ("Guide", "a.txt", 7), ("List", "b.txt", 21) }, city.Sources.Select(r => (r.Document, r.File, r.Line)).ToArray());
            }
        }
    }
}
