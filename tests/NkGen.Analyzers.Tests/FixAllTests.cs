using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>Fix All in document, project and solution, each scope checked on its own.</summary>
    public sealed class FixAllTests
    {
        private const string First = """
            using NkGen;

            static class First
            {
                static object A() => {|#0:SpecialCities.Chongjin|};

                static object B() => {|#1:global::NkGen.SpecialCities.Hamhung|};

                static bool C() => {|#2:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|} || {|#3:Cities.Chongjin.Status is AdministrativeStatus.SpecialCity|};
            }
            """;

        private const string FirstFixed = """
            using NkGen;

            static class First
            {
                static object A() => Cities.Chongjin;

                static object B() => global::NkGen.Cities.Hamhung;

                static bool C() => Cities.Hamhung.Status == AdministrativeStatus.SpecialCity || Cities.Chongjin.Status is AdministrativeStatus.SpecialCity;
            }
            """;

        private const string Second = """
            using static NkGen.SpecialCities;

            static class Second
            {
                static object A() => [|Hamhung|];

                static object B() => [|NkGen.SpecialCities.Chongjin|];
            }
            """;

        private const string SecondFixed = """
            using static NkGen.SpecialCities;

            static class Second
            {
                static object A() => NkGen.Cities.Hamhung;

                static object B() => NkGen.Cities.Chongjin;
            }
            """;

        [Fact]
        public Task Fix_all_in_document()
        {
            var test = For(First, FirstFixed, At(0), At(1), At(2), At(3));
            test.CodeActionEquivalenceKey = DefunctSpecialCityCodeFix.UseReplacementKey;
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
            test.FixedState.ExpectedDiagnostics.AddRange(new[] { At(2), At(3) });
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.FixedState.Sources.Clear();
            test.FixedState.Sources.Add((FileName, FirstFixed.Replace("Cities.Hamhung.Status == AdministrativeStatus.SpecialCity", "{|#2:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|}")
                .Replace("Cities.Chongjin.Status is AdministrativeStatus.SpecialCity", "{|#3:Cities.Chongjin.Status is AdministrativeStatus.SpecialCity|}")));
            test.FixedState.Sources.Add((StandIn.FileName, StandIn.Source));
            return test.RunAsync();
        }

        [Fact]
        public Task Fix_all_status_comparisons_asks_each_city_about_its_own_year()
        {
            var test = For("""
                using NkGen;

                static class Use
                {
                    static bool C() => {|#0:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|} || {|#1:Cities.Chongjin.Status is AdministrativeStatus.SpecialCity|};
                }
                """, """
                using NkGen;

                static class Use
                {
                    static bool C() => Cities.Hamhung.StatusOn(1966) == AdministrativeStatus.SpecialCity || Cities.Chongjin.StatusOn(1984) is AdministrativeStatus.SpecialCity;
                }
                """, At(0), At(1));
            test.CodeActionEquivalenceKey = DefunctSpecialCityCodeFix.StatusOnKey;
            return test.RunAsync();
        }

        [Fact]
        public Task Fix_all_in_project()
        {
            var test = new Nkg0001Test
            {
                CodeActionEquivalenceKey = DefunctSpecialCityCodeFix.UseReplacementKey,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.Sources.Add(("/0/First.cs", FirstOnlyReferences));
            test.TestState.Sources.Add(("/0/Second.cs", Second));
            test.TestState.Sources.Add((StandIn.FileName, StandIn.Source));
            test.FixedState.Sources.Add(("/0/First.cs", FirstOnlyReferencesFixed));
            test.FixedState.Sources.Add(("/0/Second.cs", SecondFixed));
            test.FixedState.Sources.Add((StandIn.FileName, StandIn.Source));
            return test.RunAsync();
        }

        [Fact]
        public Task Fix_all_in_solution()
        {
            var test = new Nkg0001Test
            {
                CodeActionEquivalenceKey = DefunctSpecialCityCodeFix.UseReplacementKey,
                CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInDocumentCheck | CodeFixTestBehaviors.SkipFixAllInProjectCheck,
            };
            test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
            test.TestState.Sources.Add(("/0/First.cs", FirstOnlyReferences));
            test.TestState.Sources.Add((StandIn.FileName, StandIn.Source));

            var other = test.TestState.AdditionalProjects["Other"];
            other.AdditionalReferences.AddRange(TestReferences.Net);
            other.AdditionalReferences.Add(TestReferences.Runtime);
            other.Sources.Add(("/Other/Second.cs", Second));
            other.Sources.Add(("/Other/NkGen.g.cs", StandIn.Source));

            test.FixedState.Sources.Add(("/0/First.cs", FirstOnlyReferencesFixed));
            test.FixedState.Sources.Add((StandIn.FileName, StandIn.Source));
            var otherFixed = test.FixedState.AdditionalProjects["Other"];
            otherFixed.AdditionalReferences.AddRange(TestReferences.Net);
            otherFixed.AdditionalReferences.Add(TestReferences.Runtime);
            otherFixed.Sources.Add(("/Other/Second.cs", SecondFixed));
            otherFixed.Sources.Add(("/Other/NkGen.g.cs", StandIn.Source));
            return test.RunAsync();
        }

        private const string FirstOnlyReferences = """
            using NkGen;

            static class First
            {
                static object A() => [|SpecialCities.Chongjin|];

                static object B() => [|global::NkGen.SpecialCities.Hamhung|];
            }
            """;

        private const string FirstOnlyReferencesFixed = """
            using NkGen;

            static class First
            {
                static object A() => Cities.Chongjin;

                static object B() => global::NkGen.Cities.Hamhung;
            }
            """;
    }
}
