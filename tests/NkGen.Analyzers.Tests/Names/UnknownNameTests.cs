using System.Threading.Tasks;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Names;
using Test = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.UnknownNameCodeFix>;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>NKG0003: a constant name that names nothing, with the nearest names and a fix per suggestion.</summary>
    public sealed class UnknownNameTests
    {
        [Fact]
        public Task A_misspelt_lookup_is_fixed_to_the_nearest_name() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet({|#0:"Hamhng"|}, out _);
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet("Hamhung", out _);
            }
            """, UnknownNameCodeFix.UseSuggestionKey, Unknown(0, "No city is named 'Hamhng' in the NkGen tables; did you mean Hamhung?"));

        [Fact]
        public Task Other_spellings_are_suggested_as_written() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet({|#0:"함흥"|}, out _);
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet("함흥시", out _);
            }
            """, UnknownNameCodeFix.UseSuggestionKey, Unknown(0, "No city is named '함흥' in the NkGen tables; did you mean 함흥시?"));

        [Fact]
        public Task Each_suggestion_has_its_own_fix() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static bool A() => Provinces.TryGet({|#0:"South Hamgyon"|}, out _);
            }
            """, """
            using NkGen;

            static class Use
            {
                static bool A() => Provinces.TryGet("North Hamgyong", out _);
            }
            """, UnknownNameCodeFix.UseSuggestionKey + "1",
            Unknown(0, "No province is named 'South Hamgyon' in the NkGen tables; did you mean South Hamgyong or North Hamgyong?"));

        [Fact]
        public Task A_name_far_from_every_name_has_no_suggestion_and_no_fix() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet({|#0:"Tokyo"|}, out _);

                static bool B() => Provinces.TryGet({|#1:"Hamhung"|}, out _);

                static bool C() => SpecialCities.TryGet({|#2:"Kaesong"|}, out _);
            }
            """,
            Unknown(0, "No city is named 'Tokyo' in the NkGen tables"),
            Unknown(1, "No province is named 'Hamhung' in the NkGen tables"),
            Unknown(2, "No special city is named 'Kaesong' in the NkGen tables"));

        [Fact]
        public Task A_constant_that_is_not_a_literal_is_reported_without_a_fix() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                const string Name = "Hamhng";

                static bool A() => Cities.TryGet({|#0:Name|}, out _);

                static bool B() => Cities.TryGet({|#1:"Ham" + "hng"|}, out _);

                static bool C() => Cities.TryGet({|#2:$"{Name}"|}, out _);
            }
            """, Unknown(0, "No city is named 'Hamhng' in the NkGen tables; did you mean Hamhung?"), Unknown(1), Unknown(2));

        [Fact]
        public Task A_comparison_with_Name_knows_only_the_entity_names() => Test.Fix("""
            using System;
            using NkGen;

            static class Use
            {
                static bool A(City city) => city.Name == {|#0:"함흥시"|};

                static bool B(City city) => city.Name == {|#1:"hamhung"|};

                static bool C(City city) => city.Name.Equals({|#2:"Chongjn"|}, StringComparison.OrdinalIgnoreCase);

                static bool D(Province province) => province.Name == {|#3:"South Hamgyon"|};
            }
            """, """
            using System;
            using NkGen;

            static class Use
            {
                static bool A(City city) => city.Name == "Hamhung";

                static bool B(City city) => city.Name == "Hamhung";

                static bool C(City city) => city.Name.Equals("Chongjin", StringComparison.OrdinalIgnoreCase);

                static bool D(Province province) => province.Name == "South Hamgyong";
            }
            """, UnknownNameCodeFix.UseSuggestionKey,
            Unknown(0, "No city is named '함흥시' in the NkGen tables; did you mean Hamhung? (Name holds only the city's own name)"),
            Unknown(1, "No city is named 'hamhung' in the NkGen tables; did you mean Hamhung? (Name holds only the city's own name)"),
            Unknown(2, "No city is named 'Chongjn' in the NkGen tables; did you mean Chongjin?"),
            Unknown(3, "No province is named 'South Hamgyon' in the NkGen tables; did you mean South Hamgyong or North Hamgyong?"));

        [Fact]
        public Task Switch_labels_and_arms_are_checked_and_fixed() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static int A(City city)
                {
                    switch (city.Name)
                    {
                        case {|#0:"Chongjn"|}:
                            return 1;
                        case "Rason":
                            return 2;
                        default:
                            return 0;
                    }
                }

                static int B(City city) => city.Name switch
                {
                    {|#1:"Rasn"|} => 1,
                    _ => 0,
                };
            }
            """, """
            using NkGen;

            static class Use
            {
                static int A(City city)
                {
                    switch (city.Name)
                    {
                        case "Chongjin":
                            return 1;
                        case "Rason":
                            return 2;
                        default:
                            return 0;
                    }
                }

                static int B(City city) => city.Name switch
                {
                    "Rason" => 1,
                    _ => 0,
                };
            }
            """, UnknownNameCodeFix.UseSuggestionKey, Unknown(0), Unknown(1));

        [Fact]
        public Task A_defunct_special_city_is_left_to_NKG0001() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => SpecialCities.TryGet("Chongjin", out _);

                static bool B() => SpecialCities.TryGet("함흥시", out _);
            }
            """);
    }
}
