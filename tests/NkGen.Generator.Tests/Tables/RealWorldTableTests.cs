using System.Linq;
using Microsoft.CodeAnalysis;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    /// <summary>Tables as users bring them: Wikipedia in three languages, a statistics site, a sample database, spreadsheets.</summary>
    public class RealWorldTableTests
    {
        [Fact]
        public void A_table_of_first_level_divisions_gives_provinces_cities_and_no_country()
        {
            const string text = "= Administrative divisions =\n"
                + "| Name | Chosŏn'gŭl | Capital | Area (km²) | Population (2008) |\n"
                + "| Pyongyang | 평양직할시 | Chung-guyok | 2,000 | 3,255,288 |\n"
                + "| South Pyongan Province | 평안남도 | Pyongsong | 12,330 | 4,051,696 |\n"
                + "| North Hamgyong Province | 함경북도 | Chongjin | 15,980 | 2,327,362 |\n"
                + "| Rason | 라선특별시 | Rajin-guyok | 746 | 196,954 |\n"
                + "| North Korea | 조선 | Pyongyang | 120,540 | 24,052,231 |\n";
            var reading = Read(text);

            Assert.Equal(new[] { "South Pyongan", "North Hamgyong" }, reading.Provinces.Select(p => p.Name).ToArray());
            Assert.Equal(new[] { "Pyongyang", "Rason" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal(2008, reading.City("Rason").Population().CensusYear);
            var total = Assert.Single(reading.Problems, p => p.Kind == ProblemKind.TotalRow);
            Assert.Equal((7, 3), (total.Span.Line, total.Span.Column));
            Assert.Contains("'North Korea'", total.Message);
            Assert.Equal(("NKG2012", DiagnosticSeverity.Info), (DiagnosticDescriptors.For(total.Kind).Id, DiagnosticDescriptors.For(total.Kind).DefaultSeverity));
            // A province row keeps what the table gives its cities too: its Korean name, seat, area and census population.
            var southPyongan = reading.Provinces[0];
            Assert.Equal("평안남도", Assert.Single(southPyongan.Facts, f => f.Field == ProvinceField.KoreanName).Value.Written);
            Assert.Equal("Pyongsong", ((TextValue)Assert.Single(southPyongan.Facts, f => f.Field == ProvinceField.Capital).Value).Text);
            Assert.Equal(12330, ((MeasureValue)Assert.Single(southPyongan.Facts, f => f.Field == ProvinceField.Area).Value).Measure.Value);
            var population = ((PopulationValue)Assert.Single(southPyongan.Facts, f => f.Field == ProvinceField.Population).Value).Figure;
            Assert.Equal((4051696L, 2008), (population.Value, population.CensusYear!.Value));
            Assert.Single(reading.Problems);
        }

        [Fact]
        public void The_wikipedia_table_of_provinces_gives_each_its_figures_and_the_capital_city_its_own()
        {
            // The MediaWiki source of a table of provinces: a map key, links, a reference in a header, a unit in markup.
            const string text = "{| class=\"wikitable sortable\"\n"
                + "! Map key !! Name !! Chosŏn'gŭl !! Hancha !! Capital !! Population (2008)<ref>census</ref> !! Area (km<sup>2</sup>) !! ISO !! Region\n"
                + "|-\n| 1 || [[Chagang Province|Chagang]] || 자강도 || 慈江道 || [[Kanggye]] || 1,299,830 || 16,613 || KP-04 || [[Kwanso]]\n"
                + "|-\n| 2 || [[North Hamgyong Province|North Hamgyong]] || 함경북도 || 咸鏡北道 || [[Chongjin]] || 2,327,362 || 15,980 || KP-09 || Kwanbuk\n"
                + "|-\n| 3 || [[Pyongyang]] || 평양직할시 || 平壤直轄市 || Chung-guyok || 3,255,288 || 2,000 || KP-01 || Kwanso\n"
                + "|}\n";
            var reading = Read(text, "provinces.wiki");

            Assert.Empty(reading.Problems);
            Assert.Equal(new[] { "Chagang", "North Hamgyong" }, reading.Provinces.Select(p => p.Name).ToArray());
            var chagang = reading.Provinces[0].Facts.ToDictionary(f => f.Field, f => f.Value);
            Assert.Equal(("Kanggye", "KP-04", "Kwanso"), (((TextValue)chagang[ProvinceField.Capital]).Text, ((TextValue)chagang[ProvinceField.IsoCode]).Text, ((TextValue)chagang[ProvinceField.Region]).Text));
            Assert.Equal((1299830L, 2008), (((PopulationValue)chagang[ProvinceField.Population]).Figure.Value, ((PopulationValue)chagang[ProvinceField.Population]).Figure.CensusYear!.Value));
            Assert.Equal(16613, ((MeasureValue)chagang[ProvinceField.Area]).Measure.Value);
            Assert.Equal(("Pyongyang", 3255288L), (Assert.Single(reading.Cities).Name, reading.City("Pyongyang").Population().Value));
        }

        [Fact]
        public void A_german_table_groups_thousands_with_dots_in_areas_too()
        {
            var reading = Read("= Provinzen =\n"
                + "| Provinz | Koreanisch | Hauptstadt | Fläche (km²) | Einwohner (2008) | Bevölkerungsdichte (Einw./km²) |\n"
                + "| Chagang-do | 자강도 | Kanggye | 16.613 | 1.299.830 | 78,2 |\n"
                + "| Rasŏn | 라선특별시 | Rajin | 746,5 | 196.954 | 263 |\n");

            var chagang = Assert.Single(reading.Provinces).Facts.ToDictionary(f => f.Field, f => f.Value);
            Assert.Equal((16613d, 78.2d), (((MeasureValue)chagang[ProvinceField.Area]).Measure.Value, ((MeasureValue)chagang[ProvinceField.Density]).Measure.Value));
            Assert.Equal(1299830, ((PopulationValue)chagang[ProvinceField.Population]).Figure.Value);
            Assert.Equal(746.5, ((MeasureValue)reading.City("Rasŏn").Facts.Single(f => f.Field == CityField.Area).Value).Measure.Value);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_german_spreadsheet_export_separates_with_semicolons_and_writes_decimal_commas()
        {
            var reading = Read("Stadt;Provinz;Einwohner;Fläche (km²)\r\nHamhung;Hamgyŏng-namdo;768.551;556,1\r\nKilju;Hamgyŏng-pukto;139.932;1.141\r\n", "städte.csv");

            Assert.Empty(reading.Problems);
            var hamhung = reading.City("Hamhung");
            Assert.Equal((768551L, 556.1d), (hamhung.Population().Value, ((MeasureValue)hamhung.Facts.Single(f => f.Field == CityField.Area).Value).Measure.Value));
            Assert.Equal(1141d, ((MeasureValue)reading.City("Kilju").Facts.Single(f => f.Field == CityField.Area).Value).Measure.Value);
        }

        [Fact]
        public void A_portuguese_wikipedia_table_writes_dots_and_spaces_between_thousands_and_a_decimal_comma_in_every_column()
        {
            // Headed in Portuguese, so "Área", a word English has too, writes its decimals after a comma as well.
            var reading = Read("= Lista de cidades na Coreia do Norte =\n"
                + "| Classificação | Cidade | Província | População (2008) | área urbana | Área (km²) | Densidade (hab / km²) |\n"
                + "|---|---|---|---|---|---|---|\n"
                + "| 1 | Pyongyang | Pyongyang | 2.794.272 | 2.581.076 | 3 194 | 1.019 |\n"
                + "| 5 | Wŏnsan | Kangwon | 363.127 | 328.467 | 314,4 | 1 155 |\n"
                + "| 7 | Tanch'ŏn | South Hamgyong | 345.875 | 240 873 | 2 170 | 159 |\n", "cidades.md");

            Assert.Empty(reading.Problems);
            Assert.Equal(new[] { "Pyongyang", "Wŏnsan", "Tanch'ŏn" }, reading.Cities.Select(c => c.Name).ToArray());
            var wonsan = reading.City("Wŏnsan");
            Assert.Equal((363127L, 2008), (wonsan.Population().Value, wonsan.Population().CensusYear!.Value));
            Assert.Equal((314.4d, 1155d), (((MeasureValue)wonsan.Get(CityField.Area)!.Value).Measure.Value, ((MeasureValue)wonsan.Get(CityField.Density)!.Value).Measure.Value));
            Assert.Equal((3194d, 1019d), (((MeasureValue)reading.City("Pyongyang").Get(CityField.Area)!.Value).Measure.Value, ((MeasureValue)reading.City("Pyongyang").Get(CityField.Density)!.Value).Measure.Value));
            Assert.Equal("Kangwon", ((TextValue)wonsan.Get(CityField.Province)!.Value).Text);
        }

        [Fact]
        public void A_spanish_table_translated_from_german_wikipedia_is_named_by_its_transcription()
        {
            var reading = Read("rango\ttranscripción\tHangeul\tHanja\tResidentes 2008\tUnidad administrativa\n"
                + "1.\tPyongyang\t평양\t平壤\t3.255.288\tPyongyang\n"
                + "2.\tHamhŭng\t함흥\t咸興\t768.551\tHamgyŏng-namdo\n"
                + "3.\tCh'ŏngjin\t청진\t淸津\t667.929\tHamgyŏng-pukto\n", "ciudades.tsv");

            Assert.Empty(reading.Problems);
            Assert.Empty(reading.Provinces);
            var chongjin = reading.City("Ch'ŏngjin");
            Assert.Equal((667929L, 2008), (chongjin.Population().Value, chongjin.Population().CensusYear!.Value));
            Assert.Equal(("청진", "Hamgyŏng-pukto"), (chongjin.Text(CityField.KoreanName), ((TextValue)chongjin.Get(CityField.Province)!.Value).Text));
        }

        [Fact]
        public void A_french_table_groups_thousands_with_spaces_and_counts_inhabitants_per_km2()
        {
            var reading = Read("| Ville | Coréen | Province | Population (recensement 2008) | Superficie (km²) | Densité (hab./km²) |\n"
                + "|---|---|---|---|---|---|\n"
                + "| Hamhŭng | 함흥시 | Hamgyŏng du Sud | 768\u202F551 | 556,1 | 1 382,4 |\n");

            var hamhung = reading.City("Hamhŭng");
            Assert.Equal(768551L, hamhung.Population().Value);
            Assert.Equal((556.1d, 1382.4d), (((MeasureValue)hamhung.Get(CityField.Area)!.Value).Measure.Value, ((MeasureValue)hamhung.Get(CityField.Density)!.Value).Measure.Value));
            Assert.Equal("함흥시", hamhung.Text(CityField.KoreanName));
        }

        [Fact]
        public void A_query_services_item_addresses_beside_their_labels_are_ignored_and_the_labels_read()
        {
            // Wikidata's query service exports each ?item as its address and ?itemLabel as its name.
            var csv = Read("city,cityLabel,population,province,provinceLabel\r\n"
                + "http://www.wikidata.org/entity/Q180513,Hamhung,768551,http://www.wikidata.org/entity/Q41164,South Hamgyong Province\r\n"
                + "http://www.wikidata.org/entity/Q200878,Kanggye,251971,http://www.wikidata.org/entity/Q41154,Chagang Province\r\n", "query.csv");
            var json = Read("{ \"head\": { \"vars\": [ \"city\", \"cityLabel\", \"population\" ] }, \"results\": { \"bindings\": [ {\n"
                + "  \"city\": { \"type\": \"uri\", \"value\": \"http://www.wikidata.org/entity/Q180513\" },\n"
                + "  \"cityLabel\": { \"xml:lang\": \"en\", \"type\": \"literal\", \"value\": \"Hamhung\" },\n"
                + "  \"population\": { \"datatype\": \"http://www.w3.org/2001/XMLSchema#decimal\", \"type\": \"literal\", \"value\": \"768551\" } } ] } }\n", "query.json");

            Assert.Empty(csv.Problems);
            Assert.Equal(new[] { "Hamhung", "Kanggye" }, csv.Cities.Select(c => c.Name).ToArray());
            Assert.Equal("South Hamgyong", csv.City("Hamhung").Text(CityField.Province));
            Assert.Empty(json.Problems);
            Assert.Equal(768551L, json.City("Hamhung").Population().Value);
        }

        [Fact]
        public void An_overpass_exports_place_column_of_settlement_kinds_is_left_without_a_report_and_another_place_column_is_reported()
        {
            var osm = Read("@id\tname\tname:en\tplace\tpopulation\nnode/1\t함흥시\tHamhung\tcity\t768551\nnode/2\t신흥군\tSinhung\ttown\t\n", "overpass.tsv");
            var other = Read("City\tPlace\tPopulation\nHamhung\tSouth Hamgyong coast\t768551\n", "places.tsv");

            Assert.Empty(osm.Problems);
            Assert.Equal(new[] { "Hamhung", "Sinhung" }, osm.Cities.Select(c => c.Name).ToArray());
            Assert.Null(osm.City("Sinhung").Get(CityField.Status));
            Assert.Contains(other.Problems, p => p.Kind == ProblemKind.UnusedColumn && p.Message.Contains("'Place'"));
        }

        [Fact]
        public void A_region_column_that_holds_the_provinces_is_no_province_rows_region()
        {
            var reading = Read(Document(new[]
            {
                Table(
                    1,
                    new[] { "Name", "Region", "Population" },
                    new[] { "Hamhung", "South Hamgyong", "768,551" },
                    new[] { "Kanggye", "Chagang", "251,971" },
                    new[] { "North Hamgyong", "North Hamgyong", "2,327,362" }),
            }));

            Assert.Equal("South Hamgyong", reading.City("Hamhung").Text(CityField.Province));
            var province = Assert.Single(reading.Provinces);
            Assert.DoesNotContain(province.Facts, f => f.Field == ProvinceField.Region);
            Assert.Contains("'Region'", Assert.Single(reading.Problems, p => p.Kind == ProblemKind.UnusedColumn).Message);
        }

        [Fact]
        public void A_provinces_table_without_a_name_column_is_named_by_its_province_column()
        {
            var reading = Read(Document(new[]
            {
                Table(1, new[] { "Province", "Capital", "Population" }, new[] { "North Hamgyong", "Chongjin", "2,327,362" }, new[] { "Chagang-do", "Kanggye", "1,299,830" }, new[] { "Total", "", "24,052,231" }),
            }));

            Assert.Equal(new[] { "North Hamgyong", "Chagang-do" }, reading.Provinces.Select(p => p.Name).ToArray());
            Assert.Empty(reading.Cities);
            Assert.Equal(new[] { (ProblemKind.TotalRow, 4) }, reading.Problems.Select(p => (p.Kind, p.Span.Line)).ToArray());
            Assert.Equal(new[] { "Chongjin", "Kanggye" }, reading.Provinces.Select(p => ((TextValue)p.Facts.Single(f => f.Field == ProvinceField.Capital).Value).Text).ToArray());
            Assert.Equal(1299830, ((PopulationValue)reading.Provinces[1].Facts.Single(f => f.Field == ProvinceField.Population).Value).Figure.Value);
        }

        [Fact]
        public void The_type_column_decides_between_city_and_province_rows()
        {
            var reading = Read(Document(new[]
            {
                Table(
                    1,
                    new[] { "Name", "Type", "Population", "Major city" },
                    new[] { "South Hamgyong", "Province", "3,066,013", "Hamhung" },
                    new[] { "Rason", "Special cityb", "196,954", "" },
                    new[] { "Pyongyang", "Directly governed city", "3,255,288", "" },
                    new[] { "Kangwon", "Provinz", "1,477,582", "Wonsan" },
                    new[] { "Hwanghae", "City", "1,000", "" }),
            }));

            Assert.Equal(new[] { "South Hamgyong", "Kangwon" }, reading.Provinces.Select(p => p.Name).ToArray());
            Assert.Equal("Wonsan", ((TextValue)reading.Provinces[1].Facts.Single(f => f.Field == ProvinceField.MajorCity).Value).Text);
            Assert.Equal(new[] { ("Rason", CityStatus.SpecialCity), ("Pyongyang", CityStatus.DirectlyGovernedCity), ("Hwanghae", CityStatus.City) }, reading.Cities.Select(c => (c.Name, c.Status())).ToArray());
            // The population column serves both kinds of row.
            Assert.Equal(1477582, ((PopulationValue)reading.Provinces[1].Facts.Single(f => f.Field == ProvinceField.Population).Value).Figure.Value);
            Assert.Equal(196954, reading.City("Rason").Population().Value);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_world_cities_database_district_column_gives_the_province()
        {
            var reading = Read(Document(new[]
            {
                Table(
                    1,
                    new[] { "ID", "Name", "CountryCode", "District", "Population" },
                    new[] { "2318", "Pyongyang", "PRK", "Pyongyang-si", "2484000" },
                    new[] { "2319", "Hamhung", "PRK", "Hamgyong N", "709000" },
                    new[] { "2320", "Chongjin", "PRK", "Hamgyong P", "582480" },
                    new[] { "2322", "Sinuiju", "PRK", "Pyongan P", "326011" },
                    new[] { "2323", "Wonsan", "PRK", "Kangwon", "300148" }),
            }));

            Assert.Equal(new[] { "Pyongyang", "Hamhung", "Chongjin", "Sinuiju", "Wonsan" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Null(reading.City("Pyongyang").Get(CityField.Province));
            // Pyongyang-si in Pyongyang's row: the city is its own first-level division.
            Assert.Equal(CityStatus.FirstLevel, reading.City("Pyongyang").Status());
            Assert.Equal("Hamgyong N", reading.City("Hamhung").Text(CityField.Province));
            Assert.Equal("Kangwon", reading.City("Wonsan").Text(CityField.Province));
            Assert.Equal(582480, reading.City("Chongjin").Population().Value);
            Assert.Empty(reading.Provinces);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_region_column_of_historical_regions_stays_the_region_and_one_of_provinces_is_the_province()
        {
            var regions = Read(Document(new[] { Table(1, new[] { "Name", "Region" }, new[] { "Pyongyang", "Kwanso" }, new[] { "Kaesong", "Haeso" }) }));
            var provinces = Read(Document(new[] { Table(1, new[] { "City", "Region" }, new[] { "Hamhung", "South Hamgyong" }, new[] { "Anju", "South Pyongan Province" }, new[] { "Kaesong", "Haeso" }) }));

            Assert.Equal("Kwanso", regions.City("Pyongyang").Text(CityField.Region));
            Assert.Empty(regions.Problems);
            Assert.Equal("South Hamgyong", provinces.City("Hamhung").Text(CityField.Province));
            Assert.Equal("South Pyongan", provinces.City("Anju").Text(CityField.Province));
            Assert.Null(provinces.City("Kaesong").Get(CityField.Province));
            var problem = Assert.Single(provinces.Problems);
            Assert.Equal((ProblemKind.UnreadableValue, 4), (problem.Kind, problem.Span.Line));
        }

        [Fact]
        public void A_district_column_without_provinces_is_reported_once()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "City", "District", "Population" }, new[] { "Hamhung", "Sapho", "768,551" }, new[] { "Chongjin", "Ranam", "667,929" }) }));

            Assert.Equal(2, reading.Cities.Count);
            Assert.All(reading.Cities, c => Assert.Null(c.Get(CityField.Province)));
            var problem = Assert.Single(reading.Problems);
            Assert.Equal(ProblemKind.UnusedColumn, problem.Kind);
            Assert.Contains("'District'", problem.Message);
            Assert.Contains("does not hold province names", problem.Message);
        }

        [Fact]
        public void A_german_wikipedia_table_is_read_and_its_unknown_column_reported_once()
        {
            const string text = "= Liste der Städte in Nordkorea =\n"
                + "| Stadt | Koreanisch | Provinz | Einwohner Zensus 2008 | Fläche in km² | Bürgermeister |\n"
                + "| Hamhŭng | 함흥시 | Süd-Hamgyŏng | 768.551 | 330 | Kim |\n"
                + "| Anju | 안주시 | Süd-P'yŏngan | 240.117 | k.A. | Ri |\n";
            var reading = Read(text);

            var hamhung = reading.City("Hamhŭng");
            Assert.Equal((768551L, false, 2008), (hamhung.Population().Value, hamhung.Population().IsRounded, hamhung.Population().CensusYear!.Value));
            Assert.Equal("함흥시", hamhung.Text(CityField.KoreanName));
            Assert.Equal("Süd-Hamgyŏng", hamhung.Text(CityField.Province));
            Assert.Equal(330, hamhung.Area().Value);
            Assert.Null(reading.City("Anju").Get(CityField.Area));
            var problem = Assert.Single(reading.Problems);
            Assert.Equal((ProblemKind.UnusedColumn, 2, 74), (problem.Kind, problem.Span.Line, problem.Span.Column));
            Assert.Contains("'Bürgermeister'", problem.Message);
        }

        [Fact]
        public void A_korean_table_is_read()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "도시", "한자", "도", "인구 (2008)" }, new[] { "함흥시", "咸興市", "함경남도", "768,551" }) }));

            var hamhung = reading.City("함흥시");
            Assert.Equal("咸興市", hamhung.Text(CityField.Hancha));
            Assert.Equal("함경남도", hamhung.Text(CityField.Province));
            Assert.Equal(2008, hamhung.Population().CensusYear);
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void Population_cells_as_people_write_them_are_read_in_a_table()
        {
            var reading = Read(Document(new[]
            {
                Table(1, new[] { "City", "Population" }, new[] { "Anju", "240,117 (2008)" }, new[] { "Chongjin", "667,929[1]" }, new[] { "Kusong", "196.515" }, new[] { "Manpo", "—" }),
            }));

            Assert.Equal(2008, reading.City("Anju").Population().CensusYear);
            Assert.Equal(667929, reading.City("Chongjin").Population().Value);
            Assert.Equal(196515, reading.City("Kusong").Population().Value);
            Assert.Null(reading.City("Manpo").Get(CityField.Population));
            Assert.Empty(reading.Problems);
        }

        [Fact]
        public void A_name_with_a_footnote_mark_is_the_name_without_it()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "City", "Population" }, new[] { "Pyongyang[a]", "3,255,288" }, new[] { "Rason*", "196,954" }) }));

            Assert.Equal(new[] { "Pyongyang", "Rason" }, reading.Cities.Select(c => c.Name).ToArray());
        }

        [Fact]
        public void Residue_in_a_cell_is_reported_at_the_cell_and_not_stored()
        {
            var reading = Read(Document(new[] { Table(1, new[] { "City", "Korean name", "Population" }, new[] { "Hamhung", "{{lang|ko|함흥시}}", "768,551" }, new[] { "Anju]]", "안주시", "240,117" }) }));

            var hamhung = Assert.Single(reading.Cities);
            Assert.Null(hamhung.Get(CityField.KoreanName));
            Assert.Equal(768551, hamhung.Population().Value);
            Assert.Equal(new[] { (ProblemKind.UnreadableValue, 2, 13), (ProblemKind.MalformedRow, 3, 3) }, reading.Problems.Select(p => (p.Kind, p.Span.Line, p.Span.Column)).ToArray());
            Assert.Contains("'{{'", reading.Problems[0].Message);
        }

        [Fact]
        public void Residue_in_a_users_korean_name_leaves_the_built_in_korean_name_standing()
        {
            var user = new PrioritizedReading(
                Read(Document(new[] { Table(1, new[] { "City", "Korean name", "Population" }, new[] { "Hamhung", "함흥시}}", "768,551" }, new[] { "Chongjin", "]]", "667,929" }) })),
                10);

            var model = ModelBuilder.Build(DefaultReadings.All.Concat(new[] { user }));

            var hamhung = model.Cities.Single(c => c.Name == "Hamhung");
            Assert.Equal("함흥시", ((TextValue)hamhung.Get(CityField.KoreanName)?.Value!).Text);
            Assert.Equal("청진시", ((TextValue)model.Cities.Single(c => c.Name == "Chongjin").Get(CityField.KoreanName)?.Value!).Text);
            Assert.Equal(2, user.Reading.Problems.Count(p => p.Kind == ProblemKind.UnreadableValue));
        }

        [Fact]
        public void A_file_from_which_nothing_could_be_read_is_one_warning_naming_its_tables_and_the_expected_headers()
        {
            var reading = Read("= Airports =\n| Airport | IATA |\n| Sunan | FNJ |\n\n| Bürgermeister | Partei |\n| Kim | WPK |\n", "airports.md");

            var file = Assert.Single(reading.Problems, p => p.Kind == ProblemKind.NoTableRead);
            Assert.Equal(("airports.md", 1, 1), (file.Span.File, file.Span.Line, file.Span.Column));
            Assert.Contains("'Airport | IATA'; 'Bürgermeister | Partei'", file.Message);
            Assert.Contains("NkGen reads cities", file.Message);
            Assert.Equal(DiagnosticSeverity.Warning, DiagnosticDescriptors.For(file.Kind).DefaultSeverity);
            Assert.Equal(2, reading.Problems.Count(p => p.Kind == ProblemKind.UnrecognizedTable));
            Assert.Equal(DiagnosticSeverity.Warning, DiagnosticDescriptors.For(ProblemKind.UnrecognizedTable).DefaultSeverity);
        }

        [Fact]
        public void A_file_without_tables_is_reported_too_but_one_with_any_row_is_not()
        {
            Assert.Contains("it has no table", Assert.Single(Read("= Prose =\n\nJust words.\n").Problems).Message);
            Assert.DoesNotContain(Read("= L =\n| City | Population |\n| Anju | 240,117 |\n\n| Airport | IATA |\n| Sunan | FNJ |\n").Problems, p => p.Kind == ProblemKind.NoTableRead);
        }

        [Fact]
        public void The_built_in_tables_give_no_warning_level_problem()
        {
            var problems = DefaultReadings.All.SelectMany(r => r.Reading.Problems).ToList();

            Assert.DoesNotContain(problems, p => DiagnosticDescriptors.For(p.Kind).DefaultSeverity >= DiagnosticSeverity.Warning);
        }

        [Fact]
        public void A_total_row_is_an_NKG2012_info_and_an_unused_column_an_NKG2010_warning_in_a_build_located_in_the_data_file()
        {
            var reading = Read("= P =\n| Province | Mayor | Major city |\n| Chagang | Kim | Kanggye |\n| Total | | |\n", "/data/p.md");

            var diagnostics = reading.Problems.Select(DiagnosticFactory.Create).ToList();

            Assert.Equal(new[] { ("NKG2012", DiagnosticSeverity.Info, 4), ("NKG2010", DiagnosticSeverity.Warning, 2) },
                diagnostics.Select(d => (d.Id, d.Severity, d.Location.GetLineSpan().StartLinePosition.Line + 1)).ToArray());
            Assert.All(diagnostics, d => Assert.Equal("/data/p.md", d.Location.GetLineSpan().Path));
        }

        [Fact]
        public void A_country_total_row_in_a_city_list_is_NKG2012_at_its_name_and_becomes_no_city()
        {
            var reading = Read("= C =\n| City | Population |\n| Kilju | 139,932 |\n| North Korea | 24,052,231 |\n| Musan | 98,000 |\n", "/data/c.md");

            var diagnostic = DiagnosticFactory.Create(Assert.Single(reading.Problems));

            Assert.Equal(new[] { "Kilju", "Musan" }, reading.Cities.Select(c => c.Name).ToArray());
            Assert.Equal(("NKG2012", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
            var at = diagnostic.Location.GetLineSpan();
            Assert.Equal(("/data/c.md", 4, 3), (at.Path, at.StartLinePosition.Line + 1, at.StartLinePosition.Character + 1));
            Assert.Contains("'North Korea' totals the whole country", diagnostic.GetMessage());
        }
    }
}
