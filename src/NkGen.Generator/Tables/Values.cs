using NkGen.Generator.Common;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A count as written: exact (<c>768,551</c>) or rounded (<c>770,000</c>, <c>2.8M</c>).
    /// <see cref="SignificantDigits"/> is how many leading digits the writer vouched for.
    /// <see cref="CensusYear"/> is set when the document dates its figures to a census.
    /// </summary>
    internal readonly record struct PopulationFigure(long Value, int SignificantDigits, bool IsRounded, int? CensusYear, string Written);

    /// <summary>A measured quantity (area, density) in the unit the table uses, normalized to km² where it is an area.</summary>
    internal sealed record Measure(double Value, string Unit, int SignificantDigits, bool IsRounded, string Written);

    /// <summary>A date known to the year, month or day (placeholders such as <c>&lt;u&gt;　&lt;/u&gt;</c> mean unknown).</summary>
    internal readonly record struct PartialDate(int Year, int? Month, int? Day)
    {
        public override string ToString() =>
            Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
            + (Month is int m ? "-" + m.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "")
            + (Day is int d ? "-" + d.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "");
    }

    /// <summary>Years a status was held, <c>1960–1967</c>: from <see cref="From"/> until <see cref="Until"/> (exclusive).</summary>
    internal sealed record YearSpan(int From, int Until);

    /// <summary>The administrative status a table gives a city.</summary>
    internal enum CityStatus
    {
        City,
        SpecialCity,
        DirectlyGovernedCity,
        SpecialLevelCity,

        /// <summary>A county (군, kun): second-level, as an ordinary city.</summary>
        County,

        /// <summary>A district (구역, kuyŏk): second-level, as an ordinary city.</summary>
        District,

        /// <summary>A first-level city whose kind the table does not say (the city list's AA/AB/AC codes).</summary>
        FirstLevel,
    }
}
