using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Options
{
    /// <summary>
    /// One NkGenData file's path, text and priority: the equatable input of the per-file parse step, so that a file
    /// is parsed again only when its text or priority changes.
    /// </summary>
    internal sealed record DataFileInput(string Path, string Text, int Priority, DataProblem? PriorityProblem)
    {
        public static DataFileInput? From(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        {
            if (!OptionsReader.IsDataFile(options)) return null;
            var (priority, problem) = OptionsReader.Priority(options, file.Path);
            var text = file.GetText(cancellationToken)?.ToString() ?? "";
            return new DataFileInput(file.Path, text, priority, problem);
        }
    }
}
