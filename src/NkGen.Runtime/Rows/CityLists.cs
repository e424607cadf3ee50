using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// The facts of a city that take more than reading one field of its row — lists, dates, decimal figures, sources —,
    /// read together when the first of them is asked for: a member's first read then parses and compiles only what it uses.
    /// </summary>
    internal sealed class CityLists
    {
        public CityLists(
            PartialDate? founded,
            IReadOnlyList<StatusPeriod> statusHistory,
            double? area,
            double? density,
            IReadOnlyList<string> roles,
            IReadOnlyList<SourceReference> sources,
            IReadOnlyList<string> otherNames)
        {
            Founded = founded;
            StatusHistory = statusHistory;
            Area = area;
            Density = density;
            Roles = roles;
            Sources = sources;
            OtherNames = otherNames;
        }

        public PartialDate? Founded { get; }

        public IReadOnlyList<StatusPeriod> StatusHistory { get; }

        public double? Area { get; }

        public double? Density { get; }

        public IReadOnlyList<string> Roles { get; }

        public IReadOnlyList<SourceReference> Sources { get; }

        public IReadOnlyList<string> OtherNames { get; }
    }
}
