using System.Linq;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using NkGen.Generator.Tests.Support;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Emit
{
    /// <summary>The emitter alone, from hand-built models, against approved files (NKGEN_ACCEPT=1 re-accepts).</summary>
    public class EmitterTests
    {
        private static DataModel SmallModel() => ModelBuilder.Build(new[]
        {
            Reading("/t/list.txt", cities: new[]
            {
                City("Hamhung", At("/t/list.txt", 5),
                    Fact(CityField.Province, Plain("South Hamgyong"), At("/t/list.txt", 5, 10)),
                    Fact(CityField.Population, Exact(768551, "768,551", 2008), At("/t/list.txt", 5, 30)),
                    Fact(CityField.Founded, Date(1967), At("/t/list.txt", 5, 40)),
                    Fact(CityField.SpecialCityPeriods, Periods("1960–1967", (1960, 1967)), At("/t/list.txt", 5, 50))),
                City("Rason", At("/t/list.txt", 6), Fact(CityField.Status, Status(CityStatus.SpecialCity, "Special city"), At("/t/list.txt", 6, 10))),
            }),
        });

        [Fact]
        public void Cities_from_a_small_model()
        {
            var result = CodeEmitter.Emit(SmallModel(), EmitOptions.Default);
            Approvals.Verify(result.Files.Single(f => f.HintName == "Cities.g.cs").Text, "SmallModel.Cities", "Emit");
            Approvals.Verify(result.Files.Single(f => f.HintName == "SpecialCities.g.cs").Text, "SmallModel.SpecialCities", "Emit");
            Approvals.Verify(result.Files.Single(f => f.HintName == "Provinces.g.cs").Text, "SmallModel.Provinces", "Emit");
        }

        [Fact]
        public void The_seed_tables()
        {
            var result = new GeneratorHarness().Run();
            foreach (var file in result.Sources) Approvals.Verify(file.Value, "Seeds." + file.Key.Replace(".g.cs", ""), "Emit");
        }

        [Fact]
        public void A_province_named_by_many_rows_lists_at_most_twenty_cities_and_line_ranges_in_its_hover()
        {
            // 30 cities on every other line, all in one province: 30 names and 30 single-line sources.
            var rows = Enumerable.Range(1, 30)
                .Select(i => City("Place " + i, At("/t/big.txt", 2 * i), Fact(CityField.Province, Plain("South Hamgyong"), At("/t/big.txt", 2 * i, 10))))
                .ToArray();
            var result = CodeEmitter.Emit(ModelBuilder.Build(new[] { Reading("/t/big.txt", cities: rows) }), EmitOptions.Default);
            var provinces = result.Files.Single(f => f.HintName == "Provinces.g.cs").Text;

            Assert.Contains("South Hamgyong province: 30 cities (Place 1, Place 10, Place 11,", provinces);
            Assert.Contains(", and 10 more).</para>", provinces);
            Assert.Contains("(big.txt, lines 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, and 10 more)", provinces);
            // The row keeps every city and every source: the hover is shortened, the data is not.
            Assert.Matches(@"\|South Hamgyong\|[^""]*\|(\d+;){29}\d+\|", provinces);
        }

        [Fact]
        public void A_class_with_more_members_than_a_type_can_hold_is_reported_at_the_first_row_past_the_limit()
        {
            var rows = Enumerable.Range(1, EmitContext.MaxMembers + 2).Select(i => City("Place " + i, At("/t/big.txt", i + 2))).ToArray();
            var model = ModelBuilder.Build(new[] { Reading("/t/big.txt", cities: rows) });
            var result = CodeEmitter.Emit(model, EmitOptions.Default);

            var problem = Assert.Single(result.Problems, p => p.Kind == ProblemKind.TooManyMembers);
            Assert.Equal(model.Cities[EmitContext.MaxMembers].NameSources[0].WholeLine(), problem.Span);
            Assert.StartsWith("Cities has 65,002 entities, more than a .NET type can hold members for (65,535 methods): the first 65,000 are members, the other 2", problem.Message);

            // The first 65,000 are members; every city is a row, and the two past the limit are named without a member.
            var cities = result.Files.Single(f => f.HintName == "Cities.g.cs").Text;
            Assert.Equal(EmitContext.MaxMembers, System.Text.RegularExpressions.Regex.Matches(cities, @"public static global::NkGen\.City \w+ => __nkgenTable\[").Count);
            Assert.Contains("new global::NkGen.CityTable(\n            " + RowText.Format + ", 65002,", cities);
            Assert.Matches(@"\\u000A\|" + model.Cities[EmitContext.MaxMembers].Name + @"(\\u000A|"")", cities);
            Assert.DoesNotContain(" " + Identifiers.From(model.Cities[EmitContext.MaxMembers].Name) + " => ", cities);
            Assert.DoesNotContain(CodeEmitter.Emit(SmallModel(), EmitOptions.Default).Problems, p => p.Kind == ProblemKind.TooManyMembers);
        }

        [Fact]
        public void Names_that_fold_to_one_identifier_get_a_suffix_and_a_diagnostic()
        {
            var model = ModelBuilder.Build(new[]
            {
                Reading("/t/a.txt", cities: new[] { City("Ŭiju", At("/t/a.txt", 1)), City("U'iju", At("/t/a.txt", 2)), City("All", At("/t/a.txt", 3)), City("TryGet", At("/t/a.txt", 4)) }),
            });
            var result = CodeEmitter.Emit(model, EmitOptions.Default);
            var cities = result.Files[0].Text;
            Assert.Contains("City Uiju => ", cities);
            Assert.Contains("City All2 => ", cities);
            Assert.Contains("City TryGet2 => ", cities);
            Assert.Equal(3, model.Cities.Count); // Ŭiju and U'iju are one city: names merge before identifiers are made
            Assert.Equal(2, result.Problems.Count);
            Assert.Contains(result.Problems, p => p.Message.Contains("'All' becomes the C# identifier Cities.All, but it is reserved"));
        }

        [Theory]
        [InlineData("Ŭiju", "Uiju")]
        [InlineData("South Hamgyong", "SouthHamgyong")]
        [InlineData("P'yŏngyang", "Pyongyang")]
        [InlineData("chung-guyok", "ChungGuyok")]
        [InlineData("1st City", "_1stCity")]
        [InlineData("", "_")]
        [InlineData("평양", "평양")]
        public void Identifiers_are_valid_and_readable(string name, string expected)
        {
            Assert.Equal(expected, Identifiers.From(name));
        }

        [Theory]
        [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
        [InlineData("a\\u0022b", "\"a\\\\u0022b\"")]
        [InlineData("x\u202Ey", "\"x\\u202Ey\"")]
        [InlineData("line\nbreak", "\"line\\u000Abreak\"")]
        [InlineData("함흥시", "\"함흥시\"")]
        public void String_literals_escape_everything_that_could_break_out(string text, string literal)
        {
            Assert.Equal(literal, TextEscaping.Literal(text));
        }

        [Theory]
        [InlineData("</summary>*/ & <b>", "&lt;/summary&gt;*/ &amp; &lt;b&gt;")]
        [InlineData("x\u202Ey", "x[U+202E]y")]
        [InlineData("a\r\nb", "a  b")]
        public void Doc_text_escapes_markup_and_shows_invisible_characters(string text, string doc)
        {
            Assert.Equal(doc, TextEscaping.Doc(text));
        }
    }
}
