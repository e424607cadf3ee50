using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Benchmarks.Inputs;
using NkGen.Benchmarks.Support;
using NkGen.Generator;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 2. What a keystroke costs once the generator has run: 10,000 rows in three data files, a driver that has
    /// run once, then an unrelated C# edit (the IDE's common case) or an edit of one data file.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public class IncrementalBenchmarks
    {
        public const int Rows = 10_000;

        private EncodedAdditionalText[] _files = null!;
        private CSharpCompilation _compilation = null!;
        private SyntaxTree _unrelated = null!;
        private GeneratorDriver _ran = null!;
        private GeneratorDriver _trivialRan = null!;
        private AdditionalText _edited = null!;

        [GlobalSetup]
        public void Setup()
        {
            _files = IncrementalInputs.Files().Select(f => new EncodedAdditionalText(f.Path, f.Text)).ToArray();
            _compilation = CompilerSetup.Consumer();
            _unrelated = CompilerSetup.Parse(IncrementalInputs.UnrelatedEdit, "Unrelated.cs");
            _ran = CompilerSetup.Driver(_files, includeDefaultData: false).RunGenerators(_compilation);
            _trivialRan = CompilerSetup.Driver(_files, includeDefaultData: false, generator: new ConstantGenerator(CompilerSetup.Generated(_ran)))
                .RunGenerators(_compilation);
            _edited = IncrementalInputs.EditedSecondFile(_files[1]);
        }

        [Benchmark(Baseline = true, Description = "Full run, fresh driver (10,000 rows, 3 files)")]
        public GeneratorDriver FullRun()
        {
            EarlierResults.Clear();
            return CompilerSetup.Driver(_files.Select(f => (AdditionalText)f.Fresh()), includeDefaultData: false).RunGenerators(_compilation);
        }

        [Benchmark(Description = "Rerun after an unrelated C# edit")]
        public GeneratorDriver RerunAfterUnrelatedEdit() => _ran.RunGenerators(_compilation.AddSyntaxTrees(_unrelated));

        /// <summary>The driver's own cost for the same rerun: a generator whose only output is the same text, from a constant.</summary>
        [Benchmark(Description = "Driver floor: same rerun, constant-output generator")]
        public GeneratorDriver DriverFloorRerun() => _trivialRan.RunGenerators(_compilation.AddSyntaxTrees(_unrelated));

        /// <summary>
        /// Each iteration edits the same file the same way; the process-wide results of earlier runs are forgotten first, so
        /// that the edited file is read, merged and written as a new edit is.
        /// </summary>
        [Benchmark(Description = "Rerun after editing one of the three data files")]
        public GeneratorDriver RerunAfterDataEdit()
        {
            EarlierResults.Clear();
            return _ran.ReplaceAdditionalText(_files[1], _edited).RunGenerators(_compilation);
        }
    }

    /// <summary>The inputs of suite 2, shared with the step-reason checks.</summary>
    internal static class IncrementalInputs
    {
        public const string UnrelatedEdit = "namespace App { internal sealed class Unrelated { public int Answer => 42; } }";

        /// <summary>10,000 rows split into three files of about 3,333.</summary>
        public static IReadOnlyList<(string Path, string Text)> Files()
        {
            var cities = SyntheticCityList.Cities(IncrementalBenchmarks.Rows);
            var third = (cities.Count + 2) / 3;
            return Enumerable.Range(0, 3)
                .Select(i => ($"/data/part-{(char)('a' + i)}.txt",
                    SyntheticCityList.Document($"Cities, part {i + 1}", cities.Skip(i * third).Take(third).ToList())))
                .ToList();
        }

        /// <summary>The second file with one population changed.</summary>
        public static AdditionalText EditedSecondFile(EncodedAdditionalText second)
        {
            var text = second.GetText().ToString();
            var at = text.IndexOf(" |\n", text.IndexOf(SyntheticCityList.Header, System.StringComparison.Ordinal) + SyntheticCityList.Header.Length + 1, System.StringComparison.Ordinal);
            // The row's last cell is Founded; change the population before it by rewriting the row's first digit run.
            var row = text.LastIndexOf('\n', at) + 1;
            var line = text.Substring(row, at - row);
            var cells = line.Split('|');
            cells[5] = " 1,234 ";
            return new EncodedAdditionalText(second.Path, text.Substring(0, row) + string.Join("|", cells) + text.Substring(at));
        }
    }

    /// <summary>The driver's floor: emits fixed text from an input that never changes.</summary>
    internal sealed class ConstantGenerator : IIncrementalGenerator
    {
        private readonly IReadOnlyList<(string HintName, string Text)> _files;

        public ConstantGenerator(IReadOnlyList<(string HintName, string Text)> files) => _files = files;

        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.ParseOptionsProvider, (spc, _) =>
            {
                foreach (var (hintName, text) in _files) spc.AddSource(hintName, text);
            });
    }
}
