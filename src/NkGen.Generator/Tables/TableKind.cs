using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>The tables NkGen understands, told apart by their headers alone (never by file name or position).</summary>
    internal enum TableKind
    {
        Unrecognized,

        /// <summary>One city per row: a name column and at least one city fact column.</summary>
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
        private static readonly string[] ProvinceNames = { "region", "regions", "province", "provinces", "province name" };
        private static readonly string[] ProvinceFacts = { "character", "known for", "major city", "largest city", "main city" };
        public static readonly string[] CityNames = { "city names", "cities", "city list" };
        public static readonly string[] CountHeaders = { "no", "number", "count", "number of cities" };

        public static TableKind Classify(TextTable table)
        {
            var headers = TableShape.Headers(table);
            if (headers.Count == 0) return TableKind.Unrecognized;
            var cores = headers.Select(h => h.Core).ToList();
            if (cores.Any(CityNames.Contains) && (cores.Contains("type") || cores.Contains("status"))) return TableKind.Classification;
            if (ProvinceNames.Contains(cores[0]) && cores.Any(ProvinceFacts.Contains)) return TableKind.Provinces;
            if (cores.Any(CountHeaders.Contains) && table.Rows.Count > 0 && table.Rows.All(CountTableReader.IsCountRow) && !NamesACity(headers, table)) return TableKind.Counts;
            if (headers.Any(CityColumns.IsName) && headers.Any(h => CityColumns.FieldOf(h) is not null)) return TableKind.Cities;
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
        public static bool IsKnownHeader(HeaderText header) =>
            CityColumns.IsName(header) || CityColumns.FieldOf(header) is not null || CityColumns.IsIgnored(header)
            || ProvinceNames.Contains(header.Core) || ProvinceFacts.Contains(header.Core) || CityNames.Contains(header.Core) || CountHeaders.Contains(header.Core);

        public static IReadOnlyList<string> Expected => new[]
        {
            "cities (City or Name, with Province, Population, Founded, Chosŏn'gŭl, Hancha, Type, ISO, Area, Density, Capital, Region, Province related, Year of assignment, Province absorbed into, Administered Years)",
            "provinces (Region or Province, with Character, Known For, Major City)",
            "first-level classification (Type and City names, optionally Number of cities)",
            "summary counts (a No. column, each row a status and a number)",
        };
    }
}
