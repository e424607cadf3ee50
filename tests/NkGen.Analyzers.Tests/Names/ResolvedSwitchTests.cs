using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Names;
using Test = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.ResolvedNameCodeFix>;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>
    /// NKG0002's fix for a switch statement on <c>Name</c>: an if/else-if chain on the city, offered only when every
    /// label resolves and the sections can stand alone.
    /// </summary>
    public sealed class ResolvedSwitchTests
    {
        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task Sections_become_branches_and_default_the_else(MemberShape shape) => Test.Fix(shape, """
            using NkGen;

            static class Use
            {
                static int A(City city)
                {
                    var rank = 0;
                    switch (city.Name)
                    {
                        case {|#0:"Chongjin"|}:
                            rank = 1;
                            break;
                        default:
                            rank = 9;
                            break;
                        case {|#1:"Hamhung"|}:
                        case {|#2:"Rason"|}:
                            System.Console.WriteLine(city.Name);
                            rank = 2;
                            break;
                    }

                    return rank;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static int A(City city)
                {
                    var rank = 0;
                    if (city == Cities.Chongjin)
                    {
                        rank = 1;
                    }
                    else if (city == Cities.Hamhung || city == Cities.Rason)
                    {
                        System.Console.WriteLine(city.Name);
                        rank = 2;
                    }
                    else
                    {
                        rank = 9;
                    }

                    return rank;
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0), Resolved(1), Resolved(2));

        [Fact]
        public Task Returns_or_patterns_and_when_clauses_keep_their_meaning() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static int A(City? city, bool coastal)
                {
                    switch (city?.Name)
                    {
                        case {|#0:"Chongjin"|} when coastal || city.Population > 0:
                            return 1;
                        case {|#1:"Hamhung"|} or {|#2:"Rason"|}:
                            return 2;
                    }

                    return 0;
                }

                static void B(Province province)
                {
                    switch (province.Name)
                    {
                        case {|#3:"North Hamgyong"|}:
                            throw new System.InvalidOperationException();
                        case {|#4:"South Hamgyong"|}:
                            break;
                    }
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static int A(City? city, bool coastal)
                {
                    if (city == Cities.Chongjin && (coastal || city.Population > 0))
                    {
                        return 1;
                    }
                    else if (city == Cities.Hamhung || city == Cities.Rason)
                    {
                        return 2;
                    }

                    return 0;
                }

                static void B(Province province)
                {
                    if (province == Provinces.NorthHamgyong)
                    {
                        throw new System.InvalidOperationException();
                    }
                    else if (province == Provinces.SouthHamgyong)
                    {
                    }
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0), Resolved(1), Resolved(2), Resolved(3), Resolved(4));

        [Fact]
        public Task No_fix_where_the_chain_would_mean_something_else() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static City Find() => Cities.Rason;

                // A label that names nothing.
                static int A(City city)
                {
                    switch (city.Name)
                    {
                        case {|#0:"Chongjin"|}: return 1;
                        case {|#7:"Atlantis"|}: return 2;
                        default: return 0;
                    }
                }

                // The city is a call: a chain would call it once per test.
                static int B()
                {
                    switch (Find().Name)
                    {
                        case {|#1:"Chongjin"|}: return 1;
                        default: return 0;
                    }
                }

                // goto case, and a break before the end of a section.
                static int C(City city, bool early)
                {
                    var n = 0;
                    switch (city.Name)
                    {
                        case {|#2:"Chongjin"|}:
                            n++;
                            goto case "Hamhung";
                        case {|#3:"Hamhung"|}:
                            if (early) break;
                            n++;
                            break;
                    }

                    return n;
                }

                // A local declared in one section and used in another.
                static int D(City city)
                {
                    switch (city.Name)
                    {
                        case {|#4:"Chongjin"|}:
                            var n = 1;
                            return n;
                        case {|#5:"Hamhung"|}:
                            n = 2;
                            return n;
                        default:
                            return 0;
                    }
                }

                // A label that is not a constant name.
                static int E(City city, string other)
                {
                    switch (city.Name)
                    {
                        case {|#6:"Chongjin"|}: return 1;
                        case var name when name == other: return 2;
                        default: return 0;
                    }
                }
            }
            """, Resolved(0), Resolved(1), Resolved(2), Resolved(3), Resolved(4), Resolved(5), Resolved(6), Unknown(7));

        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task A_switch_expression_becomes_a_conditional_chain(MemberShape shape) => Test.Fix(shape, """
            using NkGen;

            static class Use
            {
                static int A(City city) => city.Name switch
                {
                    {|#0:"Chongjin"|} => 1,
                    {|#1:"Hamhung"|} or {|#2:"Rason"|} => 2,
                    _ => 0,
                };

                static string B(City? city, bool coastal) => city?.Name switch
                {
                    {|#3:"Chongjin"|} when coastal => "port",
                    _ => "inland",
                };
            }
            """, """
            using NkGen;

            static class Use
            {
                static int A(City city) => city == Cities.Chongjin ? 1 : city == Cities.Hamhung || city == Cities.Rason ? 2 : 0;

                static string B(City? city, bool coastal) => city == Cities.Chongjin && coastal ? "port" : "inland";
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0), Resolved(1), Resolved(2), Resolved(3));

        /// <summary>The stand-in's classes, public and with property members, compiled at the latest version into a library.</summary>
        private static readonly Lazy<MetadataReference> Library = new(() =>
        {
            var publicProperties = StandIn.PropertySource.Replace("internal static partial class", "public static partial class").Replace("internal sealed class", "public sealed class");
            var compilation = CSharpCompilation.Create(
                "Atlas.Data",
                new[] { CSharpSyntaxTree.ParseText(publicProperties, path: "NkGen.g.cs") },
                TestReferences.Net.Append(TestReferences.Runtime),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            return MetadataReference.CreateFromImage(image.ToArray());
        });

        [Fact]
        public Task The_chain_compiles_at_CSharp_7_3()
        {
            var test = new NameTest<ResolvedNameCodeFix>();
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.AdditionalReferences.Add(Library.Value);
            test.TestState.Sources.Add("""
                using NkGen;

                static class Use
                {
                    static int A(City city)
                    {
                        switch (city.Name)
                        {
                            case {|#0:"Chongjin"|}:
                                return 1;
                            case {|#1:"Rason"|}:
                                return 2;
                            default:
                                return 0;
                        }
                    }
                }
                """);
            test.FixedState.Sources.Add("""
                using NkGen;

                static class Use
                {
                    static int A(City city)
                    {
                        if (city == Cities.Chongjin)
                        {
                            return 1;
                        }
                        else if (city == Cities.Rason)
                        {
                            return 2;
                        }
                        else
                        {
                            return 0;
                        }
                    }
                }
                """);
            test.ExpectedDiagnostics.AddRange(new[] { Resolved(0), Resolved(1) });
            test.CodeActionEquivalenceKey = ResolvedNameCodeFix.UseMemberKey;
            test.SolutionTransforms.Add((solution, projectId) =>
            {
                var options = (CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!;
                return solution.WithProjectParseOptions(projectId, options.WithLanguageVersion(LanguageVersion.CSharp7_3));
            });
            return test.RunAsync(CancellationToken.None);
        }
    }
}
