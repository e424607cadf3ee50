using System;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>A North Korean province (do), with the cities that belong to it.</summary>
    public sealed class Province
    {
        private readonly Lazy<IReadOnlyList<City>> _cities;
        private readonly Lazy<City?> _majorCity;

        // A generated province reads its sources when first asked for, from its table: a province of a large table has
        // a reference from every city row that names it.
        private readonly ProvinceTable? _table;
        private readonly int _row;
        private IReadOnlyList<SourceReference>? _sources;

        /// <summary>Creates a province with the given facts; the delegates break the city↔province cycle.</summary>
        public Province(
            string name,
            Func<IReadOnlyList<City>> cities,
            Func<City?>? majorCity = null,
            string? character = null,
            string? knownFor = null,
            IReadOnlyList<SourceReference>? sources = null,
            IReadOnlyList<string>? otherNames = null,
            string? koreanName = null,
            string? hancha = null,
            int? population = null,
            double? area = null,
            double? density = null,
            string? capital = null,
            string? isoCode = null,
            string? region = null)
        {
            if (cities is null) throw new ArgumentNullException(nameof(cities));
            Name = name ?? throw new ArgumentNullException(nameof(name));
            _cities = new Lazy<IReadOnlyList<City>>(cities);
            _majorCity = new Lazy<City?>(majorCity ?? (() => null));
            Character = character;
            KnownFor = knownFor;
            _sources = sources ?? new SourceReference[0];
            OtherNames = otherNames ?? new string[0];
            KoreanName = koreanName;
            Hancha = hancha;
            Population = population;
            Area = area;
            Density = density;
            Capital = capital;
            IsoCode = isoCode;
            Region = region;
        }

        /// <summary>A province of a generated table, whose sources the table reads on first use.</summary>
        internal Province(
            ProvinceTable table,
            int row,
            string name,
            Func<IReadOnlyList<City>> cities,
            Func<City?>? majorCity,
            string? character,
            string? knownFor,
            IReadOnlyList<string> otherNames,
            string? koreanName,
            string? hancha,
            int? population,
            double? area,
            double? density,
            string? capital,
            string? isoCode,
            string? region)
            : this(name, cities, majorCity, character, knownFor, null, otherNames, koreanName, hancha, population, area, density, capital, isoCode, region)
        {
            _table = table;
            _row = row;
            _sources = null;
        }

        /// <summary>The province's name, e.g. <c>South Hamgyong</c>.</summary>
        public string Name { get; }

        /// <summary>The province's name in Chosŏn'gŭl (Hangul), e.g. <c>함경남도</c>, when the tables give it.</summary>
        public string? KoreanName { get; }

        /// <summary>The province's name in Hancha, e.g. <c>咸鏡南道</c>, when the tables give it.</summary>
        public string? Hancha { get; }

        /// <summary>The province's population, when the tables give it (the census year is in the member's documentation).</summary>
        public int? Population { get; }

        /// <summary>The province's area in km², when the tables give it.</summary>
        public double? Area { get; }

        /// <summary>The province's population density per km², when the tables give it.</summary>
        public double? Density { get; }

        /// <summary>The province's seat (its capital city), as the tables write it, e.g. <c>Hamhung</c>.</summary>
        public string? Capital { get; }

        /// <summary>The province's ISO 3166-2 code, e.g. <c>KP-08</c>, when the tables give it.</summary>
        public string? IsoCode { get; }

        /// <summary>The region the province lies in, e.g. <c>Kwanbuk</c>, when the tables give it.</summary>
        public string? Region { get; }

        /// <summary>
        /// Every other spelling of the province's name: those the sources gave (e.g. <c>South Hamgyŏng</c>) and the
        /// computed romanizations. Never <see langword="null"/>; <c>Provinces.TryGet</c> finds the province by each of them.
        /// </summary>
        public IReadOnlyList<string> OtherNames { get; }

        /// <summary>The cities of the province, in name order.</summary>
        public IReadOnlyList<City> Cities => _cities.Value;

        /// <summary>The province's major city, per the guide.</summary>
        public City? MajorCity => _majorCity.Value;

        /// <summary>The province's character, per the guide (e.g. <c>industrial, coastal</c>).</summary>
        public string? Character { get; }

        /// <summary>What the province is known for, per the guide.</summary>
        public string? KnownFor { get; }

        /// <summary>Every place in the data tables that named or described the province.</summary>
        public IReadOnlyList<SourceReference> Sources => _sources ?? LoadSources();

        /// <summary>The province's name.</summary>
        public override string ToString() => Name;

        // Racing threads may both read the row; every reader gets the list that was published first.
        private IReadOnlyList<SourceReference> LoadSources()
        {
            var sources = _table!.SourcesOf(_row);
            return System.Threading.Interlocked.CompareExchange(ref _sources, sources, null) ?? sources;
        }
    }
}
