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

    /// <summary>One chosen fact of a city.</summary>
    internal sealed record CityFieldChoice(CityField Field, ChosenFact Chosen);

    /// <summary>One chosen fact of a province.</summary>
    internal sealed record ProvinceFieldChoice(ProvinceField Field, ChosenFact Chosen);

    /// <summary>A span of years in one status; <see cref="Until"/> is exclusive and null while the status holds.</summary>
    internal sealed record StatusPeriod(CityStatus Status, int From, int? Until);

    /// <summary>A special-city status that has ended: the city was re-merged into <see cref="AbsorbedInto"/>.</summary>
    internal sealed record DefunctSpecialStatus(int EndedYear, string AbsorbedInto, string Years);

    /// <summary>A merged city.</summary>
    internal sealed record CityModel(
        string Name,
        EquatableArray<SourceSpan> NameSources,
        EquatableArray<CityFieldChoice> Facts,
        CityStatus Status,
        EquatableArray<StatusPeriod> History,
        DefunctSpecialStatus? Defunct)
    {
        public ChosenFact? Get(CityField field)
        {
            foreach (var fact in Facts)
            {
                if (fact.Field == field) return fact.Chosen;
            }

            return null;
        }

        public bool IsFirstLevel => Status != CityStatus.City;
    }

    /// <summary>A merged province, with the names of its cities in name order.</summary>
    internal sealed record ProvinceModel(
        string Name,
        EquatableArray<SourceSpan> NameSources,
        EquatableArray<ProvinceFieldChoice> Facts,
        EquatableArray<string> CityNames)
    {
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
