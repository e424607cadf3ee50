using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class ProvinceTableReaderTests
    {
        private static readonly string[] Header = { "Region", "Character", "Known For", "Major City" };

        [Fact]
        public void Each_row_is_a_province_named_without_its_suffix_with_its_facts_located()
        {
            var text = "[TABLE]\n| Region | Character | Known For | Major City |\n| --- | --- | --- | --- |\n| North Hamgyong Province | industrial, mountainous | steel production | Chongjin |\n[/TABLE]\n";
            var reading = Read(text);

            var province = Assert.Single(reading.Provinces);
            Assert.Equal("North Hamgyong", province.Name);
            Assert.Equal((4, 3), (province.NameSpan.Line, province.NameSpan.Column));
            Assert.Equal(new[] { ProvinceField.Character, ProvinceField.KnownFor, ProvinceField.MajorCity }, province.Facts.Select(f => f.Field).ToArray());
            var major = province.Facts[2];
            Assert.Equal("Chongjin", ((TextValue)major.Value).Text);
            Assert.Equal("Chongjin", text.Substring(major.Span.Start, major.Span.Length));
            Assert.Empty(reading.Cities);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_province_named_in_chosongul_or_hancha_keeps_that_name_as_its_korean_name_or_hancha()
        {
            var reading = Read(Document(new[] { Table(1, Header, new[] { "자강도", "mountainous", "mining", "Kanggye" }, new[] { "咸鏡南道", "coastal", "fishing", "Hamhung" }) }));

            Assert.Equal("자강도", ((TextValue)reading.Provinces[0].Facts.Single(f => f.Field == ProvinceField.KoreanName).Value).Text);
            Assert.Equal("咸鏡南道", ((TextValue)reading.Provinces[1].Facts.Single(f => f.Field == ProvinceField.Hancha).Value).Text);
            Assert.DoesNotContain(reading.Provinces[0].Facts, f => f.Field == ProvinceField.Hancha);
        }

        [Fact]
        public void Placeholders_give_no_province_fact()
        {
            var reading = Read(Document(new[] { Table(1, Header, new[] { "Kangwon", "none", "", "Wonsan" }) }));

            Assert.Equal(ProvinceField.MajorCity, Assert.Single(Assert.Single(reading.Provinces).Facts).Field);
        }

        [Fact]
        public void A_province_twice_is_reported_even_when_one_row_says_province()
        {
            var reading = Read(Document(new[] { Table(1, Header, new[] { "Kangwon Province", "rural", "tourism", "Wonsan" }, new[] { "Kangwon", "coastal", "beaches", "Wonsan" }) }));

            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.DuplicateEntity, problem.Kind);
            Assert.Equal(3, problem.Span.Line);
            Assert.Equal("rural", ((TextValue)Assert.Single(reading.Provinces).Facts[0].Value).Text);
        }

        [Fact]
        public void A_row_without_a_name_is_reported_and_a_ragged_row_keeps_its_aligned_cells()
        {
            var reading = Read(Document(new[] { Table(1, Header, new[] { "", "rural", "tourism", "Wonsan" }, new[] { "Chagang", "mountainous" }) }));

            Assert.Equal(new[] { (ProblemKind.MalformedRow, 2), (ProblemKind.MalformedRow, 3) }, reading.Problems.Select(p => (p.Kind, p.Span.Line)).ToArray());
            var chagang = Assert.Single(reading.Provinces);
            Assert.Equal("Chagang", chagang.Name);
            Assert.Equal(ProvinceField.Character, Assert.Single(chagang.Facts).Field);
        }
    }
}
