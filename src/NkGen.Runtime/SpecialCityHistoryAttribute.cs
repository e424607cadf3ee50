using System;

namespace NkGen
{
    /// <summary>The facts about a special-city status that ended, as carried by generated members.</summary>
    public abstract class SpecialCityHistoryAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="city">The city's name, e.g. <c>Chongjin</c>.</param>
        /// <param name="endedYear">The year its special status last ended.</param>
        /// <param name="absorbedInto">The province that absorbed it.</param>
        /// <param name="years">The years it held the status, as the tables write them, e.g. <c>1960–1967, 1977–1985</c>.</param>
        /// <param name="replacement">The member to use today, e.g. <c>Cities.Chongjin</c>.</param>
        protected SpecialCityHistoryAttribute(string city, int endedYear, string absorbedInto, string years, string replacement)
        {
            City = city;
            EndedYear = endedYear;
            AbsorbedInto = absorbedInto;
            Years = years;
            Replacement = replacement;
        }

        /// <summary>The city's name.</summary>
        public string City { get; }

        /// <summary>The year its special status last ended.</summary>
        public int EndedYear { get; }

        /// <summary>The province that absorbed the city.</summary>
        public string AbsorbedInto { get; }

        /// <summary>The years the city held the status, as the tables write them.</summary>
        public string Years { get; }

        /// <summary>The member to use today, e.g. <c>Cities.Chongjin</c>.</summary>
        public string Replacement { get; }
    }

    /// <summary>
    /// Marks a generated member that stands for a special-city status that no longer exists
    /// (e.g. <c>SpecialCities.Chongjin</c>). Analyzer NKG0001 warns where code uses such a member.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
    public sealed class DefunctSpecialCityAttribute : SpecialCityHistoryAttribute
    {
        /// <inheritdoc cref="SpecialCityHistoryAttribute(string, int, string, string, string)"/>
        public DefunctSpecialCityAttribute(string city, int endedYear, string absorbedInto, string years, string replacement)
            : base(city, endedYear, absorbedInto, years, replacement)
        {
        }
    }

    /// <summary>
    /// Marks a generated city member whose city was once a special city (e.g. <c>Cities.Chongjin</c>).
    /// Using the member is fine; analyzer NKG0001 warns where code asks whether it is a special city today.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
    public sealed class FormerSpecialCityAttribute : SpecialCityHistoryAttribute
    {
        /// <inheritdoc cref="SpecialCityHistoryAttribute(string, int, string, string, string)"/>
        public FormerSpecialCityAttribute(string city, int endedYear, string absorbedInto, string years, string replacement)
            : base(city, endedYear, absorbedInto, years, replacement)
        {
        }
    }
}
