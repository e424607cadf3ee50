using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Text;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>
    /// The generator's stages without the compiler and without <see cref="Guard"/>, so that a crash surfaces as the
    /// exception itself: DocumentReader → TableReader for each file, ModelBuilder over all of them, CodeEmitter.
    /// </summary>
    internal static class PureStages
    {
        public static readonly EmitOptions Options = new("NkGen", IsPublic: false, HasNotNullWhen: true);

        public static PureRun Run(IEnumerable<(string Path, string Text)> files, CancellationToken cancellationToken = default) =>
            Run(files.Select(f => Read(f.Path, f.Text, cancellationToken)).ToList(), cancellationToken);

        /// <summary>
        /// The generator's own per-file step: an exception inside it becomes NKG2008 (InternalError), which the
        /// properties assert never appears; cancellation still throws.
        /// </summary>
        public static PrioritizedReading Read(string path, string text, CancellationToken cancellationToken = default) =>
            NkGen.Generator.DataFileReader.Read(path, text, priority: 0, cancellationToken: cancellationToken);

        public static PureRun Run(IReadOnlyList<PrioritizedReading> readings, CancellationToken cancellationToken = default, EmitOptions? options = null)
        {
            var model = ModelBuilder.Build(readings, cancellationToken);
            var emitted = CodeEmitter.Emit(model, options ?? Options);
            var problems = readings.SelectMany(r => r.Reading.Problems).Concat(model.Problems).Concat(emitted.Problems).ToList();
            return new PureRun(model, emitted.Files.ToDictionary(f => f.HintName, f => f.Text), problems);
        }
    }

    internal sealed record PureRun(DataModel Model, IReadOnlyDictionary<string, string> Sources, IReadOnlyList<DataProblem> Problems);
}
