using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model.Names;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A table with one city or province per row (the city list, the special cities, the defunct special cities, a table
    /// of provinces with their capitals and populations). A row is a province when its Type says so, or when it names a
    /// province ("North Hamgyong", "Chagang-do") and its Korean name is not a city's (평안시 makes "Pyongan" a city); a
    /// row that totals the country ("North Korea", "Total") is neither. Every row becomes a <see cref="CityRow"/> or
    /// <see cref="ProvinceRow"/>, or a located problem saying why it did not; every column NkGen could not use is
    /// reported once.
    /// </summary>
    internal static class CityTableReader
    {
        public static void Read(TextTable table, ReadingParts parts, ColumnPlan? plan = null)
        {
            plan ??= ColumnPlan.For(table);
            var unused = new SortedDictionary<int, UnusedValues>();
            var seen = NewSeen(table);
            // One list for every row's facts: a row keeps only the exact array made from it.
            var facts = new List<CityFact>(plan.Headers.Count);
            // Room for every row at once: a list of 25,000 rows grown by doubling left as much again behind, in arrays large
            // enough for the large-object heap.
            if (parts.Cities.Capacity < parts.Cities.Count + table.Rows.Count) parts.Cities.Capacity = parts.Cities.Count + table.Rows.Count;
            foreach (var row in table.Rows)
            {
                parts.CancellationToken.ThrowIfCancellationRequested();
                TableShape.CheckWidth(row, plan.Headers.Count, parts);
                var found = TableShape.CellAt(row, plan.NameColumn);
                var name = found is { } cell ? Footnotes.StripTrailing(Markup.Plain(cell.Text)) : "";
                if (found is not { } nameCell || Placeholder.Is(name))
                {
                    parts.Report(ProblemKind.MalformedRow, found?.Span ?? row.Span,
                        $"This row has no city name in its '{table.HeaderRows[0].Cells[plan.NameColumn].Text}' column; the row was not used");
                    continue;
                }

                if (Residue.Find(nameCell.Text) is { } residue)
                {
                    parts.Report(ProblemKind.MalformedRow, nameCell.Span,
                        $"The name '{nameCell.Text}' holds wiki markup ('{residue}') that NkGen does not read; the row was not used");
                    continue;
                }

                if (CountryTotal.Is(name))
                {
                    parts.Report(ProblemKind.TotalRow, nameCell.Span,
                        $"'{name}' totals the whole country; it is not a city or province, so the row was not used");
                    continue;
                }

                var isProvince = IsProvinceRow(row, name, plan);
                var rowName = isProvince ? ProvinceName.Of(name) : name;
                if (IsDuplicate(rowName, row, seen, parts)) continue;
                if (isProvince) parts.Provinces.Add(ProvinceRowOf(row, rowName, nameCell.Span, plan, unused, parts));
                else parts.Cities.Add(CityRowOf(row, rowName, nameCell.Span, plan, unused, parts, facts));
            }

            ReportColumns(table, plan, unused, parts);
        }

        /// <summary>The names <see cref="IsDuplicate"/> has met in <paramref name="table"/>, by their keys (or as text, when they have none).</summary>
        public static Dictionary<string, int> NewSeen(TextTable table) => new(table.Rows.Count, NameKey.Comparer);

        /// <summary>The same name twice in one table is a mistake in the table: the first row stands, the second is reported.</summary>
        public static bool IsDuplicate(string name, TextRow row, Dictionary<string, int> seen, ReadingParts parts)
        {
            if (!seen.TryGetValue(name, out var firstLine))
            {
                seen[name] = row.Span.Line;
                return false;
            }

            parts.Report(ProblemKind.DuplicateEntity, row.Span,
                $"{name} appears twice in this table (first on line {firstLine}); this row was not used");
            return true;
        }

        /// <summary>
        /// The Type column decides where it says "Province" or a city status; then the row's Chosŏn'gŭl or Hancha name,
        /// where it ends with a city-level unit (평안시 is a city, whatever its romanized name "Pyongan" looks like);
        /// otherwise the romanized name does. A bare "Kangwon" with no Korean name stays the province: nothing in the
        /// row tells it from the province rows mixed city lists carry.
        /// </summary>
        private static bool IsProvinceRow(TextRow row, string name, ColumnPlan plan)
        {
            if (TableShape.CellAt(row, plan.StatusColumn) is { } type && !Placeholder.Is(Markup.Plain(type.Text)))
            {
                if (ProvinceLikeness.IsProvinceType(type.Text)) return true;
                if (StatusPhrase.Parse(type.Text) is not null) return false;
            }

            if (HasCityLevelKoreanName(row, plan)) return false;
            return ProvinceLikeness.IsKnown(name) || (plan.NamesAreProvinces && ProvinceLikeness.Is(name));
        }

        private static bool HasCityLevelKoreanName(TextRow row, ColumnPlan plan)
        {
            for (var i = 0; i < plan.CityFields.Count && i < row.Cells.Count; i++)
            {
                if (plan.CityFields[i] is not (CityField.KoreanName or CityField.Hancha)) continue;
                var written = Footnotes.Strip(Markup.Plain(row.Cells[i].Text)).Trim();
                if (written.Length == 0 || Placeholder.Is(written)) continue;
                if (AdministrativeSuffix.IsCityLevel(written) || Footnotes.WithoutGluedLetter(written) is { } unglued && AdministrativeSuffix.IsCityLevel(unglued)) return true;
            }

            return false;
        }

        private static CityRow CityRowOf(TextRow row, string name, SourceSpan nameSpan, ColumnPlan plan, SortedDictionary<int, UnusedValues> unused, ReadingParts parts, List<CityFact> facts)
        {
            facts.Clear();
            for (var i = 0; i < plan.Headers.Count && i < row.Cells.Count; i++)
            {
                if (i == plan.NameColumn) continue;
                var cell = row.Cells[i];
                if (plan.CityFields[i] is not CityField field)
                {
                    if (plan.ProvinceFields[i] is not null) Unused(unused, i, "cities").Add(name, cell);
                    continue;
                }

                if (plan.ProvinceByContent[i] && !IsProvinceValue(cell, name, parts)) continue;
                if (CellReader.Read(field, cell, plan.Headers[i], name, parts, decimalComma: plan.DecimalComma) is { } fact) facts.Add(fact);
            }

            NameInKoreanScript.AddTo(facts, name, nameSpan);
            return new CityRow(name, nameSpan, new EquatableArray<CityFact>(facts.ToArray()));
        }

        private static ProvinceRow ProvinceRowOf(TextRow row, string name, SourceSpan nameSpan, ColumnPlan plan, SortedDictionary<int, UnusedValues> unused, ReadingParts parts)
        {
            var facts = new List<ProvinceFact>();
            for (var i = 0; i < plan.Headers.Count && i < row.Cells.Count; i++)
            {
                if (i == plan.NameColumn || i == plan.StatusColumn) continue;
                var cell = row.Cells[i];
                if (plan.ProvinceFields[i] is ProvinceField field)
                {
                    if (CellReader.ReadProvinceFact(field, cell, plan.Headers[i], name, parts, plan.DecimalComma) is { } fact) facts.Add(fact);
                }
                else if (plan.CityFields[i] is not null)
                {
                    Unused(unused, i, "provinces").Add(name, cell);
                }
            }

            NameInKoreanScript.AddTo(facts, name, nameSpan);
            return new ProvinceRow(name, nameSpan, facts.ToEquatableArray());
        }

        /// <summary>
        /// In a Region or District column read as the province, a value that is no province is not stored as one; a city's
        /// own name ("Pyongyang-si" in Pyongyang's row, as a world-cities database writes first-level cities) or a status is
        /// read as first-level status, as in a Province column (<see cref="FirstLevelMark"/>); anything else is reported.
        /// </summary>
        private static bool IsProvinceValue(TextCell cell, string city, ReadingParts parts)
        {
            var plain = Footnotes.Strip(Markup.Plain(cell.Text));
            if (Placeholder.Is(plain) || ProvinceLikeness.Is(plain) || FirstLevelMark.StatusOf(plain, city) is not null) return true;
            parts.Report(ProblemKind.UnreadableValue, cell.Span,
                $"The province of {city} is '{cell.Text}', which is not a province in a column the other rows fill with provinces; the value was not used");
            return false;
        }

        private static UnusedValues Unused(SortedDictionary<int, UnusedValues> unused, int column, string rowKind)
        {
            if (!unused.TryGetValue(column, out var values)) unused[column] = values = new UnusedValues(rowKind);
            return values;
        }

        /// <summary>One NKG2010 per column, at its header: a header NkGen does not know, or values it does not keep for the rows they are in.</summary>
        private static void ReportColumns(TextTable table, ColumnPlan plan, SortedDictionary<int, UnusedValues> unused, ReadingParts parts)
        {
            var header = table.HeaderRows[0].Cells;
            var described = TableShape.Describe(table);
            for (var i = 0; i < plan.Headers.Count && i < header.Count; i++)
            {
                if (plan.IsUnusable(i))
                {
                    var why = HeaderVocabulary.MeaningOf(plan.Headers[i]) switch
                    {
                        ColumnMeaning.District => "does not hold province names, and NkGen reads a district column only as the province",
                        ColumnMeaning.Capital => $"holds kinds of capital ({string.Join(", ", ColumnPlan.CapitalKinds)}), not the seats NkGen reads a capital column as",
                        ColumnMeaning.Name => $"is another name column, and NkGen names the rows by the '{header[plan.NameColumn].Text}' column",
                        _ => "is not a column NkGen reads (see the header words in docs/data-format.md)",
                    };
                    parts.Report(ProblemKind.UnusedColumn, header[i].Span, $"The column '{header[i].Text}' of the table '{described}' {why}; its values were not used");
                }
                else if (unused.TryGetValue(i, out var values) && values.Names.Count > 0)
                {
                    parts.Report(ProblemKind.UnusedColumn, header[i].Span,
                        $"The column '{header[i].Text}' of the table '{described}' has values for {values.RowKind} ({values.Describe()}), which NkGen does not keep for {values.RowKind}; they were not used");
                }
            }
        }

        private sealed class UnusedValues
        {
            private const int Shown = 3;

            public UnusedValues(string rowKind) => RowKind = rowKind;

            public string RowKind { get; }

            public List<string> Names { get; } = new();

            public void Add(string name, TextCell cell)
            {
                if (!Placeholder.Is(Markup.Plain(cell.Text))) Names.Add(name);
            }

            public string Describe() => string.Join(", ", Names.Take(Shown)) + (Names.Count > Shown ? $" and {Names.Count - Shown} more" : "");
        }
    }
}
