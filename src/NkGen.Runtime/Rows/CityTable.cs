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
        private const int IsoCode = 11;
        private const int Area = 12;
        private const int Density = 13;
        private const int Capital = 14;
        private const int Region = 15;
        private const int Roles = 16;
        private const int KnownFor = 17;
        private const int BestFor = 18;
        private const int Sources = 19;

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

        private protected override City Build(RowFields row) => new City(
            name: row.Text(RowFields.Name) ?? "",
            status: (AdministrativeStatus)(row.Int(Status) ?? 0),
            koreanName: row.Text(RowFields.KoreanName),
            hancha: row.Text(RowFields.Hancha),
            province: row.Int(Province) is { } province ? _province(province) : null,
            relatedProvince: row.Int(RelatedProvince) is { } related ? _province(related) : null,
            population: row.Int(Population),
            founded: Date(row.Items(Founded)),
            statusHistory: History(row.Items(StatusHistory)),
            isoCode: row.Text(IsoCode),
            area: row.Double(Area),
            density: row.Double(Density),
            capital: row.Text(Capital),
            region: row.Text(Region),
            roles: row.Strings(Roles),
            knownFor: row.Text(KnownFor),
            bestFor: row.Text(BestFor),
            sources: _documents.References(row.Items(Sources)),
            otherNames: row.Strings(RowFields.OtherNames));

        // year,month,day with the unknown parts empty.
        private static PartialDate? Date(IReadOnlyList<string?[]> items) =>
            items.Count == 0 ? null : new PartialDate(RowFields.Number(items[0], 0)!.Value, RowFields.Number(items[0], 1), RowFields.Number(items[0], 2));

        // status,from,until per period.
        private static StatusPeriod[] History(IReadOnlyList<string?[]> items)
        {
            var periods = new StatusPeriod[items.Count];
            for (var i = 0; i < periods.Length; i++)
            {
                periods[i] = new StatusPeriod((AdministrativeStatus)RowFields.Number(items[i], 0)!.Value, RowFields.Number(items[i], 1)!.Value, RowFields.Number(items[i], 2));
            }

            return periods;
        }
    }
}
