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
        private const int Population = 10;
        private const int Area = 11;
        private const int Density = 12;
        private const int Capital = 13;
        private const int IsoCode = 14;
        private const int Region = 15;

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

        private protected override Province Build(int row, RowFields fields)
        {
            // A province's cities, major city and sources are read when first asked for: the city↔province references
            // form a cycle, and a province of a large table lists thousands of cities (and their references), which a
            // city that names it must not pay for.
            var major = fields.Int(MajorCity);
            return new Province(
                table: this,
                row: row,
                name: fields.Text(RowFields.Name) ?? "",
                cities: () => CitiesOf(fields.Items(Cities)),
                majorCity: major is { } m ? () => _city(m) : null,
                character: fields.Text(Character),
                knownFor: fields.Text(KnownFor),
                otherNames: fields.OtherSpellings(),
                koreanName: fields.Text(RowFields.KoreanName),
                hancha: fields.Text(RowFields.Hancha),
                population: fields.Int(Population),
                area: fields.Double(Area),
                density: fields.Double(Density),
                capital: fields.Text(Capital),
                isoCode: fields.Text(IsoCode),
                region: fields.Text(Region));
        }

        /// <summary>The source references of a row (a province reads them when first asked for).</summary>
        internal IReadOnlyList<SourceReference> SourcesOf(int row) => _documents.References(Fields(row).Items(Sources));

        private IReadOnlyList<City> CitiesOf(string?[][] rows)
        {
            var cities = new City[rows.Length];
            for (var i = 0; i < cities.Length; i++) cities[i] = _city(RowFields.Number(rows[i], 0)!.Value);
            return cities;
        }
    }
}
