using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Nkg0001Test;

namespace NkGen.Analyzers.Tests
{
    /// <summary>NKG0001 where code asks whether a [FormerSpecialCity] city holds SpecialCity status today.</summary>
    public sealed class StatusComparisonTests
    {
        [Fact]
        public Task Equality_either_way_round() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status == AdministrativeStatus.SpecialCity|};

                static bool B() => {|#1:AdministrativeStatus.SpecialCity == Cities.Chongjin.Status|};
            }
            """, At(0, Messages.HamhungStatus), At(1, Messages.ChongjinStatus));

        [Fact]
        public Task Inequality() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status != AdministrativeStatus.SpecialCity|};
            }
            """, At(0, Messages.HamhungStatus));

        [Fact]
        public Task Is_patterns() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status is AdministrativeStatus.SpecialCity|};

                static bool B() => {|#1:Cities.Chongjin.Status is not AdministrativeStatus.SpecialCity|};

                static bool C() => {|#2:Cities.Chongjin.Status is AdministrativeStatus.SpecialCity or AdministrativeStatus.DirectlyGovernedCity|};

                static bool D() => {|#3:Cities.Hamhung is { Status: AdministrativeStatus.SpecialCity }|};
            }
            """, At(0, Messages.HamhungStatus), At(1, Messages.ChongjinStatus), At(2, Messages.ChongjinStatus), At(3, Messages.HamhungStatus));

        [Fact]
        public Task Switch_expression_arm() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static string Rank() => Cities.Chongjin.Status switch
                {
                    {|#0:AdministrativeStatus.SpecialCity => "special"|},
                    _ => "other",
                };
            }
            """, At(0, Messages.ChongjinStatus));

        [Fact]
        public Task Switch_statement_cases() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static string Rank()
                {
                    switch (Cities.Hamhung.Status)
                    {
                        {|#0:case AdministrativeStatus.SpecialCity when System.DateTime.Now.Year > 2000:|}
                            return "still special";
                        {|#1:case AdministrativeStatus.SpecialCity:|}
                            return "special";
                        default:
                            return "other";
                    }
                }
            }
            """, At(0, Messages.HamhungStatus), At(1, Messages.HamhungStatus));

        [Fact]
        public Task Equals_calls() => Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => {|#0:Cities.Hamhung.Status.Equals(AdministrativeStatus.SpecialCity)|};

                static bool B() => {|#1:AdministrativeStatus.SpecialCity.Equals(Cities.Chongjin.Status)|};

                static bool C() => {|#2:Equals(Cities.Hamhung.Status, AdministrativeStatus.SpecialCity)|};
            }
            """, At(0, Messages.HamhungStatus), At(1, Messages.ChongjinStatus), At(2, Messages.HamhungStatus));

        [Fact]
        public Task Constant_written_as_a_cast_or_a_const() => Diagnostics("""
            using NkGen;

            static class Use
            {
                const AdministrativeStatus Special = AdministrativeStatus.SpecialCity;

                static bool A() => {|#0:Cities.Hamhung.Status == Special|};

                static bool B() => {|#1:Cities.Hamhung.Status == (AdministrativeStatus)1|};
            }
            """, At(0, Messages.HamhungStatus), At(1, Messages.HamhungStatus));

        [Fact]
        public Task Using_static_city() => Diagnostics("""
            using NkGen;
            using static NkGen.Cities;

            static class Use
            {
                static bool A() => {|#0:Chongjin.Status == AdministrativeStatus.SpecialCity|};
            }
            """, At(0, Messages.ChongjinStatus));
    }
}
