using System.Linq;
using CsCheck;
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
                var row = EntityClassParts.Names("Member", named, korean, null, roles.Where(r => r.Length > 0))
                    .Number(0).Number((int?)null).Number((int?)null).Number(12345)
                    .Items(RowValues.Date(null)).Items(Enumerable.Empty<string?[]>())
                    .Text(null).Number(1.5).Number((double?)null).Text(knownFor).Text(null)
                    .Strings(roles.Where(r => r.Length > 0)).Text(knownFor)
                    .ToString();
                Assert.DoesNotContain('\n', row);
                var city = new CityTable(1, 1, "Doc|file.txt", _ => row, _ => null!)[0];

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
        public void Dates_histories_sources_and_province_rows_read_back()
        {
            var documents = new SourceDocumentList();
            var references = documents.References(new[] { ("Guide, part 1|2", "a.txt", 7), ("List", "b.txt", 21), ("Guide, part 1|2", "a.txt", 9) }).ToList();
            var row = EntityClassParts.Names("Chongjin", "Chongjin", "청진시", "淸津市", new[] { "Ch'ŏngjin" })
                .Number(0).Number(1).Number((int?)null).Number(667929)
                .Items(new[] { new[] { "1987", "8", null } })
                .Items(new[] { new[] { "1", "1960", "1967" }, new[] { "0", "1985", null } })
                .Text(null).Number((double?)null).Number((double?)null).Text(null).Text(null)
                .Strings(new string[0]).Text(null).Text(null)
                .Items(references)
                .ToString();
            var province = new NkGen.Province("North Hamgyong", () => new NkGen.City[0]);
            var table = new CityTable(1, 1, string.Join("\n", documents.Rows), _ => row, p => p == 1 ? province : null!);

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
    }
}
