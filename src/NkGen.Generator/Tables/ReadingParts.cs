using System.Collections.Generic;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Tables
{
    /// <summary>What the recognizers have read from one document so far.</summary>
    internal sealed class ReadingParts
    {
        public ReadingParts(string file, int? censusYear, CancellationToken cancellationToken = default)
        {
            File = file;
            CensusYear = censusYear;
            CancellationToken = cancellationToken;
        }

        /// <summary>Checked once a row, so that one huge table does not hold up a cancelled build.</summary>
        public CancellationToken CancellationToken { get; }

        public string File { get; }

        /// <summary>The census the document dates its population figures to, from a note such as "figures come from the 2008 census".</summary>
        public int? CensusYear { get; }

        public List<CityRow> Cities { get; } = new();

        public List<ProvinceRow> Provinces { get; } = new();

        public List<CountClaim> Counts { get; } = new();

        public List<DataProblem> Problems { get; } = new();

        public void Report(ProblemKind kind, SourceSpan at, string message) => Problems.Add(new DataProblem(kind, at, message));

        public TableReading Build(string? title) => new(
            File,
            title,
            Cities.ToEquatableArray(),
            Provinces.ToEquatableArray(),
            Counts.ToEquatableArray(),
            Problems.ToEquatableArray());
    }
}
