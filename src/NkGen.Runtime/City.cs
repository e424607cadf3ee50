using System;
using System.Collections.Generic;

namespace NkGen
{
    /// <summary>A North Korean city, with the facts the data tables give for it.</summary>
    public sealed class City
    {
        private static readonly StatusPeriod[] NoPeriods = new StatusPeriod[0];
        private static readonly string[] NoStrings = new string[0];
        private static readonly SourceReference[] NoSources = new SourceReference[0];

        // A generated city reads its provinces and its lists (CityLists) when first asked for, from its table: building
        // them with the city would build the Provinces class's table (and a province's list of every city that names it),
        // and would make a member's first read parse and compile what it does not use.
        private readonly CityTable? _table;
        private readonly int _row;
        private readonly int? _provinceRow;
        private readonly int? _relatedProvinceRow;
        private Province? _province;
        private Province? _relatedProvince;
        private CityLists? _lists;

        /// <summary>Creates a city with the given facts; the generated members' cities come from their table instead.</summary>
        public City(
            string name,
            AdministrativeStatus status,
            string? koreanName = null,
            string? hancha = null,
            Province? province = null,
            Province? relatedProvince = null,
            int? population = null,
            PartialDate? founded = null,
            IReadOnlyList<StatusPeriod>? statusHistory = null,
            string? isoCode = null,
            double? area = null,
            double? density = null,
            string? capital = null,
            string? region = null,
            IReadOnlyList<string>? roles = null,
            string? knownFor = null,
            string? bestFor = null,
            IReadOnlyList<SourceReference>? sources = null,
            IReadOnlyList<string>? otherNames = null)
            : this(name, status, koreanName, hancha, population, isoCode, capital, region, knownFor, bestFor)
        {
            _province = province;
            _relatedProvince = relatedProvince;
            _lists = new CityLists(founded, statusHistory ?? NoPeriods, area, density, roles ?? NoStrings, sources ?? NoSources, otherNames ?? NoStrings);
        }

        /// <summary>A city of a generated table, whose provinces and lists the table reads on first use.</summary>
        internal City(
            CityTable table,
            int row,
            int? provinceRow,
            int? relatedProvinceRow,
            string name,
            AdministrativeStatus status,
            string? koreanName,
            string? hancha,
            int? population,
            string? isoCode,
            string? capital,
            string? region,
            string? knownFor,
            string? bestFor)
            : this(name, status, koreanName, hancha, population, isoCode, capital, region, knownFor, bestFor)
        {
            _table = table;
            _row = row;
            _provinceRow = provinceRow;
            _relatedProvinceRow = relatedProvinceRow;
        }

        private City(
            string name,
            AdministrativeStatus status,
            string? koreanName,
            string? hancha,
            int? population,
            string? isoCode,
            string? capital,
            string? region,
            string? knownFor,
            string? bestFor)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Status = status;
            KoreanName = koreanName;
            Hancha = hancha;
            Population = population;
            IsoCode = isoCode;
            Capital = capital;
            Region = region;
            KnownFor = knownFor;
            BestFor = bestFor;
        }

        /// <summary>The city's name in McCune–Reischauer romanization without diacritics, e.g. <c>Hamhung</c>.</summary>
        public string Name { get; }

        /// <summary>The city's name in Chosŏn'gŭl, when the tables give it.</summary>
        public string? KoreanName { get; }

        /// <summary>The city's name in Hancha, when the tables give it.</summary>
        public string? Hancha { get; }

        /// <summary>
        /// Every other spelling of the city's name: those the sources gave (e.g. <c>Hamhŭng</c>) and the computed
        /// romanizations (e.g. Revised Romanization <c>Hamheung</c>). Never <see langword="null"/>; <c>Cities.TryGet</c>
        /// finds the city by each of them.
        /// </summary>
        public IReadOnlyList<string> OtherNames => Lists.OtherNames;

        // No lock: the Provinces class's table gives racing readers one instance per row.
        /// <summary>The province the city belongs to; <see langword="null"/> for first-level cities.</summary>
        public Province? Province => _province ?? (_provinceRow is { } row ? _province = _table!.ProvinceOf(row) : null);

        /// <summary>For a first-level city, the province the tables relate it to (e.g. South Pyongan for Pyongyang).</summary>
        public Province? RelatedProvince => _relatedProvince ?? (_relatedProvinceRow is { } row ? _relatedProvince = _table!.ProvinceOf(row) : null);

        /// <summary>The population, as the chosen source gives it.</summary>
        public int? Population { get; }

        /// <summary>When the city was legally founded in its current status.</summary>
        public PartialDate? Founded => Lists.Founded;

        /// <summary>The city's administrative status today.</summary>
        public AdministrativeStatus Status { get; }

        /// <summary>The statuses the city has held, oldest first.</summary>
        public IReadOnlyList<StatusPeriod> StatusHistory => Lists.StatusHistory;

        /// <summary>The ISO 3166-2 code, for first-level cities that have one.</summary>
        public string? IsoCode { get; }

        /// <summary>The area in square kilometres.</summary>
        public double? Area => Lists.Area;

        /// <summary>The population density per square kilometre.</summary>
        public double? Density => Lists.Density;

        /// <summary>The seat of the city's administration, for first-level cities.</summary>
        public string? Capital { get; }

        /// <summary>The historical region (e.g. Kwanso), for first-level cities.</summary>
        public string? Region { get; }

        /// <summary>The roles the guide gives the city, e.g. <c>industrial center</c>.</summary>
        public IReadOnlyList<string> Roles => Lists.Roles;

        /// <summary>What the city is known for, per the guide.</summary>
        public string? KnownFor { get; }

        /// <summary>Who the city is best for, per the guide.</summary>
        public string? BestFor { get; }

        /// <summary>Every place in the data tables that gave one of the chosen facts.</summary>
        public IReadOnlyList<SourceReference> Sources => Lists.Sources;

        /// <summary>Whether the city is a first-level division (directly governed, special or special-level city).</summary>
        public bool IsFirstLevel => Status is AdministrativeStatus.SpecialCity or AdministrativeStatus.DirectlyGovernedCity or AdministrativeStatus.SpecialLevelCity;

        /// <summary>
        /// The status the city held during <paramref name="year"/>, or <see langword="null"/> when the tables
        /// say nothing about that year (before the earliest period they give).
        /// </summary>
        public AdministrativeStatus? StatusOn(int year)
        {
            for (var i = StatusHistory.Count - 1; i >= 0; i--)
            {
                if (StatusHistory[i].Covers(year)) return StatusHistory[i].Status;
            }

            return null;
        }

        /// <summary>The city's name.</summary>
        public override string ToString() => Name;

        private CityLists Lists => _lists ?? LoadLists();

        // Racing threads may both read the row; every reader gets the lists that were published first.
        private CityLists LoadLists()
        {
            var lists = _table!.ListsOf(_row);
            return System.Threading.Interlocked.CompareExchange(ref _lists, lists, null) ?? lists;
        }
    }
}
