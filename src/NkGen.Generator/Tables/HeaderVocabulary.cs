using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// The words a column header may use, per meaning and language. Headers are compared as <see cref="HeaderText.Core"/>
    /// (case, diacritics, punctuation, units, years, census words and footnote marks ignored), so each word is listed once
    /// in its plain form. This table is the whole vocabulary: docs/data-format.md lists the same words, and a test keeps
    /// the two in step.
    /// </summary>
    internal static class HeaderVocabulary
    {
        public static readonly IReadOnlyList<VocabularyEntry> Entries = new VocabularyEntry[]
        {
            new(ColumnMeaning.Name,
                english: new[] { "City", "Name", "City name", "Town", "Municipality", "Division", "Division name", "Special city", "Item label", "Name:en", "English name" },
                german: new[] { "Stadt", "Ort", "Name", "Gemeinde", "Stadtname" },
                korean: new[] { "도시", "시", "이름", "도시명", "지명", "영문", "영문명", "영문 이름", "행정구역", "행정구역명", "시군", "시·군", "시군명", "명칭" },
                romance: new[]
                {
                    "Ciudad", "Nombre", "Municipio", "Localidad", "Ville", "Nom", "Commune", "Localité", "Cidade", "Nome", "Município", "Localidade", "Città", "Comune", "Località",
                    // The romanized name, where a table translated from German Wikipedia heads it so (Umschrift, "Name (Umschrift)").
                    "Transcripción", "Transcription", "Transcrição", "Trascrizione",
                }),
            new(ColumnMeaning.KoreanName,
                english: new[] { "Korean", "Korean name", "Chosŏn'gŭl", "Hangul", "Hangeul", "Name:ko" },
                german: new[] { "Koreanisch", "Koreanischer Name" },
                korean: new[] { "한글", "조선글", "조선어", "한국어" },
                romance: new[] { "Coreano", "Nombre coreano", "Coréen", "Nom coréen", "Nome coreano" }),
            new(ColumnMeaning.Hancha,
                english: new[] { "Hancha", "Hanja", "Chinese characters", "Name:ko-Hani" },
                german: new[] { "Hanja-Schreibung", "Chinesische Schriftzeichen" },
                korean: new[] { "한자" },
                romance: new[] { "Caracteres chinos", "Caractères chinois", "Caracteres chineses", "Caratteri cinesi" }),
            new(ColumnMeaning.Province,
                english: new[] { "Province", "Provinces", "Province name", "State", "State name", "Province/State", "Admin name", "Admin1", "Admin1 name", "Subdivision", "Subdivision name", "Is in:province", "ADM1NAME" },
                german: new[] { "Provinz" },
                korean: new[] { "도", "도명", "상위 행정구역", "소속", "소속 도" },
                romance: new[] { "Provincia", "Unidad administrativa", "Província", "Unidade administrativa" }),
            new(ColumnMeaning.ProvinceAbsorbedInto,
                english: new[] { "Province absorbed into", "Absorbed into", "Merged into" },
                german: new[] { "Eingegliedert in" },
                korean: new string[0]),
            new(ColumnMeaning.RelatedProvince,
                english: new[] { "Province related", "Related province" },
                german: new string[0],
                korean: new string[0]),
            new(ColumnMeaning.Population,
                english: new[] { "Population", "Inhabitants", "Pop.", "Residents", "POP_MAX" },
                german: new[] { "Einwohner", "Einwohnerzahl", "Bevölkerung", "Einw." },
                korean: new[] { "인구", "인구수" },
                romance: new[] { "Población", "Habitantes", "Residentes", "Habitants", "População", "Popolazione", "Abitanti" }),
            new(ColumnMeaning.Area,
                english: new[] { "Area", "Land area", "Total area" },
                german: new[] { "Fläche", "Gesamtfläche" },
                korean: new[] { "면적" },
                romance: new[] { "Superficie", "Área" }),
            new(ColumnMeaning.Density,
                english: new[] { "Density", "Population density" },
                german: new[] { "Dichte", "Bevölkerungsdichte", "Einwohnerdichte" },
                korean: new[] { "인구밀도", "인구 밀도" },
                romance: new[] { "Densidad", "Densidad de población", "Densité", "Densité de population", "Densidade", "Densidade populacional", "Densità" }),
            new(ColumnMeaning.Founded,
                english: new[] { "Founded", "Founding date", "Established", "Year of assignment" },
                german: new[] { "Gegründet", "Gründung", "Gründungsjahr" },
                korean: new[] { "설립", "설치" },
                romance: new[] { "Fundación", "Fondation", "Fundação", "Fondazione" }),
            new(ColumnMeaning.Status,
                english: new[] { "Type", "Status" },
                german: new[] { "Typ", "Art" },
                korean: new[] { "종류", "유형", "지위", "구분" },
                romance: new[] { "Tipo", "Estatus", "Statut", "Estatuto" }),
            new(ColumnMeaning.IsoCode,
                english: new[] { "ISO", "ISO code", "ISO 3166-2" },
                german: new[] { "ISO-Code" },
                korean: new[] { "ISO 코드" },
                romance: new[] { "Código ISO", "Code ISO", "Codice ISO" }),
            new(ColumnMeaning.Capital,
                english: new[] { "Capital", "Seat", "Capital city", "Provincial capital", "Administrative seat", "Administrative centre", "Administrative center" },
                german: new[] { "Hauptstadt", "Verwaltungssitz", "Sitz", "Provinzhauptstadt", "Verwaltungszentrum" },
                korean: new[] { "소재지", "도청 소재지", "도 소재지", "행정 중심지", "중심지" },
                romance: new[] { "Sede", "Capitale", "Chef-lieu", "Capoluogo" }),
            new(ColumnMeaning.Region,
                english: new[] { "Region", "Regions" },
                german: new[] { "Landesteil" },
                korean: new[] { "지역", "지방" },
                romance: new[] { "Región", "Région", "Região", "Regione" }),
            new(ColumnMeaning.District,
                english: new[] { "District" },
                german: new[] { "Bezirk", "Verwaltungsbezirk" },
                korean: new string[0],
                romance: new[] { "Distrito", "Distretto" }),
            new(ColumnMeaning.SpecialCityPeriods,
                english: new[] { "Administered Years", "Special city years", "Years as special city" },
                german: new string[0],
                korean: new string[0]),
            new(ColumnMeaning.Roles,
                english: new[] { "Role", "Roles" },
                german: new[] { "Rolle" },
                korean: new[] { "역할" }),
            new(ColumnMeaning.KnownFor,
                english: new[] { "Known For" },
                german: new[] { "Bekannt für" },
                korean: new string[0]),
            new(ColumnMeaning.BestFor,
                english: new[] { "Best For" },
                german: new string[0],
                korean: new string[0]),
            new(ColumnMeaning.Character,
                english: new[] { "Character" },
                german: new[] { "Charakter" },
                korean: new[] { "특징" }),
            new(ColumnMeaning.MajorCity,
                english: new[] { "Major City", "Largest city", "Main city" },
                german: new[] { "Größte Stadt" },
                korean: new[] { "주요 도시", "최대 도시" },
                romance: new[] { "Ciudad principal", "Ciudad más grande", "Ville principale", "Plus grande ville", "Cidade principal", "Maior cidade", "Città principale" }),
            new(ColumnMeaning.CityNames,
                english: new[] { "City names", "Cities", "City list" },
                german: new[] { "Städte" },
                korean: new string[0],
                romance: new[] { "Ciudades", "Villes", "Cidades" }),
            new(ColumnMeaning.Count,
                english: new[] { "No.", "Number", "Count", "Number of cities" },
                german: new[] { "Nr.", "Anzahl", "Anzahl der Städte" },
                korean: new[] { "번호", "수" },
                romance: new[] { "Número", "Número de ciudades", "Número de cidades" }),
            new(ColumnMeaning.Ignored,
                english: new[]
                {
                    "#", "Rank", "ID", "McCune–Reischauer", "Romanization", "Revised Romanization", "Notes", "Note", "Remarks", "Country", "Country code", "CountryCode",
                    // What world-city databases export beside the names (GeoNames, simplemaps, countries-states-cities): places,
                    // codes and keys, none of them a fact NkGen keeps.
                    "Country name", "Country ID", "ISO2", "ISO3", "State ID", "State code", "Admin1 code", "Latitude", "Longitude", "Lat", "Lng", "Lon",
                    "Coordinates", "Elevation", "Timezone", "Time zone", "Geoname ID", "GeonameID", "Wikidata", "Wikidata ID", "WikiDataId", "ASCII name", "Asciiname", "City ASCII",
                    "Alternate names", "Alternatenames", "Feature class", "Feature code", "Modification date", "Item", "Coord",
                    // Natural Earth's populated places: ranks, flags, other names, the country, other population estimates.
                    "SCALERANK", "NATSCALE", "LABELRANK", "FEATURECLA", "NAMEPAR", "NAMEALT", "NAMEDIFF", "DIFFASCII", "NAMEASCII", "DIFFNOTE",
                    "ADM0CAP", "CAPALT", "CAPIN", "WORLDCITY", "MEGACITY", "MEGANAME", "SOV0NAME", "SOV_A3", "ADM0NAME", "ADM0_A3", "ADM1_CODE", "ISO_A2",
                    "CHANGED", "CHECKME", "POP_MIN", "POP_OTHER", "RANK_MAX", "RANK_MIN", "LS_NAME", "LS_MATCH", "NAME_ZHT", "NE_ID", "WOF_ID", "min_zoom",
                    "MAX_POP10", "MAX_POP20", "MAX_POP50", "MAX_POP300", "MAX_POP310", "MAX_NATSCA", "MIN_AREAKM", "MAX_AREAKM", "MIN_AREAMI", "MAX_AREAMI",
                    "MIN_PERKM", "MAX_PERKM", "MIN_PERMI", "MAX_PERMI", "MIN_BBXMIN", "MAX_BBXMIN", "MIN_BBXMAX", "MAX_BBXMAX", "MIN_BBYMIN", "MAX_BBYMIN",
                    "MIN_BBYMAX", "MAX_BBYMAX", "MEAN_BBXC", "MEAN_BBYC", "COMPARE", "GN_ASCII", "FEATURE_CL", "FEATURE_CO", "ADMIN1_COD", "GN_POP",
                    "GTOPO30", "GEONAMESNO", "UN_FID", "UN_ADM0", "UN_LAT", "UN_LONG", "CITYALT",
                    // GeoNames' columns beside the ones above (GeoNamesDump gives a dump without a header its documented names).
                    "cc2", "admin2 code", "admin3 code", "admin4 code", "dem",
                    // Wikipedia's columns of pictures and of the numbers on a map beside the table.
                    "Map key", "Key", "Map", "Image", "Flag", "Emblem",
                },
                german: new[] { "Rang", "Umschrift", "Anmerkung", "Anmerkungen", "Bemerkungen", "Land", "Staat", "Breitengrad", "Längengrad", "Koordinaten", "Karte", "Bild", "Flagge", "Wappen" },
                korean: new[] { "순위", "로마자", "비고", "국가", "위도", "경도", "좌표", "지도", "사진" },
                romance: new[]
                {
                    "Rango", "Puesto", "Posición", "Notas", "País", "Coordenadas", "Mapa", "Imagen", "Bandera", "Escudo", "Rang", "Pays", "Coordonnées", "Carte",
                    "Drapeau", "Blason", "Classificação", "Posição", "Imagem", "Bandeira", "Brasão", "Posizione", "Paese", "Coordinate", "Mappa", "Immagine",
                    "Bandiera", "Stemma",
                    // A city's urban population beside its whole population (Portuguese Wikipedia's "área urbana").
                    "Área urbana", "População urbana", "Población urbana",
                }),
        };

        private static readonly Dictionary<string, ColumnMeaning> ByCore = Index();

        // The cores of the words of languages that write a decimal comma (German, Spanish, French, Portuguese, Italian) that
        // are no English or Korean word's ("Name" is both German and English, "Área" both Portuguese and English).
        private static readonly HashSet<string> DecimalCommaOnly = new(
            Entries.SelectMany(e => e.German.Concat(e.Romance)).Select(w => HeaderText.Of(w).Core)
                .Except(Entries.SelectMany(e => e.English.Concat(e.Korean)).Select(w => HeaderText.Of(w).Core)));

        // The cores of the English words that are no word of a decimal-comma language ("Population" is French too).
        private static readonly HashSet<string> EnglishOnly = new(
            Entries.SelectMany(e => e.English).Select(w => HeaderText.Of(w).Core)
                .Except(Entries.SelectMany(e => e.German.Concat(e.Romance)).Select(w => HeaderText.Of(w).Core)));

        /// <summary>
        /// A header read as a column deliberately ignored: what an export's column stands for when its own header would be
        /// read otherwise (GADM's levels, OpenStreetMap's <c>@type</c>, a name column that repeats another).
        /// </summary>
        public static HeaderText IgnoredColumn { get; } = HeaderText.Of("ID");

        /// <summary>
        /// Whether the header is a word of a language that writes a decimal comma (<c>Fläche</c>, <c>Einwohner 2008</c>,
        /// <c>Superficie</c>, <c>População</c>): its column writes numbers so, a dot or a space grouping thousands and a comma
        /// before the decimals (<see cref="Digits"/>).
        /// </summary>
        public static bool WritesDecimalComma(HeaderText header) => IsIn(DecimalCommaOnly, header);

        /// <summary>
        /// Whether a table's headers are written in a language that writes a decimal comma: more of them are words of such a
        /// language alone than English words alone. Then a column whose header is both (<c>Área</c>, <c>Population</c> in a
        /// French table) writes numbers so too.
        /// </summary>
        public static bool WritesDecimalComma(IEnumerable<HeaderText> headers)
        {
            int decimalComma = 0, english = 0;
            foreach (var header in headers)
            {
                if (IsIn(DecimalCommaOnly, header)) decimalComma++;
                else if (IsIn(EnglishOnly, header)) english++;
            }

            return decimalComma > english;
        }

        private static bool IsIn(HashSet<string> words, HeaderText header) =>
            words.Contains(header.Core) || (header.WordsCore is { } joined && !ByCore.ContainsKey(header.Core) && words.Contains(joined));

        /// <summary>What a header names, or null for a header NkGen does not know. A population per area is a density.</summary>
        public static ColumnMeaning? MeaningOf(HeaderText header)
        {
            if (!TryMeaning(header.Core, out var meaning) && (header.WordsCore is null || !TryMeaning(header.WordsCore, out meaning)))
            {
                return InAnotherLanguage(header.Core) || InPopulationSeries(header.Core) ? ColumnMeaning.Ignored : null;
            }

            return meaning == ColumnMeaning.Population && header.PerArea ? ColumnMeaning.Density : meaning;
        }

        /// <summary>
        /// A name in a language tagged after it (<c>name:ja</c>, <c>NAME_ZH</c>, <c>name:ko-Latn</c>), as OpenStreetMap and Natural
        /// Earth write a column per language: English and Korean are in the vocabulary (<c>Name:en</c>, <c>Name:ko</c>,
        /// <c>Name:ko-Hani</c>); any other language is a name NkGen keeps nothing of, ignored without a report.
        /// </summary>
        private static bool InAnotherLanguage(string core)
        {
            const string Name = "name ";
            if (!core.StartsWith(Name, System.StringComparison.Ordinal)) return false;
            var tag = core.Substring(Name.Length).Split(' ');
            return tag[0].Length == 2 && tag.Length <= 2 && tag.All(IsLetters) && (tag.Length == 1 || tag[1].Length is 2 or 4);
        }

        /// <summary>
        /// One year of a population series (<c>POP1950</c> … <c>POP2035</c>, Natural Earth's estimates and projections for
        /// large cities): not the city's population, which a table gives in a column of its own (<c>POP_MAX</c>).
        /// </summary>
        private static bool InPopulationSeries(string core) =>
            core.Length == 7 && core.StartsWith("pop", System.StringComparison.Ordinal) && YearText.IsPlausibleYear(core.Substring(3));

        private static bool IsLetters(string part) => part.Length > 0 && part.All(c => c is >= 'a' and <= 'z');

        // A query service names a column of labels after what it labels ("cityLabel", "provinceLabel"): the label of a city
        // is its name, of a province the province's.
        private static bool TryMeaning(string core, out ColumnMeaning meaning)
        {
            const string Label = " label";
            return ByCore.TryGetValue(core, out meaning)
                || (core.EndsWith(Label, System.StringComparison.Ordinal) && core.Length > Label.Length && ByCore.TryGetValue(core.Substring(0, core.Length - Label.Length), out meaning));
        }

        /// <summary>The words of one meaning in every language, as the docs show them.</summary>
        public static IEnumerable<string> WordsOf(ColumnMeaning meaning) =>
            Entries.Where(e => e.Meaning == meaning).SelectMany(e => e.AllWords);

        /// <summary>The first meaning listed for a word wins; a test keeps every word to one meaning.</summary>
        private static Dictionary<string, ColumnMeaning> Index()
        {
            var index = new Dictionary<string, ColumnMeaning>();
            foreach (var entry in Entries)
            {
                foreach (var word in entry.AllWords)
                {
                    var core = HeaderText.Of(word).Core;
                    if (!index.ContainsKey(core)) index[core] = entry.Meaning;
                }
            }

            return index;
        }
    }

    /// <summary>The header words of one meaning, per language.</summary>
    internal sealed class VocabularyEntry
    {
        public VocabularyEntry(ColumnMeaning meaning, string[] english, string[] german, string[] korean, string[]? romance = null)
        {
            Meaning = meaning;
            English = english;
            German = german;
            Korean = korean;
            Romance = romance ?? new string[0];
        }

        public ColumnMeaning Meaning { get; }

        public IReadOnlyList<string> English { get; }

        public IReadOnlyList<string> German { get; }

        public IReadOnlyList<string> Korean { get; }

        /// <summary>Spanish, French, Portuguese and Italian words, as Wikipedia's tables in those languages head their columns.</summary>
        public IReadOnlyList<string> Romance { get; }

        /// <summary>Every word of the meaning, in every language.</summary>
        public IEnumerable<string> AllWords => English.Concat(German).Concat(Korean).Concat(Romance);
    }
}
