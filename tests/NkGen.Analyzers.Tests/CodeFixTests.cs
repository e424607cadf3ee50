using System.Threading.Tasks;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>Each NKG0001 code fix, applied to one diagnostic.</summary>
    public sealed class CodeFixTests
    {
        [Fact]
        public Task Reference_becomes_the_city_member() => Fix("""
            using NkGen;

            static class Use
            {
                static City Get() => {|#0:SpecialCities.Chongjin|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static City Get() => Cities.Chongjin;
            }
            """, DefunctSpecialCityCodeFix.UseReplacementKey, At(0));

        [Fact]
        public Task Reference_keeps_its_qualification() => Fix("""
            static class Use
            {
                static object Get() => {|#0:global::NkGen.SpecialCities.Hamhung|}.Name;
            }
            """, """
            static class Use
            {
                static object Get() => global::NkGen.Cities.Hamhung.Name;
            }
            """, DefunctSpecialCityCodeFix.UseReplacementKey, At(0));

        [Fact]
        public Task Reference_through_using_static_is_qualified() => Fix("""
            using NkGen;
            using static NkGen.SpecialCities;

            static class Use
            {
                static object Get() => {|#0:Hamhung|};
            }
            """, """
            using NkGen;
            using static NkGen.SpecialCities;

            static class Use
            {
                static object Get() => Cities.Hamhung;
            }
            """, DefunctSpecialCityCodeFix.UseReplacementKey, At(0));

        [Fact]
        public Task Reference_through_an_alias() => Fix("""
            using SC = NkGen.SpecialCities;

            static class Use
            {
                static object Get() => {|#0:SC.Chongjin|};
            }
            """, """
            using SC = NkGen.SpecialCities;

            static class Use
            {
                static object Get() => NkGen.Cities.Chongjin;
            }
            """, DefunctSpecialCityCodeFix.UseReplacementKey, At(0));

        [Fact]
        public Task Reference_in_nameof() => Fix("""
            using NkGen;

            static class Use
            {
                static string Name() => nameof({|#0:SpecialCities.Hamhung|});
            }
            """, """
            using NkGen;

            static class Use
            {
                static string Name() => nameof(Cities.Hamhung);
            }
            """, DefunctSpecialCityCodeFix.UseReplacementKey, At(0));

        [Fact]
        public Task Comparison_asks_about_the_last_special_year() => Fix("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|};

                static bool B() => {|#1:Cities.Chongjin.Status is AdministrativeStatus.SpecialCity|};
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.Hamhung.StatusOn(1966) == AdministrativeStatus.SpecialCity;

                static bool B() => Cities.Chongjin.StatusOn(1984) is AdministrativeStatus.SpecialCity;
            }
            """, DefunctSpecialCityCodeFix.StatusOnKey, At(0), At(1));

        [Fact]
        public Task StatusOn_in_an_equals_call_and_a_switch() => Fix("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status.Equals(AdministrativeStatus.SpecialCity)|};

                static string B()
                {
                    switch (Cities.Chongjin.Status)
                    {
                        {|#1:case AdministrativeStatus.SpecialCity:|}
                            return "special";
                        default:
                            return "other";
                    }
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.Hamhung.StatusOn(1966).Equals(AdministrativeStatus.SpecialCity);

                static string B()
                {
                    switch (Cities.Chongjin.StatusOn(1984))
                    {
                        case AdministrativeStatus.SpecialCity:
                            return "special";
                        default:
                            return "other";
                    }
                }
            }
            """, DefunctSpecialCityCodeFix.StatusOnKey, At(0), At(1));

        [Fact]
        public Task Dead_if_without_else_is_removed() => Fix("""
            using NkGen;

            static class Use
            {
                static int Rank()
                {
                    var rank = 0;
                    if ({|#0:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|})
                    {
                        rank = 1;
                    }

                    return rank;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static int Rank()
                {
                    var rank = 0;

                    return rank;
                }
            }
            """, DefunctSpecialCityCodeFix.RemoveDeadBranchKey, At(0));

        [Fact]
        public Task Dead_if_keeps_its_else() => Fix("""
            using NkGen;

            static class Use
            {
                static int Rank()
                {
                    var rank = 0;
                    if ({|#0:Cities.Chongjin.Status is AdministrativeStatus.SpecialCity|})
                    {
                        rank = 1;
                    }
                    else
                    {
                        rank = 2;
                        rank++;
                    }

                    return rank;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static int Rank()
                {
                    var rank = 0;
                    rank = 2;
                    rank++;

                    return rank;
                }
            }
            """, DefunctSpecialCityCodeFix.RemoveDeadBranchKey, At(0));

        [Fact]
        public Task Always_true_if_keeps_its_body() => Fix("""
            using NkGen;

            static class Use
            {
                static int Rank()
                {
                    var rank = 0;
                    if ({|#0:Cities.Hamhung.Status != AdministrativeStatus.SpecialCity|})
                        rank = 1;
                    else
                        rank = 2;

                    return rank;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static int Rank()
                {
                    var rank = 0;
                    rank = 1;

                    return rank;
                }
            }
            """, DefunctSpecialCityCodeFix.RemoveDeadBranchKey, At(0));

        [Fact]
        public Task Dead_else_if_is_removed() => Fix("""
            using NkGen;

            static class Use
            {
                static int Rank(bool capital)
                {
                    var rank = 0;
                    if (capital)
                    {
                        rank = 3;
                    }
                    else if ({|#0:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|})
                    {
                        rank = 1;
                    }

                    return rank;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static int Rank(bool capital)
                {
                    var rank = 0;
                    if (capital)
                    {
                        rank = 3;
                    }

                    return rank;
                }
            }
            """, DefunctSpecialCityCodeFix.RemoveDeadBranchKey, At(0));

        [Fact]
        public Task Lookup_moves_to_cities() => Fix("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:SpecialCities.TryGet("Hamhung", out _)|};

                static bool B() => {|#1:global::NkGen.SpecialCities.TryGet("chongjin", out var city)|} && city is not null;
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet("Hamhung", out _);

                static bool B() => global::NkGen.Cities.TryGet("chongjin", out var city) && city is not null;
            }
            """, DefunctSpecialCityCodeFix.UseReplacementLookupKey, At(0), At(1));

        [Fact]
        public Task Lookup_through_using_static() => Fix("""
            using static NkGen.SpecialCities;

            static class Use
            {
                static bool A() => {|#0:TryGet("Hamhung", out _)|};
            }
            """, """
            using static NkGen.SpecialCities;

            static class Use
            {
                static bool A() => NkGen.Cities.TryGet("Hamhung", out _);
            }
            """, DefunctSpecialCityCodeFix.UseReplacementLookupKey, At(0));
    }
}
