using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace NkGen
{
    /// <summary>The generated <c>Provinces</c> class's rows (see <see cref="EntityTable{T}"/>). Generated code creates it.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ProvinceTable : EntityTable<Province>
    {
        // The fields after the five every row shares (RowFields).
        private const int Cities = 5;
        private const int MajorCity = 6;
        private const int Character = 7;
        private const int KnownFor = 8;
        private const int Sources = 9;

        private readonly SourceDocuments _documents;
        private readonly Func<int, City> _city;

        /// <summary>Creates the table. Generated code calls this.</summary>
        /// <param name="format">The row format the generator wrote.</param>
        /// <param name="count">The number of rows.</param>
        /// <param name="documents">The source documents the rows' references point into, one "title|file" row each.</param>
        /// <param name="chunk">The text of each chunk of rows.</param>
        /// <param name="city">The city of a row number of the generated <c>Cities</c> class.</param>
        public ProvinceTable(int format, int count, string documents, Func<int, string> chunk, Func<int, City> city)
            : base(format, count, chunk)
        {
            _documents = new SourceDocuments(documents ?? throw new ArgumentNullException(nameof(documents)));
            _city = city ?? throw new ArgumentNullException(nameof(city));
        }

        private protected override Province Build(RowFields row)
        {
            // A province's cities and major city are read when first asked for: the city↔province references form a cycle,
            // and a province of a large table lists thousands of cities, which a city that names it must not pay for.
            var major = row.Int(MajorCity);
            return new Province(
                name: row.Text(RowFields.Name) ?? "",
                cities: () => CitiesOf(row.Items(Cities)),
                majorCity: major is { } m ? () => _city(m) : null,
                character: row.Text(Character),
                knownFor: row.Text(KnownFor),
                sources: _documents.References(row.Items(Sources)),
                otherNames: row.Strings(RowFields.OtherNames));
        }

        private IReadOnlyList<City> CitiesOf(IReadOnlyList<string?[]> rows)
        {
            var cities = new City[rows.Count];
            for (var i = 0; i < cities.Length; i++) cities[i] = _city(RowFields.Number(rows[i], 0)!.Value);
            return cities;
        }
    }
}
