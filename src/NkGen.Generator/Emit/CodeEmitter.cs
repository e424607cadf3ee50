using System.Collections.Generic;
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
    }
}
