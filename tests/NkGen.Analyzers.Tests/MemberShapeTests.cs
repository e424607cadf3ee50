using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>
    /// NKG0001 and its fixes with the generated members as fields and as static get-only properties: a property
    /// reference is an IPropertyReferenceOperation, and the history attributes sit on the property.
    /// </summary>
    public sealed class MemberShapeTests
    {
        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task Member_use_becomes_the_city_member(MemberShape shape) => Fix(shape, """
            using NkGen;

            static class Use
            {
                static City Get() => {|#0:SpecialCities.Chongjin|};

                static string Name() => {|#1:NkGen.SpecialCities.Hamhung|}.Name;
            }
            """, """
            using NkGen;

            static class Use
            {
                static City Get() => Cities.Chongjin;

                static string Name() => NkGen.Cities.Hamhung.Name;
            }
            """, DefunctSpecialCityCodeFix.UseReplacementKey, At(0, Messages.ChongjinReference), At(1, Messages.HamhungReference));

        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task Status_comparison_asks_about_the_last_special_year(MemberShape shape) => Fix(shape, """
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|};

                static bool B() => {|#1:AdministrativeStatus.SpecialCity != Cities.Chongjin.Status|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.Hamhung.StatusOn(1966) == AdministrativeStatus.SpecialCity;

                static bool B() => AdministrativeStatus.SpecialCity != Cities.Chongjin.StatusOn(1984);
            }
            """, DefunctSpecialCityCodeFix.StatusOnKey, At(0, Messages.HamhungStatus), At(1, Messages.ChongjinStatus));

        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task Status_in_patterns_and_switches(MemberShape shape) => Diagnostics(shape, """
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Chongjin is { Status: AdministrativeStatus.SpecialCity }|};

                static bool B() => {|#1:Cities.Hamhung.Status is AdministrativeStatus.SpecialCity|};

                static int C() => Cities.Hamhung.Status switch
                {
                    {|#2:AdministrativeStatus.SpecialCity => 1|},
                    _ => 0,
                };
            }
            """, At(0, Messages.ChongjinStatus), At(1, Messages.HamhungStatus), At(2, Messages.HamhungStatus));

        [Theory]
        [InlineData(MemberShape.Field)]
        [InlineData(MemberShape.Property)]
        public Task Lookup_of_a_defunct_special_city_moves_to_cities(MemberShape shape) => Fix(shape, """
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:SpecialCities.TryGet("청진시", out _)|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet("청진시", out _);
            }
            """, DefunctSpecialCityCodeFix.UseReplacementLookupKey, At(0, Messages.ChongjinLookup));
    }
}
