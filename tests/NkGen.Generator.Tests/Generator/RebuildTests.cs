using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Tests.Support;
using Xunit;

namespace NkGen.Generator.Tests.Generator
{
    /// <summary>
    /// Tests that read or clear the process-wide <see cref="EarlierResults"/> run on their own, after the parallel tests,
    /// so that no other test's build evicts what they look for.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EarlierResultsCollection
    {
        public const string Name = "EarlierResults";
    }

    /// <summary>
    /// A command-line rebuild: a fresh driver over the same data files, as the compiler server runs one. Unchanged files
    /// get their readings, model and code from the previous build; a changed file or option gets new ones.
    /// </summary>
    [Collection(EarlierResultsCollection.Name)]
    public sealed class RebuildTests
    {
        private const string Path = "/data/cities.txt";

        private static string Table(int population) =>
            $"= Cities =\n\n| City | Chosŏn'gŭl | Province | Population |\n| Alpha | 알파시 | South Hamgyong | {population:N0} |\n| Bravo | 브라보시 | Kangwon | 2,000 |\n";

        private static GenerationResult Build(string text, string? ns = null)
        {
            var harness = new GeneratorHarness().Source("class Program { static void Main() { } }").DataFile(Path, text);
            if (ns is not null) harness.Property("NkGenNamespace", ns);
            return harness.Run();
        }

        [Fact]
        public void A_rebuild_with_unchanged_files_reuses_the_code_of_the_previous_build()
        {
            EarlierResults.Clear();
            var first = Build(Table(1000));

            var second = Build(Table(1000));

            Assert.Same(first.Sources["Cities.g.cs"], second.Sources["Cities.g.cs"]);
            Assert.Equal((1, 1), EarlierResults.Readings.Counts);
            Assert.Equal((1, 1), EarlierResults.Models.Counts);
            Assert.Equal((1, 1), EarlierResults.Code.Counts);
            Assert.Empty(second.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        }

        [Fact]
        public void A_rebuild_after_an_edit_writes_the_edited_facts()
        {
            EarlierResults.Clear();
            Build(Table(1000));

            var edited = Build(Table(1500));

            Assert.Contains("Population 1,500", edited.Sources["Cities.g.cs"]);
            Assert.DoesNotContain("Population 1,000", edited.Sources["Cities.g.cs"]);
            Assert.Equal((0, 2), EarlierResults.Readings.Counts);
        }

        [Fact]
        public void A_rebuild_with_another_namespace_writes_that_namespace()
        {
            EarlierResults.Clear();
            Build(Table(1000));

            var moved = Build(Table(1000), ns: "MyCompany.Geography");

            Assert.Contains("namespace MyCompany.Geography", moved.Sources["Cities.g.cs"]);
            // The same files: readings and model reused, the code written again for the new namespace.
            Assert.Equal((1, 1), EarlierResults.Models.Counts);
            Assert.Equal((0, 2), EarlierResults.Code.Counts);
        }

        [Fact]
        public void A_rebuild_after_editing_one_of_two_files_reads_only_that_file_again()
        {
            const string other = "/data/more-cities.txt";
            var more = "= More =\n\n| City | Chosŏn'gŭl | Province |\n| Charlie | 찰리시 | Chagang |\n";
            EarlierResults.Clear();
            new GeneratorHarness().Source("class Program { }").DataFile(Path, Table(1000)).DataFile(other, more).Run();

            var edited = new GeneratorHarness().Source("class Program { }").DataFile(Path, Table(1500)).DataFile(other, more).Run();

            // First build: two readings made; rebuild: the unchanged file's reused, the edited one's made.
            Assert.Equal((1, 3), EarlierResults.Readings.Counts);
            Assert.Contains("Population 1,500", edited.Sources["Cities.g.cs"]);
            Assert.Contains("Charlie", edited.Sources["Cities.g.cs"]);
        }

        [Fact]
        public void A_reading_that_failed_inside_NkGen_is_not_kept_for_the_next_build()
        {
            var reading = NkGen.Generator.Tests.Model.Rows.Reading(Path);
            NkGen.Generator.Model.PrioritizedReading With(ProblemKind kind) => reading with
            {
                Reading = reading.Reading with { Problems = new[] { new DataProblem(kind, SourceSpan.StartOf(Path), "a problem") }.ToEquatableArray() },
            };

            Assert.False(EarlierResults.IsWorthKeeping(With(ProblemKind.InternalError)));
            Assert.True(EarlierResults.IsWorthKeeping(With(ProblemKind.MalformedRow)));
            Assert.True(EarlierResults.IsWorthKeeping(reading));
        }

        [Fact]
        public void Builds_after_a_clear_do_all_the_work_again()
        {
            Build(Table(1000));
            EarlierResults.Clear();

            var again = Build(Table(1000));

            Assert.Equal((0, 1), EarlierResults.Readings.Counts);
            Assert.Contains("Population 1,000", again.Sources["Cities.g.cs"]);
        }
    }
}
