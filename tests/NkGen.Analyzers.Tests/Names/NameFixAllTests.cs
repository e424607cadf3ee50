using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>Fix All for NKG0002 and NKG0003 in document, project and solution, each scope checked on its own.</summary>
    public sealed class NameFixAllTests
    {
        private const string First = """
            using NkGen;

            static class First
            {
                static bool A(City city) => city.Name == [|"Chongjin"|] || city.Name != [|"Hamhung"|];

                static void B()
                {
                    Cities.TryGet([|"Rason"|], out var rason);
                    if (Provinces.TryGet([|"North Hamgyong"|], out var province))
                    {
                        System.Console.WriteLine(rason.Name + province.Name);
                    }
                }

                static int C(City city)
                {
                    switch (city.Name)
                    {
                        case [|"Chongjin"|]:
                            return 1;
                        case [|"Rason"|]:
                            return 2;
                        default:
                            return 0;
                    }
                }
            }
            """;

        private const string FirstFixed = """
            using NkGen;

            static class First
            {
                static bool A(City city) => city == Cities.Chongjin || city != Cities.Hamhung;

                static void B()
                {
                    var rason = Cities.Rason;
                    var province = Provinces.NorthHamgyong;
                    System.Console.WriteLine(rason.Name + province.Name);
                }

                static int C(City city)
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
            """;

        private const string Second = """
            static class Second
            {
                static bool A(NkGen.City city) => string.Equals(city.Name, [|"Rason"|]);
            }
            """;

        private const string SecondFixed = """
            static class Second
            {
                static bool A(NkGen.City city) => city == NkGen.Cities.Rason;
            }
            """;

        [Fact]
        public Task Fix_all_in_document()
        {
            var test = NameTest<ResolvedNameCodeFix>.For(First, FirstFixed);
            test.CodeActionEquivalenceKey = ResolvedNameCodeFix.UseMemberKey;
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
            return test.RunAsync();
        }

        [Fact]
        public Task Fix_all_in_project()
        {
            var test = Project(ResolvedNameCodeFix.UseMemberKey, CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck);
            test.TestState.Sources.Add(("/0/Second.cs", Second));
            test.FixedState.Sources.Add(("/0/Second.cs", SecondFixed));
            return test.RunAsync();
        }

        [Fact]
        public Task Fix_all_in_solution()
        {
            var test = Project(ResolvedNameCodeFix.UseMemberKey, CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck);
            var other = test.TestState.AdditionalProjects["Other"];
            other.AdditionalReferences.AddRange(TestReferences.Net);
            other.AdditionalReferences.Add(TestReferences.Runtime);
            other.Sources.Add(("/Other/Second.cs", Second));
            other.Sources.Add(("/Other/NkGen.g.cs", StandIn.Source));
            var otherFixed = test.FixedState.AdditionalProjects["Other"];
            otherFixed.AdditionalReferences.AddRange(TestReferences.Net);
            otherFixed.AdditionalReferences.Add(TestReferences.Runtime);
            otherFixed.Sources.Add(("/Other/Second.cs", SecondFixed));
            otherFixed.Sources.Add(("/Other/NkGen.g.cs", StandIn.Source));
            return test.RunAsync();
        }

        [Fact]
        public Task Fix_all_unknown_names_uses_each_ones_nearest_name()
        {
            var test = NameTest<UnknownNameCodeFix>.For("""
                using NkGen;

                static class Use
                {
                    static bool A(City city) => Cities.TryGet([|"Hamhng"|], out _) || city.Name == [|"Chongjn"|] || Provinces.TryGet([|"Sout Hamgyong"|], out _);
                }
                """, """
                using NkGen;

                static class Use
                {
                    static bool A(City city) => Cities.TryGet("Hamhung", out _) || city.Name == "Chongjin" || Provinces.TryGet("South Hamgyong", out _);
                }
                """);
            test.CodeActionEquivalenceKey = UnknownNameCodeFix.UseSuggestionKey;
            return test.RunAsync();
        }

        private static NameTest<ResolvedNameCodeFix> Project(string key, CodeFixTestBehaviors behaviors)
        {
            var test = new NameTest<ResolvedNameCodeFix> { CodeActionEquivalenceKey = key, CodeFixTestBehaviors = behaviors };
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.Sources.Add(("/0/First.cs", First));
            test.TestState.Sources.Add((StandIn.FileName, StandIn.Source));
            test.FixedState.Sources.Add(("/0/First.cs", FirstFixed));
            test.FixedState.Sources.Add((StandIn.FileName, StandIn.Source));
            return test;
        }
    }
}
