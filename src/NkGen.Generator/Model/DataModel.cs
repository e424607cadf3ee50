using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>Everything merged from all sources: the input of the emitter. Value-equal, so the emit step caches.</summary>
    internal sealed record DataModel(
        EquatableArray<CityModel> Cities,
        EquatableArray<ProvinceModel> Provinces,
        EquatableArray<SourceDocument> Documents,
        EquatableArray<DataProblem> Problems);

    /// <summary>A data file and its title, so that a <see cref="SourceSpan"/> can be shown as "document, line".</summary>
    internal sealed record SourceDocument(string File, string Title);

    /// <summary>One chosen fact of a city: a struct in its city's array, not an object per fact (a city has a handful).</summary>
    internal readonly record struct CityFieldChoice(CityField Field, ChosenFact Chosen);

    /// <summary>One chosen fact of a province, a struct like <see cref="CityFieldChoice"/>.</summary>
    internal readonly record struct ProvinceFieldChoice(ProvinceField Field, ChosenFact Chosen);

    /// <summary>A span of years in one status; <see cref="Until"/> is exclusive and null while the status holds.</summary>
    internal sealed record StatusPeriod(CityStatus Status, int From, int? Until);

    /// <summary>A special-city status that has ended: the city was re-merged into <see cref="AbsorbedInto"/>.</summary>
    internal sealed record DefunctSpecialStatus(int EndedYear, string AbsorbedInto, string Years);

    /// <summary>A merged city.</summary>
    internal sealed record CityModel(
        string Name,
        EquatableArray<SourceSpan> NameSources,
        CityFacts Facts,
        CityStatus Status,
        EquatableArray<StatusPeriod> History,
        DefunctSpecialStatus? Defunct)
    {
        private readonly string? _identityName;

        /// <summary>
        /// The spelling the city's C# member is named from: the package's own tables' spelling when they describe the
        /// city, else the first source's. <see cref="Name"/> follows precedence and may change with a user's table;
        /// this does not, so <c>Cities.Hamhung</c> stays <c>Cities.Hamhung</c> when a table writes "Hamheung".
        /// </summary>
        public string IdentityName { get => _identityName ?? Name; init => _identityName = value; }

        /// <summary>Every other spelling: the sources' and the computed romanizations, Hangul and Hanja (see <see cref="Names.AlsoWritten"/>).</summary>
        public EquatableArray<string> OtherNames { get; init; } = EquatableArray<string>.Empty;

        /// <summary>The <see cref="ProvinceModel.IdentityName"/> of the province the chosen Province fact names, resolved by the Model.</summary>
        public string? ProvinceIdentity { get; private set; }

        /// <summary>The <see cref="ProvinceModel.IdentityName"/> of the province the chosen related-province fact names.</summary>
        public string? RelatedProvinceIdentity { get; private set; }

        /// <summary>
        /// Sets the provinces the city's facts resolved to (null leaves one as it is). Only the Model calls it, while it
        /// builds the provinces and before the model is returned: the provinces are resolved after the cities are chosen,
        /// and a copy of every city to set two names was all that step allocated for each city.
        /// </summary>
        internal void ResolveProvinces(string? province, string? related)
        {
            ProvinceIdentity = province ?? ProvinceIdentity;
            RelatedProvinceIdentity = related ?? RelatedProvinceIdentity;
        }

        public ChosenFact? Get(CityField field) => Facts.Get(field);

        public bool IsFirstLevel => Statuses.IsFirstLevel(Status);
    }

    /// <summary>A merged province, with the identity names (<see cref="CityModel.IdentityName"/>) of its cities in name order.</summary>
    internal sealed record ProvinceModel(
        string Name,
        EquatableArray<SourceSpan> NameSources,
        EquatableArray<ProvinceFieldChoice> Facts,
        EquatableArray<string> CityNames)
    {
        private readonly string? _identityName;

        /// <summary>The spelling the province's C# member is named from; see <see cref="CityModel.IdentityName"/>.</summary>
        public string IdentityName { get => _identityName ?? Name; init => _identityName = value; }

        /// <summary>Every other spelling: the sources' and the computed romanizations, Hangul and Hanja.</summary>
        public EquatableArray<string> OtherNames { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// The <see cref="CityModel.IdentityName"/> of the city the chosen Major City fact names; null when there is no such
        /// fact, or when it names no city in the tables (then the Model has reported it).
        /// </summary>
        public string? MajorCityIdentity { get; init; }

        public ChosenFact? Get(ProvinceField field)
        {
            foreach (var fact in Facts)
            {
                if (fact.Field == field) return fact.Chosen;
            }

            return null;
        }
    }
}
