using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace NkGen
{
    /// <summary>The generated <c>Cities</c> class's rows (see <see cref="EntityTable{T}"/>). Generated code creates it.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class CityTable : EntityTable<City>
    {
        // The fields after the five every row shares (RowFields).
        private const int Status = 5;
        private const int Province = 6;
        private const int RelatedProvince = 7;
        private const int Population = 8;
        private const int Founded = 9;
        private const int StatusHistory = 10;
        private const int Sources = 11;
        private const int IsoCode = 12;
        private const int Area = 13;
        private const int Density = 14;
        private const int Capital = 15;
        private const int Region = 16;
        private const int Roles = 17;
        private const int KnownFor = 18;
        private const int BestFor = 19;

        private readonly SourceDocuments _documents;
        private readonly Func<int, Province> _province;

        /// <summary>Creates the table. Generated code calls this.</summary>
        /// <param name="format">The row format the generator wrote.</param>
        /// <param name="count">The number of rows.</param>
        /// <param name="documents">The source documents the rows' references point into, one "title|file" row each.</param>
        /// <param name="chunk">The text of each chunk of rows.</param>
        /// <param name="province">The province of a row number of the generated <c>Provinces</c> class.</param>
        public CityTable(int format, int count, string documents, Func<int, string> chunk, Func<int, Province> province)
            : base(format, count, chunk)
        {
            _documents = new SourceDocuments(documents ?? throw new ArgumentNullException(nameof(documents)));
            _province = province ?? throw new ArgumentNullException(nameof(province));
        }

        private protected override City Build(int row, RowFields fields) => new City(
            table: this,
            row: row,
            provinceRow: fields.Int(Province),
            relatedProvinceRow: fields.Int(RelatedProvince),
            name: fields.Text(RowFields.Name) ?? "",
            status: (AdministrativeStatus)(fields.Int(Status) ?? 0),
            koreanName: fields.Text(RowFields.KoreanName),
            hancha: fields.Text(RowFields.Hancha),
            population: fields.Int(Population),
            isoCode: fields.Text(IsoCode),
            capital: fields.Text(Capital),
            region: fields.Text(Region),
            knownFor: fields.Text(KnownFor),
            bestFor: fields.Text(BestFor));

        /// <summary>The province of a row of the generated <c>Provinces</c> class (a city reads it when first asked for).</summary>
        internal Province ProvinceOf(int provinceRow) => _province(provinceRow);

        /// <summary>The lists and figures of a row (a city reads them when the first of them is asked for).</summary>
        internal CityLists ListsOf(int row)
        {
            var fields = Fields(row);
            return new CityLists(
                founded: Date(fields.Items(Founded)),
                statusHistory: History(fields.Items(StatusHistory)),
                area: fields.Double(Area),
                density: fields.Double(Density),
                roles: fields.Strings(Roles),
                sources: _documents.References(fields.Items(Sources)),
                otherNames: fields.OtherSpellings());
        }

        // year,month,day with the unknown parts empty.
        private static PartialDate? Date(string?[][] items) =>
            items.Length == 0 ? null : new PartialDate(RowFields.Number(items[0], 0)!.Value, RowFields.Number(items[0], 1), RowFields.Number(items[0], 2));

        // status,from,until per period.
        private static StatusPeriod[] History(string?[][] items)
        {
            var periods = new StatusPeriod[items.Length];
            for (var i = 0; i < periods.Length; i++)
            {
                periods[i] = new StatusPeriod((AdministrativeStatus)RowFields.Number(items[i], 0)!.Value, RowFields.Number(items[i], 1)!.Value, RowFields.Number(items[i], 2));
            }

            return periods;
        }
    }
}
