using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Tables
{
    public class HeaderVocabularyTests
    {
        private static ColumnMeaning? Meaning(string header) => HeaderVocabulary.MeaningOf(HeaderText.Of(header));

        [Theory]
        [InlineData("City", nameof(ColumnMeaning.Name))]
        [InlineData("Town", nameof(ColumnMeaning.Name))]
        [InlineData("Municipality", nameof(ColumnMeaning.Name))]
        [InlineData("Population", nameof(ColumnMeaning.Population))]
        [InlineData("Inhabitants", nameof(ColumnMeaning.Population))]
        [InlineData("Pop.", nameof(ColumnMeaning.Population))]
        [InlineData("Province", nameof(ColumnMeaning.Province))]
        [InlineData("Region", nameof(ColumnMeaning.Region))]
        [InlineData("District", nameof(ColumnMeaning.District))]
        [InlineData("Korean name", nameof(ColumnMeaning.KoreanName))]
        [InlineData("Hangul", nameof(ColumnMeaning.KoreanName))]
        [InlineData("Chosŏn'gŭl", nameof(ColumnMeaning.KoreanName))]
        [InlineData("Hanja", nameof(ColumnMeaning.Hancha))]
        [InlineData("Hancha", nameof(ColumnMeaning.Hancha))]
        [InlineData("Founded", nameof(ColumnMeaning.Founded))]
        [InlineData("Established", nameof(ColumnMeaning.Founded))]
        [InlineData("Area", nameof(ColumnMeaning.Area))]
        [InlineData("ISO code", nameof(ColumnMeaning.IsoCode))]
        [InlineData("Administrative seat", nameof(ColumnMeaning.Capital))]
        [InlineData("Provinzhauptstadt", nameof(ColumnMeaning.Capital))]
        [InlineData("도청 소재지", nameof(ColumnMeaning.Capital))]
        [InlineData("행정 중심지", nameof(ColumnMeaning.Capital))]
        [InlineData("Rank", nameof(ColumnMeaning.Ignored))]
        [InlineData("#", nameof(ColumnMeaning.Ignored))]
        [InlineData("Map key", nameof(ColumnMeaning.Ignored))]
        [InlineData("Karte", nameof(ColumnMeaning.Ignored))]
        [InlineData("지도", nameof(ColumnMeaning.Ignored))]
        [InlineData("No.", nameof(ColumnMeaning.Count))]
        public void English_headers(string header, string meaning)
        {
            Assert.Equal(meaning, Meaning(header)?.ToString());
        }

        [Theory]
        [InlineData("NAME_KO", nameof(ColumnMeaning.KoreanName))]
        [InlineData("name:en", nameof(ColumnMeaning.Name))]
        [InlineData("name:ko-Hani", nameof(ColumnMeaning.Hancha))]
        [InlineData("name:ja", nameof(ColumnMeaning.Ignored))]
        [InlineData("NAME_ZH", nameof(ColumnMeaning.Ignored))]
        [InlineData("NAME_ZHT", nameof(ColumnMeaning.Ignored))]
        [InlineData("name:ko-Latn", nameof(ColumnMeaning.Ignored))]
        [InlineData("name_de", nameof(ColumnMeaning.Ignored))]
        [InlineData("ADM1NAME", nameof(ColumnMeaning.Province))]
        [InlineData("POP_MAX", nameof(ColumnMeaning.Population))]
        [InlineData("POP1950", nameof(ColumnMeaning.Ignored))]
        [InlineData("POP2035", nameof(ColumnMeaning.Ignored))]
        [InlineData("MAX_POP10", nameof(ColumnMeaning.Ignored))]
        [InlineData("SCALERANK", nameof(ColumnMeaning.Ignored))]
        public void Headers_of_exports_with_a_column_per_language_or_year(string header, string meaning)
        {
            Assert.Equal(meaning, Meaning(header)?.ToString());
        }

        [Theory]
        [InlineData("name long")]
        [InlineData("Name of the mayor")]
        [InlineData("POP12345")]
        public void Other_headers_like_them_stay_unknown(string header)
        {
            Assert.Null(Meaning(header));
        }

        [Theory]
        [InlineData("Stadt", nameof(ColumnMeaning.Name))]
        [InlineData("Ort", nameof(ColumnMeaning.Name))]
        [InlineData("Name", nameof(ColumnMeaning.Name))]
        [InlineData("Einwohner", nameof(ColumnMeaning.Population))]
        [InlineData("Bevölkerung", nameof(ColumnMeaning.Population))]
        [InlineData("Provinz", nameof(ColumnMeaning.Province))]
        [InlineData("Bezirk", nameof(ColumnMeaning.District))]
        [InlineData("Koreanisch", nameof(ColumnMeaning.KoreanName))]
        [InlineData("Hanja-Schreibung", nameof(ColumnMeaning.Hancha))]
        [InlineData("gegründet", nameof(ColumnMeaning.Founded))]
        [InlineData("Fläche", nameof(ColumnMeaning.Area))]
        [InlineData("Rang", nameof(ColumnMeaning.Ignored))]
        public void German_headers(string header, string meaning)
        {
            Assert.Equal(meaning, Meaning(header)?.ToString());
        }

        [Theory]
        [InlineData("Fläche (km²)", true)]
        [InlineData("Einwohner (2008)", true)]
        [InlineData("Einwohner Zensus 2008", true)]
        [InlineData("Bevölkerungsdichte", true)]
        // "Name" is English too; English and Korean headers write numbers the English way.
        [InlineData("Name", false)]
        [InlineData("Area (km²)", false)]
        [InlineData("Population (2008)", false)]
        [InlineData("인구", false)]
        [InlineData("Bürgermeister", false)]
        // Spanish, French, Portuguese and Italian write numbers as German does; "Área" and "Population" are English words too.
        [InlineData("Superficie (km²)", true)]
        [InlineData("População (2008)", true)]
        [InlineData("Densité (hab./km²)", true)]
        [InlineData("Área (km²)", false)]
        [InlineData("Population", false)]
        public void A_german_header_writes_numbers_the_german_way(string header, bool german)
        {
            Assert.Equal(german, HeaderVocabulary.WritesDecimalComma(HeaderText.Of(header)));
        }

        [Theory]
        [InlineData("도시", nameof(ColumnMeaning.Name))]
        [InlineData("시", nameof(ColumnMeaning.Name))]
        [InlineData("이름", nameof(ColumnMeaning.Name))]
        [InlineData("인구", nameof(ColumnMeaning.Population))]
        [InlineData("도", nameof(ColumnMeaning.Province))]
        [InlineData("지역", nameof(ColumnMeaning.Region))]
        [InlineData("한글", nameof(ColumnMeaning.KoreanName))]
        [InlineData("조선글", nameof(ColumnMeaning.KoreanName))]
        [InlineData("한자", nameof(ColumnMeaning.Hancha))]
        [InlineData("설립", nameof(ColumnMeaning.Founded))]
        [InlineData("면적", nameof(ColumnMeaning.Area))]
        public void Korean_headers(string header, string meaning)
        {
            Assert.Equal(meaning, Meaning(header)?.ToString());
        }

        [Theory]
        [InlineData("Population (Census 2008-10-01)", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Einwohner Zensus 2008", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Population[1] 2008 census", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("POPULATION (2008 census)", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Population (2008 est.)", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Population [a]", nameof(ColumnMeaning.Population), null)]
        [InlineData("Population*", nameof(ColumnMeaning.Population), null)]
        [InlineData("Population¹", nameof(ColumnMeaning.Population), null)]
        [InlineData("인구 (2008)", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Einwohner (Stand 1993)", nameof(ColumnMeaning.Population), 1993)]
        [InlineData("Población censo 2008", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("População (Censo 2008)", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Population recensement 2008", nameof(ColumnMeaning.Population), 2008)]
        [InlineData("Popolazione (censimento 2008)", nameof(ColumnMeaning.Population), 2008)]
        public void Years_dates_census_words_and_footnote_marks_are_not_part_of_the_header_and_the_year_is_kept(string header, string meaning, int? year)
        {
            var text = HeaderText.Of(header);

            Assert.Equal(meaning, HeaderVocabulary.MeaningOf(text)?.ToString());
            Assert.Equal(year, text.Year);
            Assert.Equal("", text.Unit);
        }

        [Theory]
        [InlineData("Area (km²)", nameof(ColumnMeaning.Area), "km²")]
        [InlineData("Fläche in km²", nameof(ColumnMeaning.Area), "km²")]
        [InlineData("Fläche (km²)", nameof(ColumnMeaning.Area), "km²")]
        [InlineData("면적 (km²)", nameof(ColumnMeaning.Area), "km²")]
        [InlineData("Area sq mi", nameof(ColumnMeaning.Area), "sq mi")]
        [InlineData("Density (/km^{2})", nameof(ColumnMeaning.Density), "/km2")]
        [InlineData("Einwohner/km²", nameof(ColumnMeaning.Density), "/km²")]
        [InlineData("Einwohner je km²", nameof(ColumnMeaning.Density), "/km²")]
        public void Units_are_not_part_of_the_header_and_a_population_per_area_is_a_density(string header, string meaning, string unit)
        {
            var text = HeaderText.Of(header);

            Assert.Equal(meaning, HeaderVocabulary.MeaningOf(text)?.ToString());
            Assert.Equal(unit, text.Unit);
        }

        [Theory]
        [InlineData("state_name", nameof(ColumnMeaning.Province))]
        [InlineData("stateName", nameof(ColumnMeaning.Province))]
        [InlineData("StateName", nameof(ColumnMeaning.Province))]
        [InlineData("admin_name", nameof(ColumnMeaning.Province))]
        [InlineData("cityName", nameof(ColumnMeaning.Name))]
        [InlineData("koreanName", nameof(ColumnMeaning.KoreanName))]
        [InlineData("countryCode", nameof(ColumnMeaning.Ignored))]
        [InlineData("wikiDataId", nameof(ColumnMeaning.Ignored))]
        [InlineData("city_ascii", nameof(ColumnMeaning.Ignored))]
        [InlineData("lat", nameof(ColumnMeaning.Ignored))]
        [InlineData("LONGITUDE", nameof(ColumnMeaning.Ignored))]
        [InlineData("geonameid", nameof(ColumnMeaning.Ignored))]
        [InlineData("admin1 code", nameof(ColumnMeaning.Ignored))]
        [InlineData("McCune-Reischauer", nameof(ColumnMeaning.Ignored))]
        [InlineData("MCCUNE-REISCHAUER", nameof(ColumnMeaning.Ignored))]
        [InlineData("cityLabel", nameof(ColumnMeaning.Name))]
        [InlineData("itemLabel", nameof(ColumnMeaning.Name))]
        [InlineData("provinceLabel", nameof(ColumnMeaning.Province))]
        [InlineData("countryLabel", nameof(ColumnMeaning.Ignored))]
        [InlineData("item", nameof(ColumnMeaning.Ignored))]
        [InlineData("name:ko", nameof(ColumnMeaning.KoreanName))]
        [InlineData("name_ko", nameof(ColumnMeaning.KoreanName))]
        [InlineData("name:ko-Hani", nameof(ColumnMeaning.Hancha))]
        public void Database_exports_join_words_with_underscores_or_capitals(string header, string meaning)
        {
            Assert.Equal(meaning, Meaning(header)?.ToString());
        }

        [Theory]
        [InlineData("stateName", "statename", "state name")]
        [InlineData("WikiDataId", "wikidataid", "wiki data id")]
        [InlineData("state_name", "state name", null)]
        [InlineData("Population (2008)", "population", null)]
        public void Words_joined_by_capitals_are_also_tried_apart(string header, string core, string? apart)
        {
            var text = HeaderText.Of(header);
            Assert.Equal((core, apart), (text.Core, text.WordsCore));
        }

        [Theory]
        [InlineData("Bürgermeister")]
        [InlineData("Mayor")]
        [InlineData("2008")]
        [InlineData("Alpha")]
        [InlineData("stateFlag")]
        [InlineData("Label")]
        [InlineData("mayorLabel")]
        public void Other_headers_mean_nothing(string header)
        {
            Assert.Null(Meaning(header));
        }

        [Theory]
        [InlineData(true, "Cidade", "Província", "População (2008)", "Área (km²)")]
        [InlineData(true, "Ville", "Population", "Superficie")]
        [InlineData(true, "Stadt", "Provinz", "Area")]
        [InlineData(false, "City", "Province", "Population", "Área")]
        [InlineData(false, "City", "Einwohner", "Area")]
        [InlineData(false, "Name", "Population", "Area")]
        public void A_table_writes_decimal_commas_when_more_of_its_headers_are_words_of_such_a_language_alone_than_english_alone(bool decimalComma, params string[] headers)
        {
            Assert.Equal(decimalComma, HeaderVocabulary.WritesDecimalComma(headers.Select(HeaderText.Of)));
        }

        [Fact]
        public void Every_word_means_one_thing()
        {
            var words = HeaderVocabulary.Entries
                .SelectMany(e => e.AllWords.Select(w => (Core: HeaderText.Of(w).Core, e.Meaning)))
                .Distinct()
                .GroupBy(w => w.Core)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key);

            Assert.Empty(words);
        }

        [Fact]
        public void Every_meaning_has_words_and_every_word_reads_back_as_its_meaning()
        {
            foreach (var entry in HeaderVocabulary.Entries)
            {
                Assert.NotEmpty(entry.English);
                foreach (var word in entry.AllWords)
                {
                    Assert.Equal(entry.Meaning, Meaning(word));
                }
            }
        }

        [Fact]
        public void The_data_format_page_lists_every_word_of_the_vocabulary()
        {
            var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "data-format.md"));
            var start = page.IndexOf("## Header vocabulary", System.StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/data-format.md has no '## Header vocabulary' section");
            var section = page.Substring(start, page.IndexOf("\n## ", start + 1, System.StringComparison.Ordinal) - start);

            var missing = HeaderVocabulary.Entries.SelectMany(e => e.AllWords).Where(w => !section.Contains("`" + w + "`")).ToList();

            Assert.Empty(missing);
        }

        [Fact]
        public void A_normal_form_asked_for_again_is_the_same_and_the_next_text_gets_its_own()
        {
            var name = "Hamgyŏng-bukto";
            var again = new string(name.ToCharArray());
            var longName = new string('x', 300) + " Kangwŏn";

            Assert.Equal("hamgyong bukto", HeaderText.Normalize(name));
            Assert.Same(HeaderText.Normalize(name), HeaderText.Normalize(name));
            Assert.Equal("hamgyong bukto", HeaderText.Normalize(again));
            Assert.Equal("chagang do", HeaderText.Normalize("Chagang-do"));
            Assert.EndsWith(" kangwon", HeaderText.Normalize(longName));
            Assert.Equal("hamgyong bukto", HeaderText.Normalize(name));
        }

        [Fact]
        public void The_normal_form_is_the_text_folded_lowercased_with_single_spaces_for_any_text()
        {
            // The oracle is the plain statement of the rule, built with a StringBuilder and trimmed.
            static string Expected(string text)
            {
                var decomposed = Markup.Plain(text).Normalize(NormalizationForm.FormD);
                var result = new StringBuilder();
                foreach (var c in decomposed)
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '\u02BC' or '`') continue;
                    if (char.IsLetterOrDigit(c)) result.Append(char.ToLowerInvariant(c));
                    else if (result.Length > 0 && result[result.Length - 1] != ' ') result.Append(' ');
                }

                return result.ToString().Trim();
            }

            Gen.Char["aZ9 -'ŏŭ\u3000\tÄ,."].Array[0, 300].Select(chars => new string(chars)).Sample(text =>
                Assert.Equal(Expected(text), HeaderText.Normalize(text)));
        }
    }
}
