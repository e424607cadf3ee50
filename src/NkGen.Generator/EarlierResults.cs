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
        private sealed class SameModel : System.Collections.Generic.IEqualityComparer<(DataModel Model, EmitOptions Options)>
        {
            public static readonly SameModel Instance = new();

            public bool Equals((DataModel Model, EmitOptions Options) x, (DataModel Model, EmitOptions Options) y) =>
                ReferenceEquals(x.Model, y.Model) && x.Options.Equals(y.Options);

            public int GetHashCode((DataModel Model, EmitOptions Options) key) =>
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Model) ^ key.Options.GetHashCode();
        }

        // A project reads a handful of data files; eight leaves room for two or three projects built side by side.
        public static readonly RecentResults<DataFileInput, PrioritizedReading> Readings = new(8, IsWorthKeeping);

        public static readonly RecentResults<(EquatableArray<PrioritizedReading> User, EquatableArray<PrioritizedReading> Defaults), DataModel> Models = new(2);

        // By the model's identity: a rebuild's model is the one Models kept, and comparing two different models of
        // 10,000 cities by value would cost what writing the code again does.
        public static readonly RecentResults<(DataModel Model, EmitOptions Options), EmitResult> Code = new(2, comparer: SameModel.Instance);

        /// <summary>
        /// Whether a reading may serve later builds: not when NkGen failed while reading (NKG2008, e.g. out of memory),
        /// so that the next build reads the file again.
        /// </summary>
        public static bool IsWorthKeeping(PrioritizedReading reading) => !reading.Reading.Problems.Any(p => p.Kind == ProblemKind.InternalError);

        /// <summary>Forgets everything: the next run does all the work (benchmarks of the work itself, tests).</summary>
        public static void Clear()
        {
            Readings.Clear();
            Models.Clear();
            Code.Clear();
        }
    }
}
