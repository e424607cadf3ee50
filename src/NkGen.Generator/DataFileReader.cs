using System.Linq;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;

namespace NkGen.Generator
{
    /// <summary>Text → tables for one file: the readers, then the table recognizer, with both stages' problems kept.</summary>
    internal static class DataFileReader
    {
        public static PrioritizedReading Read(string path, string text, int priority, TextDialect? format = null, CancellationToken cancellationToken = default)
        {
            var file = SourceSpan.StartOf(path);
            return Guard.Run(
                () =>
                {
                    var document = DocumentReader.Read(path, text, format, cancellationToken);
                    var reading = TableReader.Read(document, cancellationToken);
                    var problems = document.Problems.Concat(reading.Problems).ToEquatableArray();
                    return new PrioritizedReading(reading with { Problems = problems }, priority);
                },
                problem => new PrioritizedReading(
                    new TableReading(path, null, EquatableArray<CityRow>.Empty, EquatableArray<ProvinceRow>.Empty, EquatableArray<CountClaim>.Empty, new[] { problem }.ToEquatableArray()),
                    priority),
                file,
                $"reading {file.FileName}");
        }
    }
}
