using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>The tables NkGen understands, told apart by their headers alone (never by file name or position).</summary>
    internal enum TableKind
    {
        Unrecognized,

        /// <summary>One city or province per row: a name column (or a province column of provinces) and at least one fact column.</summary>
        Cities,

        /// <summary>One province (or region) per row: Region/Province then Character, Known For or Major City.</summary>
        Provinces,

        /// <summary>One status per row, with the cities that hold it: Type and City names (and Number of cities).</summary>
        Classification,

        /// <summary>Summary counts per status: a No./Number column, each row a status and a count.</summary>
        Counts,
    }

    internal static class TableKinds
    {
        public static TableKind Classify(TextTable table) => Classify(table, out _);

        /// <summary>The table's kind; for a city table also its <see cref="ColumnPlan"/>, so that the reader does not decide it again.</summary>
        public static TableKind Classify(TextTable table, out ColumnPlan? plan)
        {
            plan = null;
            var headers = TableShape.Headers(table);
            if (headers.Count == 0) return TableKind.Unrecognized;
            var meanings = headers.Select(HeaderVocabulary.MeaningOf).ToList();
            if (meanings.Contains(ColumnMeaning.CityNames) && meanings.Contains(ColumnMeaning.Status)) return TableKind.Classification;
            if (meanings[0] is ColumnMeaning.Province or ColumnMeaning.Region && meanings.Any(m => m is ColumnMeaning.Character or ColumnMeaning.KnownFor or ColumnMeaning.MajorCity)) return TableKind.Provinces;
            if (meanings.Contains(ColumnMeaning.Count) && table.Rows.Count > 0 && table.Rows.All(CountTableReader.IsCountRow) && !NamesACity(headers, table)) return TableKind.Counts;
            plan = ColumnPlan.For(table, headers);
            if (plan.IsCityTable) return TableKind.Cities;
            plan = null;
            return TableKind.Unrecognized;
        }

        /// <summary>
        /// A row of a count table names no city: "| 1 | Anju | city |" pairs a number with a status too, but it is a numbered
        /// list of cities with a Type column, and read as counts its cities would be lost.
        /// </summary>
        private static bool NamesACity(List<HeaderText> headers, TextTable table)
        {
            var nameColumn = headers.FindIndex(CityColumns.IsName);
            return nameColumn >= 0 && table.Rows.Any(r => TableShape.CellAt(r, nameColumn) is { } cell && !Placeholder.Is(Markup.Plain(cell.Text)));
        }

        /// <summary>A header any table kind reads (or deliberately ignores), as opposed to the text of a data cell.</summary>
        public static bool IsKnownHeader(HeaderText header) => HeaderVocabulary.MeaningOf(header) is not null;

        public static IReadOnlyList<string> Expected => new[]
        {
            "cities (City, Name, Stadt or 도시, with Province, Population, Founded, Chosŏn'gŭl, Hancha, Type, ISO, Area, Density, Capital, Region, … or their German, Korean, Spanish, French, Portuguese and Italian words)",
            "provinces (Region or Province, with Character, Known For, Major City; or a Province column whose values are provinces, with other fact columns)",
            "first-level classification (Type and City names, optionally Number of cities)",
            "summary counts (a No. column, each row a status and a number)",
        };
    }
}
