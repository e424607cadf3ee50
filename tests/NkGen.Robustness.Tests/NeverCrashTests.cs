using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// Issue 7, "never crash": inputs mutated from the seed documents go through every stage without an exception,
    /// without NKG2008 (a caught exception) and, through the real driver, without CS8785.
    /// </summary>
    public sealed class NeverCrashTests
    {
        private static readonly PrioritizedReading[] SeedReadings = SeedDocuments.All.Select(d => PureStages.Read(d.Path, d.Text)).ToArray();

        [Fact]
        public void Pure_stages_survive_mutated_seed_documents()
        {
            FuzzRun.Check(MutatedDocument.Gen, document =>
            {
                var text = document.Text;
                var readings = SeedReadings.ToArray();
                readings[document.Seed] = PureStages.Read(document.Path, text);
                var run = PureStages.Run(readings);
                Assert.DoesNotContain(run.Problems, p => p.Kind == ProblemKind.InternalError);
                SourceChecks.NoRawInvisibles(run.Sources);
                // Parsing costs more than the stages themselves: about every eighth input (chosen by its edits, so that a
                // replayed input is checked the same way) is parsed; the compilation tests compile a sample in full.
                if ((document.Seed + document.Mutations.Sum(m => (long)m.Other)) % 8 == 0) SourceChecks.Parses(run.Sources);
            }, FuzzRun.Iterations(FuzzRun.CiIterations), d => d.ToString());
        }

        [Fact]
        public void Generator_driver_survives_mutated_seed_documents()
        {
            FuzzRun.Check(MutatedDocument.Gen, document =>
            {
                var result = new GeneratorHarness().DataFile(document.Path, document.Text).Run();
                Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
                Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
                Assert.Equal(3, result.Sources.Count);
            }, FuzzRun.Iterations(300), d => d.ToString());
        }

        public static TheoryData<string, string> Extremes() => new()
        {
            { "empty", "" },
            { "only a BOM", "\uFEFF" },
            { "only line breaks", "\r\n\n\r\r\n" },
            { "only pipes", new string('|', 10_000) },
            { "escaped pipes", string.Concat(Enumerable.Repeat("|\\", 5_000)) },
            { "header only", "| City | Province |" },
            { "separator only", "| --- | --- |" },
            { "front matter never closed", "---\ntitle: \"x\n" },
            { "factbox never closed", "[FACTBOX]\nLargest City: Pyongyang, 2.8M\n" },
            { "table never closed", "[TABLE]\n| City | Province |\n| A | B |" },
            { "bold block alone", "**\n**X**\n**Y** (" },
            { "lone surrogates", "| City | Province |\n| \uD800 | \uDC00 |\n| a\uDBFF | \uDFFFb |" },
            { "bidi everywhere", "= \u202E title \u202C =\n| City\u2066 | Province\u2069 |\n| \u202Eabc | \u202Dxyz |" },
            { "binary junk", new string(Enumerable.Range(0, 8192).Select(i => (char)((i * 7919) % 256)).ToArray()) },
            { "a 1 MB line of text", new string('a', 1 << 20) },
            { "a 1 MB pipe row", "| City | Province |\n| " + string.Join(" | ", Enumerable.Repeat("Hamhung", 1 << 17)) + " |" },
            { "a 1 MB bold line of spaces", "**Pyongyang**" + new string(' ', 1 << 20) + "x" },
            { "a 1 MB header", "| " + string.Join(" | ", Enumerable.Repeat("City", 1 << 17)) + " |\n| a |" },
            { "a 1 MB heading", "=" + new string(' ', 1 << 20) + "=" },
            { "a 1 MB bullet", "- Population Range: " + new string('9', 1 << 20) },
            { "huge numbers", "| City | Population | Area | Density | Founded |\n| X | 99999999999999999999 | 1e308 | -0 | 99999-99-99 |\n| Y | 2.8M9 | NaN | Infinity | -1 |" },
            { "many tables", string.Concat(Enumerable.Repeat("| City | Province |\n| A | B |\n\n", 20_000)) },
        };

        [Theory]
        [MemberData(nameof(Extremes))]
        public void Extreme_inputs_pass_every_stage_in_bounded_time(string name, string text)
        {
            var clock = Stopwatch.StartNew();
            var run = PureStages.Run(new[] { ("/data/" + name + ".md", text) });
            Assert.DoesNotContain(run.Problems, p => p.Kind == ProblemKind.InternalError);
            SourceChecks.NoRawInvisibles(run.Sources);

            var result = new GeneratorHarness().DataFile("/data/" + name + ".md", text).Run();
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
            Assert.True(clock.Elapsed.TotalSeconds < 20, $"{name} took {clock.Elapsed.TotalSeconds:N1} s");
        }

        [Fact]
        public void Files_decoded_with_replacement_characters_are_read()
        {
            var bytes = Encoding.UTF8.GetBytes(SeedDocuments.All[1].Text);
            for (var i = 0; i < bytes.Length; i += 97) bytes[i] = 0xFF;
            var text = Encoding.UTF8.GetString(bytes);
            var result = new GeneratorHarness().DataFile("/data/broken.txt", text).Run();
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
        }
    }
}
