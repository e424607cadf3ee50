using System;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// When two sources say the same thing. A rounded figure agrees with an exact one when the exact one rounds to it
    /// at the rounded figure's significant digits (770,000 agrees with 768,551; 620,000 does not with 667,929);
    /// a less precise date agrees with a more precise one it contains; text compares without case or diacritics, and a
    /// Korean or Hancha name with or without its administrative unit.
    /// </summary>
    internal static class FactAgreement
    {
        public static bool Agree(FactValue a, FactValue b) => (a, b) switch
        {
            (PopulationValue x, PopulationValue y) => FiguresAgree(x.Figure.Value, x.Figure.SignificantDigits, y.Figure.Value, y.Figure.SignificantDigits),
            (MeasureValue x, MeasureValue y) => FiguresAgree(x.Measure.Value, x.Measure.SignificantDigits, y.Measure.Value, y.Measure.SignificantDigits),
            (DateValue x, DateValue y) => DatesAgree(x.Date, y.Date),
            (StatusValue x, StatusValue y) => StatusesAgree(x.Status, y.Status),
            (PeriodsValue x, PeriodsValue y) => x.Periods.Equals(y.Periods),
            (TextListValue x, TextListValue y) => x.Items.Select(NameKey.Of).OrderBy(k => k, StringComparer.Ordinal)
                .SequenceEqual(y.Items.Select(NameKey.Of).OrderBy(k => k, StringComparer.Ordinal)),
            (TextValue x, TextValue y) => NameKey.Of(x.Text) == NameKey.Of(y.Text) || SameKoreanName(x.Text, y.Text),
            _ => false,
        };

        /// <summary>Both figures rounded to the fewer significant digits of the two must be equal.</summary>
        public static bool FiguresAgree(double a, int aDigits, double b, int bDigits)
        {
            var digits = Math.Max(1, Math.Min(aDigits, bDigits));
            return RoundToSignificant(a, digits) == RoundToSignificant(b, digits);
        }

        public static double RoundToSignificant(double value, int digits)
        {
            if (value == 0 || double.IsNaN(value) || double.IsInfinity(value)) return value;
            var magnitude = Math.Floor(Math.Log10(Math.Abs(value))) + 1;
            var scale = Math.Pow(10, magnitude - digits);
            return Math.Round(value / scale, MidpointRounding.AwayFromZero) * scale;
        }

        /// <summary>함흥 and 함흥시, 平壤 and 平壤直轄市: a Korean or Hancha name with and without its administrative unit.</summary>
        private static bool SameKoreanName(string a, string b)
        {
            if (Names.Hangul.Syllables(a) is { } x && Names.Hangul.Syllables(b) is { } y)
            {
                return Names.AdministrativeSuffix.StripHangul(x, Names.PlaceKind.City) == Names.AdministrativeSuffix.StripHangul(y, Names.PlaceKind.City);
            }

            return Names.Hanja.Characters(a) is { } p && Names.Hanja.Characters(b) is { } q
                && Names.AdministrativeSuffix.StripHanja(p, Names.PlaceKind.City) == Names.AdministrativeSuffix.StripHanja(q, Names.PlaceKind.City);
        }

        private static bool DatesAgree(PartialDate a, PartialDate b) =>
            a.Year == b.Year
            && (a.Month is null || b.Month is null || a.Month == b.Month)
            && (a.Day is null || b.Day is null || a.Day == b.Day);

        private static bool StatusesAgree(CityStatus a, CityStatus b) =>
            a == b
            || (a == CityStatus.FirstLevel && Statuses.IsFirstLevel(b))
            || (b == CityStatus.FirstLevel && Statuses.IsFirstLevel(a));
    }
}
