using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// How each column of a city-shaped table is read, decided once per table from its header and, where the header alone
    /// cannot say, from its values: a Region or District column is the province column only when its values name provinces
    /// (<see cref="ProvinceLikeness"/>) and no column is headed Province; a table without a name column is named by a
    /// province column whose values are provinces (a provinces table headed "Province | Capital | Population").
    /// </summary>
    internal sealed class ColumnPlan
    {
        private ColumnPlan(List<HeaderText> headers, int nameColumn, int statusColumn, CityField?[] cityFields, ProvinceField?[] provinceFields, bool[] provinceByContent, bool namesAreProvinces)
        {
            DecimalComma = HeaderVocabulary.WritesDecimalComma(headers);
            ProvinceByContent = provinceByContent;
            Headers = headers;
            NameColumn = nameColumn;
            StatusColumn = statusColumn;
            CityFields = cityFields;
            ProvinceFields = provinceFields;
            NamesAreProvinces = namesAreProvinces;
        }

        public List<HeaderText> Headers { get; }

        /// <summary>The column that names each row, or -1: then the table is no city table.</summary>
        public int NameColumn { get; }

        /// <summary>The Type or Status column that says whether a row is a city or a province, or -1.</summary>
        public int StatusColumn { get; }

        public IReadOnlyList<CityField?> CityFields { get; }

        public IReadOnlyList<ProvinceField?> ProvinceFields { get; }

        /// <summary>Region or District columns read as the province because of their values: a value that is no province is not one.</summary>
        public IReadOnlyList<bool> ProvinceByContent { get; }

        /// <summary>Most names are provinces: "X-do" and "X Province" forms count as provinces too, not only the built-in ones.</summary>
        public bool NamesAreProvinces { get; }

        /// <summary>
        /// The table is headed in a language that writes a decimal comma (Portuguese "Cidade | População | Área"): its
        /// numbers are written so in every column, "Área" too.
        /// </summary>
        public bool DecimalComma { get; }

        /// <summary>A name column and at least one column that gives a city or province a fact.</summary>
        public bool IsCityTable => NameColumn >= 0 && Enumerable.Range(0, Headers.Count).Any(i => i != NameColumn && (CityFields[i] is not null || ProvinceFields[i] is not null));

        public static ColumnPlan For(TextTable table) => For(table, TableShape.Headers(table));

        public static ColumnPlan For(TextTable table, List<HeaderText> headers)
        {
            // A column of web addresses identifies a record and holds no name or fact: a query service's ?city (the item's
            // address) beside its ?cityLabel (the name), an export's item links. Ignored without a report.
            for (var i = 0; i < headers.Count; i++)
            {
                if (HoldsAddresses(table, i) || HoldsPlaceKinds(table, i, headers[i])) headers[i] = HeaderVocabulary.IgnoredColumn;
            }

            var meanings = headers.Select(HeaderVocabulary.MeaningOf).ToList();
            var nameColumns = Enumerable.Range(0, headers.Count).Where(i => meanings[i] == ColumnMeaning.Name).ToList();
            // Of several name columns (OpenStreetMap's name and name:en, a Korean source's 이름 and 영문), the romanized one
            // names the row: it is what members are named from, the others are the row's Korean or Hancha name.
            var nameColumn = nameColumns.Count switch
            {
                0 => -1,
                1 => nameColumns[0],
                _ => nameColumns.Where(i => MostlyIn(table, i, NameScript.Latin)).DefaultIfEmpty(nameColumns[0]).First(),
            };
            if (nameColumn < 0)
            {
                nameColumn = Enumerable.Range(0, headers.Count).Where(i => CityColumns.IsProvinceLike(headers[i]) && NamesProvinces(table, i)).DefaultIfEmpty(-1).First();
            }

            var hasProvinceColumn = Enumerable.Range(0, headers.Count).Any(i => i != nameColumn && meanings[i] is ColumnMeaning.Province or ColumnMeaning.ProvinceAbsorbedInto);
            var (givesKorean, givesHancha) = (meanings.Contains(ColumnMeaning.KoreanName), meanings.Contains(ColumnMeaning.Hancha));
            var cityFields = new CityField?[headers.Count];
            var provinceFields = new ProvinceField?[headers.Count];
            var provinceByContent = new bool[headers.Count];
            for (var i = 0; i < headers.Count; i++)
            {
                if (i == nameColumn) continue;
                cityFields[i] = CityColumns.FieldOf(headers[i]);
                provinceFields[i] = CityColumns.ProvinceFieldOf(headers[i]);
                if (meanings[i] == ColumnMeaning.Name && nameColumn >= 0)
                {
                    (cityFields[i], provinceFields[i]) = OtherName(table, i, givesKorean, givesHancha);
                    // OpenStreetMap's name (in Chosŏn'gŭl) beside its name:ko, the script a column gives already, and Natural
                    // Earth's NAME_EN beside its NAME, the same names again: ignored without a report, as nothing is lost.
                    if (cityFields[i] is null
                        && ((givesKorean && MostlyIn(table, i, NameScript.Hangul)) || (givesHancha && MostlyIn(table, i, NameScript.Hanja)) || Repeats(table, i, nameColumn)))
                    {
                        headers[i] = HeaderVocabulary.IgnoredColumn;
                    }
                }
                if (meanings[i] is ColumnMeaning.Region or ColumnMeaning.District && !hasProvinceColumn && NamesProvinces(table, i))
                {
                    cityFields[i] = CityField.Province;
                    // Its values are the provinces the rows lie in, not a province row's region.
                    provinceFields[i] = null;
                    provinceByContent[i] = true;
                }

                // A world-cities database's "capital" says what kind of capital a city is (primary, admin), not its seat.
                if (meanings[i] == ColumnMeaning.Capital && HoldsCapitalKinds(table, i))
                {
                    cityFields[i] = null;
                    provinceFields[i] = null;
                }
            }

            var statusColumn = meanings.IndexOf(ColumnMeaning.Status);
            var namesAreProvinces = nameColumn >= 0 && NamesProvinces(table, nameColumn);
            return new ColumnPlan(headers, nameColumn, statusColumn == nameColumn ? -1 : statusColumn, cityFields, provinceFields, provinceByContent, namesAreProvinces);
        }

        /// <summary>
        /// A column NkGen cannot use: its header is unknown, it is a District whose values are no provinces, or a Capital
        /// column of capital kinds (<see cref="CapitalKinds"/>).
        /// </summary>
        public bool IsUnusable(int column) =>
            column != NameColumn && CityFields[column] is null && ProvinceFields[column] is null && !CityColumns.IsIgnored(Headers[column]);

        /// <summary>
        /// A name column beside the one that names the rows: in Hangul it is the Korean name, in Hanja the Hancha, unless a
        /// column gives that already; otherwise nothing (reported as a column not used).
        /// </summary>
        private static (CityField?, ProvinceField?) OtherName(TextTable table, int column, bool givesKorean, bool givesHancha)
        {
            if (!givesKorean && MostlyIn(table, column, NameScript.Hangul)) return (CityField.KoreanName, ProvinceField.KoreanName);
            if (!givesHancha && MostlyIn(table, column, NameScript.Hanja)) return (CityField.Hancha, ProvinceField.Hancha);
            return (null, null);
        }

        private enum NameScript
        {
            Latin,
            Hangul,
            Hanja,
        }

        /// <summary>More than half of the column's names (placeholders aside) are written in <paramref name="script"/>.</summary>
        private static bool MostlyIn(TextTable table, int column, NameScript script)
        {
            int inScript = 0, names = 0;
            foreach (var row in table.Rows)
            {
                if (TableShape.CellAt(row, column) is not { } cell) continue;
                var plain = Markup.Plain(cell.Text);
                if (Placeholder.Is(plain)) continue;
                names++;
                var written = script switch
                {
                    NameScript.Hangul => Model.Names.Hangul.Syllables(plain) is not null,
                    NameScript.Hanja => Model.Names.Hanja.Characters(plain) is not null,
                    _ => !Model.Names.KoreanScript.Is(plain),
                };
                if (written) inScript++;
            }

            return 2 * inScript > names;
        }

        // OpenStreetMap's place=* values: how big a settlement is, not its administrative status (a "town" may be a county seat).
        private static readonly HashSet<string> PlaceKinds = new(StringComparer.OrdinalIgnoreCase)
        {
            "city", "town", "village", "hamlet", "suburb", "quarter", "neighbourhood", "isolated_dwelling", "locality", "borough", "municipality",
        };

        // Whether a column headed "place" holds OpenStreetMap's kinds of place (an Overpass export's place column): read as
        // statuses they would make every town a city, so the column is left without a report, as the export's @type is.
        private static bool HoldsPlaceKinds(TextTable table, int column, HeaderText header)
        {
            if (header.Core != "place") return false;
            var seen = 0;
            foreach (var row in table.Rows)
            {
                if (TableShape.CellAt(row, column) is not { } cell || Placeholder.Is(cell.Text.Trim())) continue;
                if (!PlaceKinds.Contains(cell.Text.Trim())) return false;
                if (++seen == 16) break;
            }

            return seen > 0;
        }

        // Whether the first values of the column (up to 16 that are not placeholders) are all web addresses.
        private static bool HoldsAddresses(TextTable table, int column)
        {
            var seen = 0;
            foreach (var row in table.Rows)
            {
                if (TableShape.CellAt(row, column) is not { } cell || Placeholder.Is(cell.Text.Trim())) continue;
                var text = cell.Text.TrimStart();
                if (!text.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase)) return false;
                if (++seen == 16) break;
            }

            return seen > 0;
        }

        /// <summary>Every row's value in <paramref name="column"/> (placeholders aside) is the text of its <paramref name="other"/> column, ignoring case.</summary>
        private static bool Repeats(TextTable table, int column, int other)
        {
            foreach (var row in table.Rows)
            {
                if (TableShape.CellAt(row, column) is not { } cell) continue;
                var plain = Footnotes.Strip(Markup.Plain(cell.Text)).Trim();
                if (Placeholder.Is(plain)) continue;
                var named = TableShape.CellAt(row, other) is { } name ? Footnotes.Strip(Markup.Plain(name.Text)).Trim() : "";
                if (!string.Equals(plain, named, System.StringComparison.OrdinalIgnoreCase)) return false;
            }

            return true;
        }

        /// <summary>What world-city databases write in a capital column instead of a seat: the kind of capital, or a flag.</summary>
        public static readonly IReadOnlyList<string> CapitalKinds = new[] { "primary", "admin", "minor", "yes", "no", "true", "false" };

        /// <summary>Every value of the column (placeholders aside) is a capital kind or flag, and there is one at least.</summary>
        private static bool HoldsCapitalKinds(TextTable table, int column)
        {
            var kinds = 0;
            foreach (var row in table.Rows)
            {
                if (TableShape.CellAt(row, column) is not { } cell) continue;
                var plain = Footnotes.Strip(Markup.Plain(cell.Text)).Trim();
                if (Placeholder.Is(plain)) continue;
                if (!CapitalKinds.Contains(plain, System.StringComparer.OrdinalIgnoreCase)) return false;
                kinds++;
            }

            return kinds > 0;
        }

        /// <summary>
        /// At least half of the column's values (placeholders, first-level codes and total rows aside) are provinces.
        /// </summary>
        private static bool NamesProvinces(TextTable table, int column)
        {
            int provinces = 0, others = 0, left = table.Rows.Count;
            foreach (var row in table.Rows)
            {
                // Once the rows left could not make up the difference the answer is known: a city list stops halfway.
                if (others > provinces + left) return false;
                left--;
                if (TableShape.CellAt(row, column) is not { } cell) continue;
                var plain = Footnotes.Strip(Markup.Plain(cell.Text));
                if (Placeholder.Is(plain) || CountryTotal.Is(plain) || FirstLevelMark.StatusOf(plain, city: null) is not null) continue;
                if (ProvinceLikeness.Is(plain)) provinces++;
                else others++;
            }

            return provinces > 0 && provinces >= others;
        }
    }
}
