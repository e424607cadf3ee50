using System;
using NkGen.Generator.Common;

namespace NkGen.Generator.Diagnostics
{
    /// <summary>
    /// The last line of defence: an exception escaping a generator step becomes CS8785 and the user silently loses all
    /// generated code. Steps run through here turn an unexpected exception into NKG2008 and a fallback value instead.
    /// Cancellation still propagates.
    /// </summary>
    internal static class Guard
    {
        public static T Run<T>(Func<T> step, Func<DataProblem, T> fallback, SourceSpan where, string what)
        {
            try
            {
                return step();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return fallback(new DataProblem(ProblemKind.InternalError, where,
                    $"NkGen failed while {what} ({e.GetType().Name}: {e.Message}) and skipped it; please report this"));
            }
        }
    }
}
