using System;
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

        /// <summary>
        /// The value of a Province or related-province cell written <paramref name="written"/>, one per spelling in the
        /// document: a city list names a few provinces thousands of times, and every row kept a value and a string of its
        /// own. <paramref name="plain"/> is the text without markup and footnotes, which <paramref name="written"/> decides.
        /// </summary>
        public TextValue ProvinceValue(string written, string plain)
        {
            _provinceValues ??= new Dictionary<string, TextValue>(StringComparer.Ordinal);
            if (_provinceValues.TryGetValue(written, out var value)) return value;
            value = new TextValue(ProvinceName.Of(plain), written);
            // A column of thousands of different "provinces" is no province column; past a bound, values are not shared.
            if (_provinceValues.Count < MaxSharedValues) _provinceValues.Add(written, value);
            return value;
        }

        private const int MaxSharedValues = 1024;

        private Dictionary<string, TextValue>? _provinceValues;

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
