using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>The generated members compiled into a library: a consumer that references it is still warned and fixed.</summary>
    public sealed class CrossAssemblyTests
    {
        private static readonly Lazy<MetadataReference> Library = new(() =>
        {
            var compilation = CSharpCompilation.Create(
                "NkGen.Data",
                new[] { CSharpSyntaxTree.ParseText(StandIn.PublicSource, path: "NkGen.g.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            return MetadataReference.CreateFromImage(image.ToArray());
        });

        private static Nkg0001Test Consumer(string source, string? fixedSource = null)
        {
            var test = new Nkg0001Test();
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.AdditionalReferences.Add(Library.Value);
            test.TestState.Sources.Add(source);
            if (fixedSource is not null) test.FixedState.Sources.Add(fixedSource);
            return test;
        }

        [Fact]
        public Task Consumer_is_warned()
        {
            var test = Consumer("""
                using NkGen;

                static class Use
                {
                    static object A() => {|#0:SpecialCities.Chongjin|};

                    static bool B() => {|#1:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|};

                    static bool C() => {|#2:SpecialCities.TryGet("Hamhung", out _)|};

                    static object D() => Cities.Chongjin;
                }
                """);
            test.ExpectedDiagnostics.AddRange(new[] { At(0, Messages.ChongjinReference), At(1, Messages.HamhungStatus), At(2, Messages.HamhungLookup) });
            return test.RunAsync();
        }

        [Fact]
        public Task Consumer_is_fixed()
        {
            var test = Consumer("""
                using NkGen;

                static class Use
                {
                    static object A() => {|#0:SpecialCities.Chongjin|};
                }
                """, """
                using NkGen;

                static class Use
                {
                    static object A() => Cities.Chongjin;
                }
                """);
            test.ExpectedDiagnostics.Add(At(0));
            test.CodeActionEquivalenceKey = DefunctSpecialCityCodeFix.UseReplacementKey;
            return test.RunAsync();
        }
    }
}
