namespace NkGen
{
    /// <summary>A span of years during which a city held one administrative status.</summary>
    public sealed class StatusPeriod
    {
        /// <summary>Creates a period.</summary>
        /// <param name="status">The status held.</param>
        /// <param name="fromYear">The first year the status was held.</param>
        /// <param name="untilYear">The year the status ended (exclusive), or <see langword="null"/> if it still holds.</param>
        public StatusPeriod(AdministrativeStatus status, int fromYear, int? untilYear)
        {
            Status = status;
            FromYear = fromYear;
            UntilYear = untilYear;
        }

        /// <summary>The status held.</summary>
        public AdministrativeStatus Status { get; }

        /// <summary>The first year the status was held.</summary>
        public int FromYear { get; }

        /// <summary>The year the status ended, or <see langword="null"/> if it still holds.</summary>
        /// <remarks>The tables write <c>1960–1967</c> for a status that ended in 1967, so this year is exclusive.</remarks>
        public int? UntilYear { get; }

        /// <summary>Whether the status was held during <paramref name="year"/>.</summary>
        public bool Covers(int year) => year >= FromYear && (UntilYear is null || year < UntilYear.Value);

        /// <summary>Formats as <c>SpecialCity 1960–1967</c> or <c>City 1985–</c>.</summary>
        public override string ToString() => Status + " " + FromYear + "\u2013" + UntilYear;
    }
}
