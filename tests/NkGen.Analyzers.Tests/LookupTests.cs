using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>NKG0001 where a defunct special city is looked up by a constant name.</summary>
    public sealed class LookupTests
    {
        [Fact]
        public Task Literal_name() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:SpecialCities.TryGet("Hamhung", out _)|};
            }
            """, At(0, Messages.HamhungLookup));

        [Fact]
        public Task Case_is_ignored() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:SpecialCities.TryGet("CHONGJIN", out var city)|} && city is not null;
            }
            """, At(0, Messages.ChongjinLookup));

        [Fact]
        public Task Folded_constants() => Diagnostics("""
            using NkGen;

            static class Use
            {
                const string Name = "Ham" + "hung";

                static bool A() => {|#0:SpecialCities.TryGet(Name, out _)|};

                static bool B()
                {
                    const string local = "chong" + "jin";
                    return {|#1:SpecialCities.TryGet(local, out _)|};
                }
            }
            """, At(0, Messages.HamhungLookup), At(1, Messages.ChongjinLookup));

        [Fact]
        public Task Named_arguments_in_any_order() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:SpecialCities.TryGet(city: out _, name: "hamhung")|};
            }
            """, At(0, Messages.HamhungLookup));

        [Fact]
        public Task Using_static_lookup() => Diagnostics("""
            using static NkGen.SpecialCities;

            static class Use
            {
                static bool A() => {|#0:TryGet("Hamhung", out _)|};
            }
            """, At(0, Messages.HamhungLookup));

        [Fact]
        public Task Every_spelling_of_the_city_today() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:SpecialCities.TryGet("청진시", out _)|};

                static bool B() => {|#1:SpecialCities.TryGet("咸興市", out _)|};
            }
            """, At(0, Messages.ChongjinLookup), At(1, Messages.HamhungLookup));

        [Fact]
        public Task Nameof_is_reported_as_a_member_use_not_as_a_lookup() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => SpecialCities.TryGet(nameof({|#0:SpecialCities.Hamhung|}), out _);
            }
            """, At(0, Messages.HamhungReference));

        [Fact]
        public Task A_current_special_city_or_another_class_is_no_defunct_lookup() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => SpecialCities.TryGet("Rason", out _);

                static bool B() => Cities.TryGet("Chongjin", out _);

                static bool C() => Provinces.TryGet("Chongjin", out _);
            }
            """);
    }
}
