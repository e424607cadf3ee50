using System.Threading.Tasks;
using NkGen.Analyzers.Tests.Support;
using NkGen.CodeFixes;
using Xunit;
using static NkGen.Analyzers.Tests.Support.Names;
using Test = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.ResolvedNameCodeFix>;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>NKG0002 on a lookup whose constant name is in the class's index, and its rewrite to the member.</summary>
    public sealed class ResolvedLookupTests
    {
        [Fact]
        public Task Expression_statement_becomes_a_declaration() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static void A()
                {
                    Cities.TryGet({|#0:"Hamhung"|}, out var c);
                    System.Console.WriteLine(c);
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static void A()
                {
                    var c = Cities.Hamhung;
                    System.Console.WriteLine(c);
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0, "'Hamhung' names the city Hamhung; use Cities.Hamhung"));

        [Fact]
        public Task Every_spelling_TryGet_accepts_resolves() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static void A()
                {
                    Cities.TryGet({|#0:"함흥시"|}, out City? a);
                    Cities.TryGet({|#1:"CHONGJIN"|}, out City? b);
                    Cities.TryGet({|#2:"淸津市"|}, out City? c);
                    System.Console.WriteLine(a + " " + b + " " + c);
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static void A()
                {
                    City? a = Cities.Hamhung;
                    City? b = Cities.Chongjin;
                    City? c = Cities.Chongjin;
                    System.Console.WriteLine(a + " " + b + " " + c);
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey,
            Resolved(0, "'함흥시' names the city Hamhung; use Cities.Hamhung"),
            Resolved(1, "'CHONGJIN' names the city Chongjin; use Cities.Chongjin"),
            Resolved(2, "'淸津市' names the city Chongjin; use Cities.Chongjin"));

        [Fact]
        public Task An_existing_variable_is_assigned() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static City? A()
                {
                    City? c = null;
                    Cities.TryGet(name: {|#0:"Rason"|}, city: out c);
                    return c;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static City? A()
                {
                    City? c = null;
                    c = Cities.Rason;
                    return c;
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0));

        [Fact]
        public Task An_if_on_the_lookup_keeps_its_body() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static void A()
                {
                    if (Cities.TryGet({|#0:"Hamhung"|}, out var c))
                    {
                        System.Console.WriteLine(c.Name);
                    }

                    System.Console.WriteLine(c);
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static void A()
                {
                    var c = Cities.Hamhung;
                    System.Console.WriteLine(c.Name);

                    System.Console.WriteLine(c);
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0));

        [Fact]
        public Task A_guard_on_the_negated_lookup_disappears() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static string A()
                {
                    if (!Provinces.TryGet({|#0:"North Hamgyong"|}, out var province)) throw new System.InvalidOperationException();
                    return province.Name;
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static string A()
                {
                    var province = Provinces.NorthHamgyong;
                    return province.Name;
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0, "'North Hamgyong' names the province North Hamgyong; use Provinces.NorthHamgyong"));

        [Fact]
        public Task An_else_that_never_runs_is_dropped_and_a_block_with_declarations_is_kept() => Test.Fix("""
            using NkGen;

            static class Use
            {
                static void A()
                {
                    if (SpecialCities.TryGet({|#0:"Rason"|}, out var c))
                    {
                        var name = c.Name;
                        System.Console.WriteLine(name);
                    }
                    else
                    {
                        System.Console.WriteLine("never");
                    }
                }
            }
            """, """
            using NkGen;

            static class Use
            {
                static void A()
                {
                    var c = SpecialCities.Rason;
                    {
                        var name = c.Name;
                        System.Console.WriteLine(name);
                    }
                }
            }
            """, ResolvedNameCodeFix.UseMemberKey, Resolved(0, "'Rason' names the special city Rason; use SpecialCities.Rason"));

        [Fact]
        public Task Where_the_result_is_used_as_a_value_there_is_no_fix() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet({|#0:"Hamhung"|}, out _);

                static bool B() => Cities.TryGet({|#1:"Hamhung"|}, out var c) && c.Population > 0;

                static void C()
                {
                    var found = Cities.TryGet({|#2:"Hamhung"|}, out var c);
                    Cities.TryGet({|#3:"Hamhung"|}, out _);
                    System.Console.WriteLine(found + " " + c);
                }

                static void D(bool b)
                {
                    if (b)
                        if (Cities.TryGet({|#4:"Rason"|}, out var c)) System.Console.WriteLine(c);
                }
            }
            """, Resolved(0), Resolved(1), Resolved(2), Resolved(3), Resolved(4));

        [Fact]
        public Task Constants_of_every_kind_resolve_but_nameof_does_not() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                const string Ham = "Ham";
                const string Name = Ham + "hung";

                static bool A() => Cities.TryGet({|#0:Name|}, out _);

                static bool B() => Cities.TryGet({|#1:$"{Ham}hung"|}, out _);

                static bool C() => Cities.TryGet({|#2:@"Rason"|}, out _);

                static bool D() => Cities.TryGet(nameof(Cities.Rason), out _);
            }
            """, Resolved(0), Resolved(1), Resolved(2));
    }
}
