using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A GeoNames dump (KP.txt, cities500.txt): tab-separated, nineteen columns and no header row. Its first row is
    /// recognized by its shape (a numeric id, a latitude and a longitude, a one-letter feature class, a two-letter country
    /// code, a modification date last) and given GeoNames' documented column names, so that it is read as a city list.
    /// Only populated places and administrative divisions are places NkGen keeps: the other features (streams,
    /// mountains, sections and abandoned places) are counted in one NKG2014 per table. A population of 0 is GeoNames' way
    /// of giving none. Of the alternate names, the first in Chosŏn'gŭl is read as the Korean name and the first in Hancha
    /// as the Hancha, each located at its place in the list. A place's admin1 code is a number of GeoNames' own; where the
    /// dump holds the first-level division of that code (a country's dump, KP.txt, does), that division's name is the
    /// place's province, located at the code.
    /// </summary>
    internal static class GeoNamesDump
    {
        /// <summary>The columns, as GeoNames documents them (readme.txt of its dumps).</summary>
        public static readonly IReadOnlyList<string> Columns = new[]
        {
            "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature class", "feature code", "country code", "cc2",
            "admin1 code", "admin2 code", "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone", "modification date",
        };

        private const int Id = 0, Name = 1, AlternateNames = 3, Latitude = 4, Longitude = 5, FeatureClass = 6, FeatureCode = 7, CountryCode = 8, Admin1 = 10, Population = 14, Modified = 18;

        // The columns NkGen adds: the Hancha picked from the alternate names, and the province named by the admin1 code.
        private const int Hancha = 19, Province = 20;

        // Populated places that are no longer, or not, places of their own: a section of one, historical, abandoned, destroyed.
        private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase) { "PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH" };

        /// <summary>The table with its header row read as GeoNames' columns and its rows of other features left out; the same table when it is no GeoNames dump.</summary>
        public static TextTable Headed(TextTable table, ReadingParts parts)
        {
            if (table.HeaderRows.Count != 1 || !IsRow(table.HeaderRows[0])) return table;
            var first = table.HeaderRows[0];
            var all = new[] { first }.Concat(table.Rows);
            var divisions = FirstLevelDivisions(all);
            // The alternate names' column is read as the Korean name, one more column holds the Hancha, and one the
            // province when the dump names the divisions its codes stand for.
            var header = new TextCell[divisions.Count > 0 ? Province + 1 : Hancha + 1];
            for (var i = 0; i < Columns.Count; i++) header[i] = new TextCell(i == AlternateNames ? "Korean name" : Columns[i], first.Cells[i].Span.Slice(0, 0));
            header[Hancha] = new TextCell("Hancha", first.Cells[AlternateNames].Span.Slice(0, 0));
            if (divisions.Count > 0) header[Province] = new TextCell("Province", first.Cells[Admin1].Span.Slice(0, 0));

            var rows = new List<TextRow>(table.Rows.Count + 1);
            var skipped = 0;
            SourceSpan? firstSkipped = null;
            foreach (var row in all)
            {
                if (IsPlace(row))
                {
                    rows.Add(Read(row, header.Length, divisions));
                    continue;
                }

                skipped++;
                firstSkipped ??= row.Span;
            }

            if (firstSkipped is { } at)
            {
                parts.Report(ProblemKind.NotAPlace, at, string.Format(
                    CultureInfo.InvariantCulture,
                    "{0:N0} of the {1:N0} rows of this GeoNames table (from this one on) name features that are not populated places or administrative divisions "
                    + "(streams, mountains, sections of places, abandoned places); they were not read as cities or provinces",
                    skipped, table.Rows.Count + 1));
            }

            return table with { HeaderRows = new EquatableArray<TextRow>(new[] { new TextRow(new EquatableArray<TextCell>(header), first.Span) }), Rows = rows.ToEquatableArray() };
        }

        /// <summary>A row shaped as GeoNames writes one.</summary>
        public static bool IsRow(TextRow row)
        {
            if (row.Cells.Count != Columns.Count) return false;
            string Cell(int i) => row.Cells[i].Text;
            return IsDigits(Cell(Id))
                && IsCoordinate(Cell(Latitude)) && IsCoordinate(Cell(Longitude))
                && Cell(FeatureClass).Length <= 1
                && Cell(CountryCode).Length is 0 or 2
                && DateTime.TryParseExact(Cell(Modified), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        }

        // A populated place (P) or an administrative division (A) of the first to third order, as the feature code says.
        private static bool IsPlace(TextRow row)
        {
            if (row.Cells.Count <= FeatureCode) return true;
            var code = row.Cells[FeatureCode].Text;
            return row.Cells[FeatureClass].Text switch
            {
                "P" => !NotPlaces.Contains(code),
                "A" => code.StartsWith("ADM", StringComparison.OrdinalIgnoreCase) && !code.EndsWith("H", StringComparison.OrdinalIgnoreCase),
                _ => false,
            };
        }

        // The row with its Korean name and Hancha picked from the alternate names, no population where it gives 0, and
        // the province its admin1 code stands for.
        private static TextRow Read(TextRow row, int width, Dictionary<string, string> divisions)
        {
            var cells = new TextCell[width];
            for (var i = 0; i < Columns.Count; i++) cells[i] = i < row.Cells.Count ? row.Cells[i] : new TextCell("", row.Span.Slice(row.Span.Length, 0));
            var names = cells[AlternateNames];
            cells[AlternateNames] = FirstName(names, static n => Model.Names.Hangul.Syllables(n) is not null);
            cells[Hancha] = FirstName(names, static n => Model.Names.Hanja.Characters(n) is not null);
            if (cells[Population].Text == "0") cells[Population] = cells[Population] with { Text = "" };
            if (width > Province)
            {
                var code = cells[Admin1];
                cells[Province] = !IsFirstLevelDivision(cells) && divisions.TryGetValue(DivisionKey(cells), out var province)
                    ? new TextCell(province, code.Span)
                    : new TextCell("", code.Span.Slice(0, 0));
            }

            return row with { Cells = new EquatableArray<TextCell>(cells) };
        }

        /// <summary>The names of the dump's first-level divisions (ADM1 rows) by country and admin1 code; the first row of a code stands.</summary>
        private static Dictionary<string, string> FirstLevelDivisions(IEnumerable<TextRow> rows)
        {
            var divisions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                if (row.Cells.Count != Columns.Count || !IsFirstLevelDivision(row.Cells) || row.Cells[Admin1].Text.Length == 0) continue;
                var key = DivisionKey(row.Cells);
                if (!divisions.ContainsKey(key)) divisions.Add(key, row.Cells[Name].Text);
            }

            return divisions;
        }

        private static bool IsFirstLevelDivision(IReadOnlyList<TextCell> cells) =>
            cells[FeatureClass].Text == "A" && string.Equals(cells[FeatureCode].Text, "ADM1", StringComparison.OrdinalIgnoreCase);

        private static string DivisionKey(IReadOnlyList<TextCell> cells) => cells[CountryCode].Text + "." + cells[Admin1].Text;

        /// <summary>The first of the comma-separated names that <paramref name="wanted"/> accepts, at its place in the cell; an empty cell when none does.</summary>
        private static TextCell FirstName(TextCell list, Func<string, bool> wanted)
        {
            var text = list.Text;
            for (var start = 0; start < text.Length;)
            {
                var end = text.IndexOf(',', start);
                if (end < 0) end = text.Length;
                var name = text.Substring(start, end - start).Trim();
                if (name.Length > 0 && wanted(name)) return new TextCell(name, list.Span.Slice(start, end - start));
                start = end + 1;
            }

            return new TextCell("", list.Span.Slice(0, 0));
        }

        private static bool IsDigits(string text)
        {
            if (text.Length == 0) return false;
            foreach (var c in text)
            {
                if (c is < '0' or > '9') return false;
            }

            return true;
        }

        private static bool IsCoordinate(string text) =>
            double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && Math.Abs(value) <= 180;
    }
}
