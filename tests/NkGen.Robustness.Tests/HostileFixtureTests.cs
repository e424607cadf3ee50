using System;
using System.IO;
using System.Linq;
using System.Text;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// Issue 7 as a consumer meets it: Data/hostile.md (BOM, CRLF, quotes, "&lt;/summary&gt;*/", a bidi override, a ragged
    /// row, two names that fold to one identifier, an "n/a" name) beside the default tables, through the real driver.
    /// </summary>
    public sealed class HostileFixtureTests
    {
        private const string Path = "/project/Data/hostile.md";

        private static readonly byte[] Bytes = File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "hostile.md"));

        /// <summary>The file's text as a decoder that keeps the BOM would give it.</summary>
        private static readonly string Text = new UTF8Encoding(false).GetString(Bytes);

        private static string[] Lines => Text.Split("\r\n");

        private static string Cell(int line, int column) => Lines[line - 1].Split('|')[column + 1].Trim();

        [Fact]
        public void The_fixture_keeps_its_bom_and_crlf()
        {
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, Bytes.Take(3));
            Assert.Contains("\r\n", Text);
            Assert.DoesNotContain("\n", Text.Replace("\r\n", ""));
            Assert.Contains('\u202E', Text);
        }

        [Fact]
        public void Hostile_file_beside_the_default_tables_keeps_every_row_to_the_letter()
        {
            var result = new GeneratorHarness().DataFile(Path, Text).Run();
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
            Assert.Empty(result.CompilationDiagnostics);
            SourceChecks.NoRawInvisibles(result.Sources);
            Assert.All(result.Sources.Values, s => Assert.DoesNotContain(s, c => HostileText.Bidi.Contains(c)));

            int LineOf(string id, string containing) => result.GeneratorDiagnostics
                .Where(d => d.Id == id && d.Location.GetLineSpan().Path == Path && d.GetMessage().Contains(containing, StringComparison.Ordinal))
                .Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).Single();
            Assert.Equal(8, LineOf("NKG2002", "3 cells"));
            Assert.Equal(11, LineOf("NKG2002", "no city name"));
            Assert.Equal(9, LineOf("NKG2005", "Łodz"));

            var generated = new Generated(result.Load());
            foreach (var line in new[] { 5, 6, 7, 8, 9, 10, 12 })
            {
                var name = Cell(line, 0);
                var city = Assert.Single(generated.Cities, c => c.Name == name);
                Assert.Equal(line == 8 ? null : Cell(line, 3), city.KnownFor);
                Assert.Equal(Cell(line, 1), city.Province!.Name);
                Assert.Same(city, generated.TryGet<City>("Cities", name).Value);
                Assert.Contains(city.Sources, s => s.File == "hostile.md" && s.Line == line);
                Assert.Equal("Hostile \"cities\" </summary>*/ table", city.Sources.Single(s => s.File == "hostile.md").Document);
            }

            Assert.DoesNotContain(generated.Cities, c => c.Name == "n/a");
            Assert.True(generated.TryGet<City>("Cities", "Hamhung").Found, "the default tables are still there");
            Assert.Equal("Lodz", generated.City("Lodz").Name);
            Assert.Equal("Łodz", generated.City("Lodz2").Name);
        }

        [Fact]
        public void Hostile_file_compiles_strictly_at_every_language_version()
        {
            foreach (var version in StrictCompilation.Versions)
            {
                // The project's language version reaches the generator, as in a build: C# 7.3 gets code without annotations.
                var sources = new GeneratorHarness { LanguageVersion = version }.DataFile(Path, Text).Run().Sources;
                var problems = StrictCompilation.Problems(StrictCompilation.Create(sources, version));
                Assert.True(problems.Count == 0, StrictCompilation.Describe(problems, sources));
            }
        }
    }
}
