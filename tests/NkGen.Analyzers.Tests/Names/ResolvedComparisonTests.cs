using System.Threading.Tasks;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Names;
using Test = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.ResolvedNameCodeFix>;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>NKG0002 on a constant compared with City.Name or Province.Name, and its rewrite to an entity comparison.</summary>
    public sealed class ResolvedComparisonTests
    {
        [Fact]
        public Task Equality_operators_either_way_round() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static bool A(City city) => city.Name == {|#0:"Chongjin"|};

                static bool B(City city) => city.Name != {|#1:"Chongjin"|};

                static bool C(City city) => {|#2:"Hamhung"|} == city.Name;

                static bool D(City? city) => city?.Name == {|#3:"Rason"|};

                static bool E(Province province) => province.Name == {|#4:"South Hamgyong"|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A(City city) => city == Cities.Chongjin;

                static bool B(City city) => city != Cities.Chongjin;

                static bool C(City city) => city == Cities.Hamhung;

                static bool D(City? city) => city == Cities.Rason;

                static bool E(Province province) => province == Provinces.SouthHamgyong;
            }
            """, ResolvedNameCodeFix.UseMemberKey,
            Resolved(0, "'Chongjin' names the city Chongjin; compare with Cities.Chongjin"), Resolved(1), Resolved(2), Resolved(3),
            Resolved(4, "'South Hamgyong' names the province South Hamgyong; compare with Provinces.SouthHamgyong"));

        [Fact]
        public Task Equals_in_every_form() => Test.Fix("""
            using System;
            using NkGen;

            static class Use
            {
                static bool A(City city) => string.Equals(city.Name, {|#0:"Chongjin"|});

                static bool B(City city) => string.Equals({|#1:"chongjin"|}, city.Name, StringComparison.OrdinalIgnoreCase);

                static bool C(City city) => city.Name.Equals({|#2:"Chongjin"|});

                static bool D(City city) => !city.Name.Equals({|#3:"HAMHUNG"|}, StringComparison.InvariantCultureIgnoreCase);

                static bool E(City city) => StringComparer.Ordinal.Equals(city.Name, {|#4:"Rason"|});

                static bool F(City city) => StringComparer.OrdinalIgnoreCase.Equals({|#5:"rason"|}, city.Name);

                static bool G(City city) => {|#6:"Rason"|}.Equals(city.Name);
            }
            """, """
            using System;
            using NkGen;

            static class Use
            {
                static bool A(City city) => city == Cities.Chongjin;

                static bool B(City city) => city == Cities.Chongjin;

                static bool C(City city) => city == Cities.Chongjin;

                static bool D(City city) => !(city == Cities.Hamhung);

                static bool E(City city) => city == Cities.Rason;

                static bool F(City city) => city == Cities.Rason;

                static bool G(City city) => city == Cities.Rason;
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0), Resolved(1), Resolved(2), Resolved(3), Resolved(4), Resolved(5), Resolved(6));

        [Fact]
        public Task A_lone_is_pattern() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static bool A(City city) => city.Name is {|#0:"Chongjin"|};

                static bool B(City city) => city.Name is not {|#1:"Hamhung"|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A(City city) => city == Cities.Chongjin;

                static bool B(City city) => city != Cities.Hamhung;
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0), Resolved(1));

        [Fact]
        public Task Combined_and_property_patterns_are_reported_without_a_fix() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool C(City city) => city.Name is {|#4:"Chongjin"|} or {|#5:"Hamhung"|};

                static bool D(City city) => city is { Name: {|#6:"Rason"|} };

                static bool E(City city) => city.Name is not not {|#7:"Rason"|};

                // A switch expression without a discard arm throws where no arm matches: no chain can say that.
                static int F(City city) => city.Name switch
                {
                    {|#0:"Chongjin"|} => 1,
                    {|#1:"Hamhung"|} => 2,
                };
            }
            """, Resolved(0), Resolved(1), Resolved(4), Resolved(5), Resolved(6), Resolved(7));
    }
}
