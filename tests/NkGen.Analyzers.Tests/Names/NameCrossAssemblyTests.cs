using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Names;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>
    /// An app above a library whose generated classes are public (NkGenVisibility=public): the names come from the
    /// library's [LookupNames], and the fixes name the library's members.
    /// </summary>
    public sealed class NameCrossAssemblyTests
    {
        private static readonly Lazy<MetadataReference> Library = new(() =>
        {
            var compilation = CSharpCompilation.Create(
                "Atlas.Data",
                new[] { CSharpSyntaxTree.ParseText(StandIn.PublicSource.Replace("namespace NkGen\n", "namespace Atlas.Geography\n").Replace("global::NkGen.Cities", "global::Atlas.Geography.Cities"), path: "NkGen.g.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            return MetadataReference.CreateFromImage(image.ToArray());
        });

        private static NameTest<T> App<T>(string source, string fixedSource)
            where T : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
        {
            var test = new NameTest<T>();
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.AdditionalReferences.Add(Library.Value);
            test.TestState.Sources.Add(source);
            test.FixedState.Sources.Add(fixedSource);
            return test;
        }

        [Fact]
        public Task A_resolved_name_becomes_the_librarys_member()
        {
            var test = App<ResolvedNameCodeFix>("""
                using Atlas.Geography;
                using NkGen;

                static class Use
                {
                    static bool A(City city) => city.Name == {|#0:"Chongjin"|};

                    static void B()
                    {
                        Cities.TryGet({|#1:"咸興市"|}, out var c);
                        System.Console.WriteLine(c);
                    }
                }
                """, """
                using Atlas.Geography;
                using NkGen;

                static class Use
                {
                    static bool A(City city) => city == Cities.Chongjin;

                    static void B()
                    {
                        var c = Cities.Hamhung;
                        System.Console.WriteLine(c);
                    }
                }
                """);
            test.ExpectedDiagnostics.AddRange(new[]
            {
                Resolved(0, "'Chongjin' names the city Chongjin; compare with Cities.Chongjin"),
                Resolved(1, "'咸興市' names the city Hamhung; use Cities.Hamhung"),
            });
            test.CodeActionEquivalenceKey = ResolvedNameCodeFix.UseMemberKey;
            return test.RunAsync();
        }

        [Fact]
        public Task An_unknown_name_is_checked_against_the_librarys_names()
        {
            var test = App<UnknownNameCodeFix>("""
                static class Use
                {
                    static bool A() => Atlas.Geography.Cities.TryGet({|#0:"Hamhng"|}, out _);
                }
                """, """
                static class Use
                {
                    static bool A() => Atlas.Geography.Cities.TryGet("Hamhung", out _);
                }
                """);
            test.ExpectedDiagnostics.Add(Unknown(0, "No city is named 'Hamhng' in the NkGen tables; did you mean Hamhung?"));
            test.CodeActionEquivalenceKey = UnknownNameCodeFix.UseSuggestionKey;
            return test.RunAsync();
        }
    }
}
