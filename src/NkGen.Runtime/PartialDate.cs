using System;
using System.Globalization;

namespace NkGen
{
    /// <summary>
    /// A date known to the year, the month or the day, as the source tables write it
    /// (for example <c>1985</c>, <c>1987-08</c> or <c>1945-09-02</c>).
    /// </summary>
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
    {
        /// <summary>Creates a date known to the given precision.</summary>
        /// <param name="year">The year.</param>
        /// <param name="month">The month (1–12), or <see langword="null"/> when unknown.</param>
        /// <param name="day">The day of the month, or <see langword="null"/> when unknown; requires a month.</param>
        public PartialDate(int year, int? month = null, int? day = null)
        {
            if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
            if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
                throw new ArgumentOutOfRangeException(nameof(day));
            Year = year;
            Month = month;
            Day = day;
        }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month (1–12), or <see langword="null"/> when the sources do not give it.</summary>
        public int? Month { get; }

        /// <summary>The day of the month, or <see langword="null"/> when the sources do not give it.</summary>
        public int? Day { get; }

        /// <inheritdoc/>
        public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (Year * 13 + (Month ?? 0)) * 32 + (Day ?? 0);

        /// <summary>Orders by year, then month, then day; an unknown part sorts before a known one.</summary>
        public int CompareTo(PartialDate other)
        {
            var c = Year.CompareTo(other.Year);
            if (c != 0) return c;
            c = (Month ?? 0).CompareTo(other.Month ?? 0);
            return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
        }

        /// <summary>Formats as <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, to the known precision.</summary>
        public override string ToString()
        {
            var text = Year.ToString("0000", CultureInfo.InvariantCulture);
            if (Month is int m) text += "-" + m.ToString("00", CultureInfo.InvariantCulture);
            if (Day is int d) text += "-" + d.ToString("00", CultureInfo.InvariantCulture);
            return text;
        }

        /// <summary>Equality.</summary>
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
    }
}
