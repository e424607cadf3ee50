using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Benchmarks.Inputs;
using NkGen.Benchmarks.Support;
using NkGen.Generator;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Text;

namespace NkGen.Benchmarks.Suites
{
    /// <summary>
    /// Suite 1. A full generator run with a fresh driver, and its stages on their own, against a floor that only decodes
    /// the files, splits them into lines and splits every pipe row into cells with the generator's own
    /// <see cref="LineSplitter"/> and <see cref="PipeRow"/>. Default data is off, so the model holds only the synthetic rows.
    /// </summary>
    [MemoryDiagnoser(displayGenColumns: false)]
    public abstract class GeneratorRunBenchmarks
    {
        private EncodedAdditionalText[] _files = null!;
        private DataModel _model = null!;
        private CSharpCompilation _compilation = null!;

        /// <summary>The number of rows; set from the derived class's sizes.</summary>
        public abstract int Rows { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _files = SyntheticCityList.Files(Rows).Select(f => new EncodedAdditionalText(f.Path, f.Text)).ToArray();
            _model = Merge();
            _compilation = CompilerSetup.Consumer();
            GeneratedCode.RecordCharacters(Rows, CodeEmitter.Emit(_model, EmitOptions.Default).Files.Sum(f => (long)f.Text.Length));
        }

        /// <summary>Decode, split lines, split cells: the least any reader of these files must do.</summary>
        [Benchmark(Baseline = true, Description = "Floor: decode + LineSplitter + PipeRow")]
        public int Floor()
        {
            var cells = 0;
            foreach (var file in _files) cells += FloorCells(file.Path, file.Fresh().GetText().ToString());
            return cells;
        }

        /// <summary>The floor's work on one decoded file: its lines, and the cells of each pipe row.</summary>
        public static int FloorCells(string path, string text)
        {
            var cells = 0;
            foreach (var line in LineSplitter.Split(path, text))
            {
                if (PipeRow.IsPipeRow(line)) cells += PipeRow.Split(line).Cells.Count;
            }

            return cells;
        }

        /// <summary>Decode, then the Text and Tables stages per file (DataFileReader), then the Model stage.</summary>
        [Benchmark(Description = "Parse + merge (decode, DocumentReader, TableReader, ModelBuilder)")]
        public object ParseAndMerge() => Merge();

        private DataModel Merge()
        {
            var readings = new List<PrioritizedReading>(_files.Length);
            foreach (var file in _files)
            {
                readings.Add(DataFileReader.Read(file.Path, file.Fresh().GetText().ToString(), priority: 0));
            }

            return ModelBuilder.Build(readings);
        }

        [Benchmark(Description = "Emit (CodeEmitter, from the merged model)")]
        public object Emit() => CodeEmitter.Emit(_model, EmitOptions.Default);

        /// <summary>
        /// What a command-line build pays the first time it reads these files: a fresh driver, fresh files, every step, the
        /// generated trees parsed. The results earlier runs in the process left (<see cref="EarlierResults"/>) are forgotten.
        /// </summary>
        [Benchmark(Description = "Full generator run (fresh GeneratorDriver)")]
        public GeneratorDriver FullRun()
        {
            EarlierResults.Clear();
            return CompilerSetup.Driver(_files.Select(f => (AdditionalText)f.Fresh()), includeDefaultData: false).RunGenerators(_compilation);
        }

        /// <summary>
        /// What a rebuild pays in the compiler server when the data files did not change (the edit-build loop): a fresh
        /// driver and fresh copies of the same files, whose readings, model and code the previous run in the process left.
        /// </summary>
        [Benchmark(Description = "Full generator run, fresh driver, same files as the previous run (rebuild)")]
        public GeneratorDriver RebuildRun() =>
            CompilerSetup.Driver(_files.Select(f => (AdditionalText)f.Fresh()), includeDefaultData: false).RunGenerators(_compilation);
    }

    /// <summary>Suite 1 at 1,000 and 10,000 rows.</summary>
    public class GeneratorRunSmall : GeneratorRunBenchmarks
    {
        public static IEnumerable<int> RowCounts => RunSettings.Rows.Where(n => n < 100_000);

        [ParamsSource(nameof(RowCounts))]
        public override int Rows { get; set; }
    }

    /// <summary>Suite 1 at 100,000 rows: a job with fewer iterations, as one full run there takes about a minute.</summary>
    public class GeneratorRunLarge : GeneratorRunBenchmarks
    {
        public static IEnumerable<int> RowCounts => RunSettings.Rows.Where(n => n >= 100_000);

        [ParamsSource(nameof(RowCounts))]
        public override int Rows { get; set; }
    }
}
