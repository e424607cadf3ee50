using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Generator.Common;
using NkGen.Generator.DefaultData;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Options;

namespace NkGen.Generator
{
    /// <summary>
    /// Wires the pipeline: each NkGenData file is read in its own cached step (text → tables), all readings and the
    /// package's default tables are merged into one model, and the model is emitted as C#. Problems are reported from
    /// their own outputs, so re-emitting code and re-reporting stay independent.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NkGenGenerator : IIncrementalGenerator
    {

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => OptionsReader.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var userReadings = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, ct) => DataFileInput.From(pair.Left, pair.Right.GetOptions(pair.Left), ct))
                .Where(input => input is not null)
                .WithTrackingName(TrackingNames.DataFiles)
                .Select((input, ct) => (
                    Reading: EarlierResults.Readings.GetOrMake(input!, i => DataFileReader.Read(i.Path, i.Text, i.Priority, i.Format, ct)),
                    input!.OptionProblems))
                .WithTrackingName(TrackingNames.Readings);

            var defaultReadings = options
                .Select((o, _) => o.IncludeDefaultData ? DefaultReadings.All : EquatableArray<PrioritizedReading>.Empty)
                .WithTrackingName(TrackingNames.DefaultReadings);

            var model = userReadings.Select((r, _) => r.Reading).Collect()
                .Combine(defaultReadings)
                .Select((pair, ct) => Guard.Run(
                    () => EarlierResults.Models.GetOrMake(
                        (pair.Left.ToEquatableArray(), pair.Right),
                        readings => ModelBuilder.Build(readings.User.Concat(readings.Defaults), ct)),
                    problem => new DataModel(default, default, default, new[] { problem }.ToEquatableArray()),
                    SourceSpan.None,
                    "merging the tables"))
                .WithTrackingName(TrackingNames.Model);

            var libraries = context.CompilationProvider
                .Select((compilation, _) => TargetLibraries.Of(compilation))
                .WithTrackingName(TrackingNames.TargetLibraries);

            var language = context.ParseOptionsProvider
                .Select((parse, _) => parse is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest)
                .WithTrackingName(TrackingNames.LanguageVersion);

            var emitOptions = options.Combine(libraries).Combine(language)
                .Select((pair, _) => new EmitOptions(
                    pair.Left.Left.Namespace,
                    pair.Left.Left.IsPublic,
                    pair.Left.Right.HasNotNullWhen,
                    SupportsNullable: pair.Right >= LanguageVersion.CSharp8,
                    SupportsUtf8Data: pair.Right >= LanguageVersion.CSharp11 && pair.Left.Right.HasUtf8Decoding))
                .WithTrackingName(TrackingNames.EmitOptions);

            var providedByReference = context.CompilationProvider.Combine(options)
                .Select((pair, _) => ReferencedClasses.ProviderOf(pair.Left, pair.Right.Namespace))
                .WithTrackingName(TrackingNames.ReferencedClasses);

            var emitInput = model.Select((m, _) => new EmitInput(m)).WithTrackingName(TrackingNames.EmitInput);

            var emitted = emitInput.Combine(emitOptions).Combine(providedByReference)
                .Select((pair, _) => Guard.Run(
                    () => pair.Right is { } provider
                        ? CodeEmitter.NotEmitted(pair.Left.Left.Model, pair.Left.Right, provider)
                        : EarlierResults.Code.GetOrMake((pair.Left.Left.Model, pair.Left.Right), input => CodeEmitter.Emit(input.Model, input.Options)),
                    problem => new EmitResult(default, new[] { problem }.ToEquatableArray()),
                    SourceSpan.None,
                    "writing the generated code"))
                .WithTrackingName(TrackingNames.Emit);

            context.RegisterSourceOutput(emitted, static (spc, result) =>
            {
                foreach (var file in result.Files) spc.AddSource(file.HintName, file.Text);
            });

            context.RegisterSourceOutput(userReadings, static (spc, r) =>
            {
                Report(spc, r.OptionProblems);
                Report(spc, r.Reading.Reading.Problems);
            });
            context.RegisterSourceOutput(defaultReadings, static (spc, readings) =>
            {
                foreach (var reading in readings) Report(spc, reading.Reading.Problems);
            });
            context.RegisterSourceOutput(model.Select((m, _) => m.Problems), static (spc, problems) => Report(spc, problems));
            context.RegisterSourceOutput(emitted.Select((e, _) => e.Problems), static (spc, problems) => Report(spc, problems));
            context.RegisterSourceOutput(options.Select((o, _) => o.Problems), static (spc, problems) => Report(spc, problems));
        }

        private static void Report(SourceProductionContext context, EquatableArray<DataProblem> problems)
        {
            foreach (var problem in problems) context.ReportDiagnostic(DiagnosticFactory.Create(problem));
        }
    }
}
