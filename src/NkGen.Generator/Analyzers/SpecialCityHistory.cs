using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace NkGen.Generator.Analyzers
{
    /// <summary>
    /// The facts a <c>[DefunctSpecialCity]</c> or <c>[FormerSpecialCity]</c> attribute carries (see
    /// NkGen.Runtime's SpecialCityHistoryAttribute), read once per member.
    /// </summary>
    /// <param name="City">The city's name, e.g. <c>Chongjin</c>.</param>
    /// <param name="EndedYear">The year its special status last ended (exclusive, as the tables write it).</param>
    /// <param name="AbsorbedInto">The province that absorbed it.</param>
    /// <param name="Years">The years it held the status, as the tables write them.</param>
    /// <param name="Replacement">The member to use today, relative to the generated namespace, e.g. <c>Cities.Chongjin</c>.</param>
    internal sealed record SpecialCityHistory(string City, int EndedYear, string AbsorbedInto, string Years, string Replacement)
    {
        /// <summary>The last year the city was a special city: the tables' end year is exclusive (1960–1967 ended in 1967).</summary>
        public int LastSpecialYear => EndedYear - 1;

        /// <summary>The class of the replacement member, e.g. <c>Cities</c>.</summary>
        public string ReplacementType => Replacement.LastIndexOf('.') is var dot and > 0 ? Replacement.Substring(0, dot) : Replacement;

        /// <summary>Reads the attribute's constructor arguments; <see langword="null"/> when they are not all there.</summary>
        public static SpecialCityHistory? From(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            if (args.Length != 5) return null;
            if (args[0].Value is not string city || args[1].Value is not int endedYear || args[2].Value is not string absorbedInto
                || args[3].Value is not string years || args[4].Value is not string replacement)
            {
                return null;
            }

            return new SpecialCityHistory(city, endedYear, absorbedInto, years, replacement);
        }

        /// <summary>The message arguments for NKG0001, ending with the advice for this kind of use.</summary>
        public object[] MessageArguments(string advice) =>
            new object[] { City, EndedYear.ToString(CultureInfo.InvariantCulture), AbsorbedInto, Years, advice };

        /// <summary>The properties a code fix reads (see <see cref="DefunctSpecialCityProperties"/>).</summary>
        public ImmutableDictionary<string, string?> Properties(string kind, string? outcome = null)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder.Add(DefunctSpecialCityProperties.Kind, kind);
            builder.Add(DefunctSpecialCityProperties.City, City);
            builder.Add(DefunctSpecialCityProperties.Replacement, Replacement);
            builder.Add(DefunctSpecialCityProperties.Year, LastSpecialYear.ToString(CultureInfo.InvariantCulture));
            if (outcome is not null) builder.Add(DefunctSpecialCityProperties.Outcome, outcome);
            return builder.ToImmutable();
        }
    }
}
