using System.Threading.Tasks;
using Xunit;
using Test = NkGen.Analyzers.Tests.Support.NameTest<NkGen.CodeFixes.ResolvedNameCodeFix>;

namespace NkGen.Analyzers.Tests.Names
{
    /// <summary>What NKG0002 and NKG0003 leave alone: names not known at compile time, nameof, other strings and other types.</summary>
    public sealed class NameNonTriggerTests
    {
        [Fact]
        public Task Names_not_known_at_compile_time() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static string Read() => System.Console.ReadLine() ?? "";

                static bool A(string name) => Cities.TryGet(name, out _);

                static bool B(City city, string other) => city.Name == other;

                static bool C(City city) => city.Name == Read();

                static bool D(City city) => city.Name == null;

                static bool E() => Cities.TryGet(null, out _);

                static readonly string NotConst = "Hamhng";

                static bool F() => Cities.TryGet(NotConst, out _);
            }
            """);

        [Fact]
        public Task Nameof_is_not_a_name_written_in_a_string() => Test.Diagnostics("""
            using NkGen;

            static class Use
            {
                static bool A() => Cities.TryGet(nameof(Cities.Hamhung), out _);

                static bool B(City city) => city.Name == nameof(System.Console);

                static bool C() => Cities.TryGet(nameof(System.Console) + "", out _);
            }
            """);

        [Fact]
        public Task Other_types_names_and_other_strings() => Test.Diagnostics("""
            using System.Collections.Generic;
            using NkGen;

            sealed class Person
            {
                public string Name { get; set; } = "";
            }

            static class Lookup
            {
                public static bool TryGet(string name, out string? found)
                {
                    found = null;
                    return false;
                }
            }

            static class Use
            {
                static bool A(Person person) => person.Name == "Hamhng";

                static bool B(System.IO.FileInfo file) => file.Name == "Hamhng";

                static bool C(City city) => city.KoreanName == "Hamhng" || city.Capital == "Hamhng";

                static bool D(string text) => text == "Hamhng";

                static bool E() => Lookup.TryGet("Hamhng", out _);

                static bool F(Dictionary<string, City> cities) => cities.TryGetValue("Hamhng", out _);

                static bool G(City city) => city.Name.StartsWith("Hamhng");
            }
            """);
    }
}
