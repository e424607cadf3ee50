using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Options
{
    /// <summary>The project-wide MSBuild options, validated; invalid values fall back to defaults and become problems.</summary>
    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, bool IncludeDefaultData, EquatableArray<DataProblem> Problems);
}
