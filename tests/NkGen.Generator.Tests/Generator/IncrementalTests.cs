using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>Step reasons across runs: unrelated edits re-run nothing; editing one data file re-reads only that file.</summary>
    public class IncrementalTests
    {
        private const string FileA = "/data/a.txt";
        private const string FileB = "/data/b.txt";
        private const string FileC = "/data/c.txt";

        private static string Table(string city, int population) =>
            $"= {city} table =\n\n| City | Province | Population |\n| {city} | South Hamgyong | {population:N0} |\n";

        private static GeneratorHarness Harness() => new GeneratorHarness()
            .Source("class Program { static void Main() { } }")
            .DataFile(FileA, Table("Alpha", 1000))
            .DataFile(FileB, Table("Bravo", 2000))
            .DataFile(FileC, Table("Charlie", 3000));

        public static IEnumerable<object[]> AllTrackingNames() =>
            typeof(NkGenGenerator).Assembly.GetType("NkGen.Generator.TrackingNames")!
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => new object[] { (string)f.GetValue(null)! });

        [Theory]
        [MemberData(nameof(AllTrackingNames))]
        public void After_an_unrelated_CSharp_edit_every_step_is_cached_or_unchanged(string step)
        {
            var harness = Harness();
            var compilation = harness.Compilation();
            var driver = harness.Driver().RunGenerators(compilation);
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", harness.ParseOptions));

            var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

            Assert.True(second.TrackedSteps.ContainsKey(step), $"step {step} did not run at all");
            var reasons = second.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
            Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {o.Reason}"));
        }

        [Fact]
        public void Editing_one_of_three_data_files_reads_only_that_file_again()
        {
            var harness = Harness();
            var compilation = harness.Compilation();
            var driver = harness.Driver().RunGenerators(compilation);
            var b = new InMemoryAdditionalText(FileB, Table("Bravo", 2500));

            var replaced = driver.ReplaceAdditionalText(harness.Text(FileB), b);
            var second = replaced.RunGenerators(compilation).GetRunResult().Results.Single();

            var readings = second.TrackedSteps["Readings"].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, readings.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(2, readings.Count(r => r == IncrementalStepRunReason.Cached));
            Assert.Contains(second.TrackedSteps["Model"].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        }

        [Fact]
        public void Indenting_a_cell_changes_the_model_but_not_what_is_emitted()
        {
            var harness = Harness();
            var compilation = harness.Compilation();
            var driver = harness.Driver().RunGenerators(compilation);
            var indented = new InMemoryAdditionalText(FileB, Table("Bravo", 2000).Replace("| Bravo |", "|      Bravo    |"));

            var second = driver.ReplaceAdditionalText(harness.Text(FileB), indented).RunGenerators(compilation).GetRunResult().Results.Single();

            // The reading and the model hold columns (for located diagnostics), so they change...
            Assert.Contains(second.TrackedSteps["Model"].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            // ...but the emitter's input is cut to lines, so the code is not written again.
            Assert.All(second.TrackedSteps["EmitInput"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
            Assert.All(second.TrackedSteps["Emit"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void No_pipeline_model_holds_a_symbol_a_syntax_node_or_a_compilation()
        {
            var harness = Harness();
            var run = harness.Driver().RunGenerators(harness.Compilation()).GetRunResult().Results.Single();
            // Roslyn's own input and output steps hold source texts by design; the steps NkGen names are its models.
            var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
            Assert.NotEmpty(ours);
            foreach (var step in run.TrackedSteps.Where(s => ours.Contains(s.Key)).SelectMany(s => s.Value))
            {
                foreach (var (value, _) in step.Outputs) AssertNoCompilerObjects(value, new HashSet<object>(ReferenceEqualityComparer.Instance), step.Name ?? "?");
            }
        }

        private static void AssertNoCompilerObjects(object? value, HashSet<object> seen, string step)
        {
            if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
            Assert.False(value is ISymbol or SyntaxNode or Compilation or Microsoft.CodeAnalysis.Text.SourceText or SemanticModel,
                $"step {step} holds a {value.GetType().Name}");
            if (value is System.Collections.IEnumerable items)
            {
                foreach (var item in items) AssertNoCompilerObjects(item, seen, step);
            }

            foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                AssertNoCompilerObjects(field.GetValue(value), seen, step);
            }
        }
    }
}
