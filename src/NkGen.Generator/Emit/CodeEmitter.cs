using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;

namespace NkGen.Generator.Emit
{
    /// <summary>The model → C# text. Pure: no compiler involved, so it is snapshot-tested from hand-built models.</summary>
    internal static class CodeEmitter
    {
        public static EmitResult Emit(DataModel model, EmitOptions options)
        {
            var problems = new List<DataProblem>();
            var context = new EmitContext(model, options, problems);
            var files = new[]
            {
                new GeneratedFile("Cities.g.cs", CitiesEmitter.Emit(context)),
                new GeneratedFile("Provinces.g.cs", ProvincesEmitter.Emit(context)),
                new GeneratedFile("SpecialCities.g.cs", SpecialCitiesEmitter.Emit(context)),
            };
            return new EmitResult(files.ToEquatableArray(), problems.ToEquatableArray());
        }

        /// <summary>
        /// Nothing is generated when a referenced assembly already exposes the classes in this namespace; the project's
        /// own data files, which would be lost, are named in a diagnostic instead of dropped silently.
        /// </summary>
        public static EmitResult NotEmitted(DataModel model, EmitOptions options, string providerAssembly)
        {
            var ownFiles = model.Documents.Where(d => !DefaultData.DefaultReadings.IsDefaultFile(d.File)).ToList();
            if (ownFiles.Count == 0) return new EmitResult(EquatableArray<GeneratedFile>.Empty, EquatableArray<DataProblem>.Empty);
            var problem = new DataProblem(
                ProblemKind.InvalidOption,
                SourceSpan.StartOf(ownFiles[0].File),
                $"{providerAssembly} already exposes {options.Namespace}.Cities, so this project generates no classes of its own and its "
                + $"NkGenData files ({string.Join(", ", ownFiles.Select(f => SourceSpan.FileNameOf(f.File)))}) were not used; "
                + "set NkGenNamespace to generate this project's own classes in another namespace");
            return new EmitResult(EquatableArray<GeneratedFile>.Empty, new[] { problem }.ToEquatableArray());
        }
    }
}
