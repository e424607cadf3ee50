using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Options
{
    /// <summary>
    /// One NkGenData file's path, text, priority and declared format: the equatable input of the per-file parse step, so
    /// that a file is parsed again only when its text or metadata changes. <see cref="OptionProblems"/> are its invalid
    /// metadata values.
    /// </summary>
    internal sealed record DataFileInput(string Path, string Text, int Priority, TextDialect? Format, EquatableArray<DataProblem> OptionProblems)
    {
        public static DataFileInput? From(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        {
            if (!OptionsReader.IsDataFile(options)) return null;
            var problems = new List<DataProblem>();
            var (priority, priorityProblem) = OptionsReader.Priority(options, file.Path);
            if (priorityProblem is not null) problems.Add(priorityProblem);
            var (format, formatProblem) = OptionsReader.Format(options, file.Path);
            if (formatProblem is not null) problems.Add(formatProblem);
            var text = file.GetText(cancellationToken)?.ToString() ?? "";
            return new DataFileInput(file.Path, text, priority, format, problems.ToEquatableArray());
        }
    }
}
