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
    /// <summary>
    /// Generated members read their table on demand: using one city builds that city and nothing else (its province is
    /// built when first read); every member returns the same instance each time, the one <c>All</c> and <c>TryGet</c> return.
    /// Each test loads its own copy of the generated assembly, so no other test has touched its tables.
    /// </summary>
    public class OnDemandTests
    {
        private static readonly GenerationResult Result = new GeneratorHarness().Run();

        [Fact]
        public void Touching_one_member_builds_that_entity_only_and_its_province_when_first_read()
        {
            var api = new Generated(Result.Load());
            var hamhung = api.City("Hamhung");

            Assert.Equal(768551, hamhung.Population);
            Assert.Equal(new[] { "Hamhung" }, Built(api, "Cities"));
            Assert.Empty(Built(api, "Provinces"));
            // The province is built when asked for, and it is the Provinces member.
            Assert.Same(api.Member<NkGen.Province>("Provinces", "SouthHamgyong"), hamhung.Province);
            Assert.Equal(new[] { "South Hamgyong" }, Built(api, "Provinces"));
            // A province's cities are built when asked for.
            Assert.Contains(hamhung, hamhung.Province!.Cities);
            Assert.Equal(hamhung.Province.Cities.Select(c => c.Name).OrderBy(n => n), Built(api, "Cities"));
        }

        [Fact]
        public void Threads_racing_to_a_citys_first_province_and_sources_all_get_one_instance()
        {
            var api = new Generated(Result.Load());
            var hamhung = api.City("Hamhung");
            var seen = new (NkGen.Province? Province, IReadOnlyList<NkGen.SourceReference> Sources)[8];

            System.Threading.Tasks.Parallel.For(0, seen.Length, t => seen[t] = (hamhung.Province, hamhung.Sources));

            var southHamgyong = api.Member<NkGen.Province>("Provinces", "SouthHamgyong");
            Assert.All(seen, s => Assert.Same(southHamgyong, s.Province));
            Assert.All(seen, s => Assert.Same(hamhung.Sources, s.Sources));
            Assert.NotEmpty(hamhung.Sources);
            Assert.Equal(new[] { "South Hamgyong" }, Built(api, "Provinces"));
        }

        [Fact]
        public void TryGet_indexes_names_without_building_entities()
        {
            var api = new Generated(Result.Load());
            var (found, chongjin) = api.TryGet<NkGen.City>("Cities", "Ch'ŏngjin");

            Assert.True(found);
            Assert.Equal(new[] { "Chongjin" }, Built(api, "Cities"));
            Assert.Same(api.City("Chongjin"), chongjin);
        }

        [Fact]
        public void Members_All_TryGet_and_SpecialCities_return_one_instance_per_entity()
        {
            var api = new Generated(Result.Load());
            var all = api.Cities;

            Assert.Equal(28, all.Count);
            Assert.Same(all.Single(c => c.Name == "Pyongyang"), api.City("Pyongyang"));
            Assert.Same(api.City("Pyongyang"), api.Member<NkGen.City>("SpecialCities", "Pyongyang"));
            Assert.Same(api.City("Pyongyang"), api.SpecialCities.Single(c => c.Name == "Pyongyang"));
            Assert.Same(api.City("Pyongyang"), api.TryGet<NkGen.City>("SpecialCities", "평양").Value);
            Assert.Same(api.City("Pyongyang"), api.City("Pyongyang"));
        }

        [Fact]
        public void SpecialCities_TryGet_finds_only_the_current_first_level_cities()
        {
            var api = new Generated(Result.Load());

            Assert.False(api.TryGet<NkGen.City>("SpecialCities", "Hamhung").Found);
            Assert.False(api.TryGet<NkGen.City>("SpecialCities", "Chongjin").Found);
            Assert.True(api.TryGet<NkGen.City>("SpecialCities", "Rason").Found);
            Assert.Empty(Built(api, "Cities").Except(new[] { "Rason" }));
        }

        [Fact]
        public void Rows_of_a_small_table_are_string_literals_at_every_language_version()
        {
            Assert.DoesNotContain("u8);", Result.Sources["Cities.g.cs"]);
            Assert.DoesNotContain("u8);", Result.Sources["Provinces.g.cs"]);

            var csharp10 = new GeneratorHarness { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10 }.Run();
            Assert.DoesNotContain("u8);", csharp10.Sources["Cities.g.cs"]);
            Assert.Empty(csharp10.CompilationDiagnostics);
            Assert.Equal(768551, new Generated(csharp10.Load()).City("Hamhung").Population);
        }

        [Fact]
        public void Rows_past_the_threshold_are_UTF8_literals_and_read_alike()
        {
            var harness = new GeneratorHarness();
            var model = NkGen.Generator.Model.ModelBuilder.Build(NkGen.Generator.DefaultData.DefaultReadings.All);
            var options = NkGen.Generator.Emit.EmitOptions.Default with { SupportsUtf8Data = true, Utf8RowsFrom = 1 };
            var emitted = NkGen.Generator.Emit.CodeEmitter.Emit(NkGen.Generator.Emit.EmitInput.LinesOnly(model), options);
            Assert.All(emitted.Files.Where(f => f.HintName != "SpecialCities.g.cs"), f => Assert.Contains("global::System.Text.Encoding.UTF8.GetString(@\"", f.Text));
            var compilation = harness.Compilation().AddSyntaxTrees(emitted.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, harness.ParseOptions, f.HintName)));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity > DiagnosticSeverity.Hidden));

            using var pe = new System.IO.MemoryStream();
            Assert.True(compilation.Emit(pe).Success);
            pe.Position = 0;
            var api = new Generated(new System.Runtime.Loader.AssemblyLoadContext("utf8-rows", isCollectible: true).LoadFromStream(pe));
            Assert.Equal(768551, api.City("Hamhung").Population);
            Assert.Equal("South Hamgyong", api.City("Hamhung").Province!.Name);
        }

        // The names of the entities a generated class's table has built so far.
        private static string[] Built(Generated api, string type)
        {
            var table = api.Type(type).GetField("__nkgenTable", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
            var entities = (Array)table.GetType().GetProperty("Entities", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(table)!;
            return entities.Cast<object?>().Where(e => e is not null).Select(e => e!.ToString()!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        }
    }
}
