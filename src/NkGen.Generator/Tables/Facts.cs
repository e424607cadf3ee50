using NkGen.Generator.Common;

namespace NkGen.Generator.Tables
{
    /// <summary>A value read from a cell or field; <see cref="Written"/> keeps the text as the table wrote it.</summary>
    internal abstract record FactValue(string Written);

    internal sealed record TextValue(string Text, string Written) : FactValue(Written);

    internal sealed record TextListValue(EquatableArray<string> Items, string Written) : FactValue(Written);

    internal sealed record PopulationValue(PopulationFigure Figure) : FactValue(Figure.Written);

    internal sealed record MeasureValue(Measure Measure) : FactValue(Measure.Written);

    internal sealed record DateValue(PartialDate Date, string Written) : FactValue(Written);

    internal sealed record StatusValue(CityStatus Status, string Written) : FactValue(Written);

    internal sealed record PeriodsValue(EquatableArray<YearSpan> Periods, string Written) : FactValue(Written);

    /// <summary>The facts a city can have; one value of each per source.</summary>
    internal enum CityField
    {
        KoreanName,
        Hancha,
        Province,
        RelatedProvince,
        Population,
        Area,
        Density,
        Founded,
        Status,
        IsoCode,
        Capital,
        Region,
        Roles,
        KnownFor,
        BestFor,

        /// <summary>The years a city was a special city, from a table of defunct special cities.</summary>
        SpecialCityPeriods,
    }

    internal enum ProvinceField
    {
        Character,
        KnownFor,
        MajorCity,

        /// <summary>The province's name in Chosŏn'gŭl (함경남도): a key the Model stage joins spellings by.</summary>
        KoreanName,

        /// <summary>The province's name in Hancha (咸鏡南道).</summary>
        Hancha,

        // The figures and codes a table of first-level divisions gives its province rows, read as a city's are.
        Population,
        Area,
        Density,

        /// <summary>The province's seat (Chongjin for North Hamgyong), as the table writes it.</summary>
        Capital,
        IsoCode,

        /// <summary>The region the province lies in (Kwanbuk), where a table of first-level divisions gives one.</summary>
        Region,
    }

    /// <summary>
    /// How much a table is about this fact: a table dedicated to the field (the classification table that names the
    /// cities of each status) outranks a column of a general list. Used only after the documented precedence ties.
    /// </summary>
    internal enum FactAuthority
    {
        Incidental = 0,
        Dedicated = 1,
    }

    /// <summary>
    /// One value a row gives, and where. A struct in its row's array, not an object per value (a row has a handful):
    /// the readings of every data file stay alive between builds, and each object is one more for the collector to trace.
    /// </summary>
    internal readonly record struct CityFact(CityField Field, FactValue Value, SourceSpan Span, FactAuthority Authority = FactAuthority.Incidental);

    /// <summary>One value a province row gives, and where; a struct like <see cref="CityFact"/>.</summary>
    internal readonly record struct ProvinceFact(ProvinceField Field, FactValue Value, SourceSpan Span);

    /// <summary>One city as one table row (or guide block, or classification-table mention) describes it.</summary>
    internal sealed record CityRow(string Name, SourceSpan NameSpan, EquatableArray<CityFact> Facts)
    {
        /// <summary>The text of the row's first <paramref name="field"/> fact; null when it has none, or that fact is not text.</summary>
        public string? Text(CityField field)
        {
            foreach (var fact in Facts)
            {
                if (fact.Field == field) return (fact.Value as TextValue)?.Text;
            }

            return null;
        }
    }

    /// <summary>One province (or region a table calls a province) as one row describes it; the name has no "Province" suffix.</summary>
    internal sealed record ProvinceRow(string Name, SourceSpan NameSpan, EquatableArray<ProvinceFact> Facts)
    {
        /// <summary>The text of the row's first <paramref name="field"/> fact; null when it has none, or that fact is not text.</summary>
        public string? Text(ProvinceField field)
        {
            foreach (var fact in Facts)
            {
                if (fact.Field == field) return (fact.Value as TextValue)?.Text;
            }

            return null;
        }
    }

    /// <summary>What a summary count counts.</summary>
    internal enum CountedThing
    {
        Provinces,
        Cities,
        FirstLevelCities,
        DirectlyGovernedCities,
        SpecialCities,
        SpecialLevelCities,
        CitiesOverOneMillion,
        Counties,
        Districts,
    }

    /// <summary>A document's claim about how many of something there are (FACTBOX, infobox, classification table).</summary>
    internal sealed record CountClaim(CountedThing Thing, int Count, SourceSpan Span, string Written);

    /// <summary>All a document says, as typed rows, with the problems met reading it. No row is dropped without a problem.</summary>
    internal sealed record TableReading(
        string File,
        string? Title,
        EquatableArray<CityRow> Cities,
        EquatableArray<ProvinceRow> Provinces,
        EquatableArray<CountClaim> Counts,
        EquatableArray<Diagnostics.DataProblem> Problems);
}
