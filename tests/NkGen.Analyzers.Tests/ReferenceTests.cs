using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>NKG0001 at every use of a member marked [DefunctSpecialCity].</summary>
    public sealed class ReferenceTests
    {
        [Fact]
        public Task Field_reference_in_an_expression() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static City Get() => {|#0:SpecialCities.Chongjin|};

                static string Name() => {|#1:SpecialCities.Hamhung|}.Name;
            }
            """, At(0, Messages.ChongjinReference), At(1, Messages.HamhungReference));

        [Fact]
        public Task Fully_qualified_reference() => Diagnostics("""
            static class Use
            {
                static object Get() => {|#0:global::NkGen.SpecialCities.Chongjin|};

                static object Get2() => {|#1:NkGen.SpecialCities.Hamhung|};
            }
            """, At(0, Messages.ChongjinReference), At(1, Messages.HamhungReference));

        [Fact]
        public Task Method_group_on_the_member() => Diagnostics("""
            using System;
            using NkGen;

            static class Use
            {
                static Func<string> Describe() => {|#0:SpecialCities.Chongjin|}.ToString;
            }
            """, At(0, Messages.ChongjinReference));

        [Fact]
        public Task Using_static_use() => Diagnostics("""
            using static NkGen.SpecialCities;

            static class Use
            {
                static object Get() => {|#0:Hamhung|};
            }
            """, At(0, Messages.HamhungReference));

        [Fact]
        public Task Attribute_argument() => Diagnostics("""
            using System.ComponentModel;
            using NkGen;

            static class Use
            {
                [Description(nameof({|#0:SpecialCities.Chongjin|}))]
                static void Documented() { }
            }
            """, At(0, Messages.ChongjinReference));

        [Fact]
        public Task Nameof_in_code() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static string Name() => nameof({|#0:SpecialCities.Hamhung|});
            }
            """, At(0, Messages.HamhungReference));

        [Fact]
        public Task Property_pattern_on_a_marked_member() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool Has(Gazetteer1980 g) => g is { {|#0:Chongjin|}: not null };
            }
            """, At(0, Messages.ChongjinReference));

        [Fact]
        public Task Marked_member_inside_other_expressions() => Diagnostics("""
            using System.Collections.Generic;
            using NkGen;

            static class Use
            {
                static readonly City[] Former = { {|#0:SpecialCities.Chongjin|}, {|#1:SpecialCities.Hamhung|} };

                static bool Same(City c) => ReferenceEquals(c, {|#2:SpecialCities.Hamhung|});

                static IEnumerable<City> Lazy()
                {
                    yield return {|#3:SpecialCities.Chongjin|};
                }

                static int Local()
                {
                    var city = {|#4:SpecialCities.Hamhung|};
                    return city.Name.Length;
                }
            }
            """, At(0), At(1), At(2), At(3), At(4));

        [Fact]
        public Task Alias_to_the_class() => Diagnostics("""
            using SC = NkGen.SpecialCities;

            static class Use
            {
                static object Get() => {|#0:SC.Chongjin|};
            }
            """, At(0, Messages.ChongjinReference));
    }
}
