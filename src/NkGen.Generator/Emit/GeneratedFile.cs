using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Emit
{
    /// <summary>One generated source file.</summary>
    internal sealed record GeneratedFile(string HintName, string Text);

    /// <summary>The emitter's output: the files, and the problems met naming members.</summary>
    internal sealed record EmitResult(EquatableArray<GeneratedFile> Files, EquatableArray<DataProblem> Problems);
}
