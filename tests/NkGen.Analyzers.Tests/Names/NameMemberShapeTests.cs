using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Names;
using Resolved = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.ResolvedNameCodeFix>;
using Unknown = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.UnknownNameCodeFix>;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>
    /// NKG0002 and NKG0003 with the generated members as fields and as static get-only properties: the catalogue reads
    /// [LookupNames] from either, and the fixes write the same member access for both.
    /// </summary>
    public sealed class NameMemberShapeTests
    {
        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task A_lookup_and_a_comparison_become_the_member(MemberShape shape) => Resolved.Fix(shape, """
            using NkGen;

            static class Use
            {
                static bool A(City city) => city.Name == {|#0:"Chongjin"|};

                static void B()
                {
                    Provinces.TryGet({|#1:"North Hamgyong"|}, out var province);
                    Cities.TryGet({|#2:"함흥시"|}, out var city);
                    System.Console.WriteLine(province.Name + city.Name);
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A(City city) => city == Cities.Chongjin;

                static void B()
                {
                    var province = Provinces.NorthHamgyong;
                    var city = Cities.Hamhung;
                    System.Console.WriteLine(province.Name + city.Name);
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey,
            Resolved(0, "'Chongjin' names the city Chongjin; compare with Cities.Chongjin"),
            Resolved(1, "'North Hamgyong' names the province North Hamgyong; use Provinces.NorthHamgyong"),
            Resolved(2, "'함흥시' names the city Hamhung; use Cities.Hamhung"));

        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task An_unknown_name_is_fixed_to_the_nearest_name(MemberShape shape) => Unknown.Fix(shape, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet({|#0:"Hamhng"|}, out _);

                static bool B(Province province) => province.Name == {|#1:"South Hamgyon"|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet("Hamhung", out _);

                static bool B(Province province) => province.Name == "South Hamgyong";
            }
            """, UnknownNameCodeFix.UseSuggestionKey,
            Unknown(0, "No city is named 'Hamhng' in the NkGen tables; did you mean Hamhung?"),
            Unknown(1, "No province is named 'South Hamgyon' in the NkGen tables; did you mean South Hamgyong or North Hamgyong?"));

        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task A_defunct_special_city_is_left_to_NKG0001(MemberShape shape) => Unknown.Diagnostics(shape, """
            using NkGen;

            static class Use
            {
                static bool A() => SpecialCities.TryGet("Chongjin", out _);

                static bool B() => SpecialCities.TryGet({|#0:"Chongjn"|}, out _);
            }
            """, Unknown(0));
    }
}
