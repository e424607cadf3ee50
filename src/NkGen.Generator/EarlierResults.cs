using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Options;

namespace NkGen.Generator
{
    /// <summary>
    /// The pipeline's costly steps as the previous builds in this process made them, so that a command-line rebuild with
    /// unchanged data files (the edit-build loop) does not read, merge and write 10,000 rows again; see
    /// <see cref="RecentResults{TInput, TResult}"/>. What it keeps is bounded by the capacities: a reading holds about
    /// 1 KB a row, a model about 1 KB and its code about 1.2 KB (10,000 rows: about 30 MB in all).
    /// </summary>
    internal static class EarlierResults
    {
        // A project reads a handful of data files; eight leaves room for two or three projects built side by side.
        // A reading that failed inside NkGen (NKG2008, e.g. out of memory) is made again by the next build.
        public static readonly RecentResults<DataFileInput, PrioritizedReading> Readings = new(
            8, reading => !reading.Reading.Problems.Any(p => p.Kind == ProblemKind.InternalError));

        public static readonly RecentResults<(EquatableArray<PrioritizedReading> User, EquatableArray<PrioritizedReading> Defaults), DataModel> Models = new(2);

        public static readonly RecentResults<DataModel, DataModel> EmitInputs = new(2);

        public static readonly RecentResults<(DataModel Input, EmitOptions Options), EmitResult> Code = new(2);

        /// <summary>Forgets everything: the next run does all the work (benchmarks of the work itself, tests).</summary>
        public static void Clear()
        {
            Readings.Clear();
            Models.Clear();
            EmitInputs.Clear();
            Code.Clear();
        }
    }
}
