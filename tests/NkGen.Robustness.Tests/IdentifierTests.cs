using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Emit;
using NkGen.Generator.Tests.Support;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>Issue 7, identifiers: any name gives a valid, unique, deterministic member; TryGet finds the name as written.</summary>
    public sealed class IdentifierTests
    {
        private static readonly Gen<string> LatinWithDiacritics =
            Gen.OneOf("Ŭ", "ŭ", "Ŏ", "ŏ", "é", "É", "à", "ç", "ñ", "ü", "Ł", "ł", "Ø", "ø", "Đ", "đ", "ß", "Æ", "æ", "Œ", "œ", "Þ", "ð", "ı", "İ",
                    "a", "B", "z", " ", "-", "'", "’", "ʼ", "e\u0301", "u\u0306", "0", "9", ".", "(", ")")
                .Array[1, 12].Select(parts => string.Concat(parts));

        private static void AssertValid(string name, string id)
        {
            var bare = id.StartsWith('@') ? id.Substring(1) : id;
            Assert.True(SyntaxFacts.IsValidIdentifier(bare), $"'{Mutation.Escape(id)}' from '{Mutation.Escape(name)}' is not an identifier");
            Assert.Equal(id.StartsWith('@'), SyntaxFacts.GetKeywordKind(bare) != SyntaxKind.None);
            Assert.DoesNotContain(bare, c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format);
        }

        [Fact]
        public void Any_name_gives_a_valid_deterministic_identifier()
        {
            FuzzRun.Check(HostileText.String, name =>
            {
                var id = Identifiers.From(name);
                AssertValid(name, id);
                Assert.Equal(id, Identifiers.From(name));
            }, FuzzRun.Iterations(FuzzRun.CiIterations), Mutation.Escape);
        }

        [Fact]
        public void Latin_names_fold_to_ascii()
        {
            FuzzRun.Check(LatinWithDiacritics, name =>
            {
                var id = Identifiers.From(name);
                AssertValid(name, id);
                Assert.True(id.All(c => c < 128), $"'{id}' from '{name}' is not ASCII");
            }, FuzzRun.Iterations(2_000), Mutation.Escape);
        }

        [Theory]
        [InlineData("Ŭiju", "Uiju")]
        [InlineData("Hamhŭng", "Hamhung")]
        [InlineData("South Hamgyŏng", "SouthHamgyong")]
        [InlineData("class", "Class")]
        [InlineData("@class", "Class")]
        [InlineData("1st City", "_1stCity")]
        [InlineData("Sinŭiju-si", "SinuijuSi")]
        [InlineData("P'yŏngyang", "Pyongyang")]
        [InlineData("Łódź", "Lodz")]
        [InlineData("Øresund", "Oresund")]
        [InlineData("Straße", "Strasse")]
        [InlineData("!!!", "_")]
        [InlineData("평양", "평양")]
        [InlineData("Evil\u202Etxt", "EvilTxt")]
        [InlineData("Zero\u200Bwidth", "ZeroWidth")]
        public void Known_names_give_known_identifiers(string name, string expected) => Assert.Equal(expected, Identifiers.From(name));

        [Fact]
        public void Member_names_are_unique_and_collisions_are_reported()
        {
            FuzzRun.Check(HostileText.String.List[1, 12], names =>
            {
                var problems = new List<DataProblem>();
                var members = new MemberNames("Cities", MemberNames.Reserved, problems);
                var ids = names.Select((n, i) => members.Assign(n, HandWrittenRows.At(i + 1))).ToList();
                Assert.Equal(ids.Count, ids.Distinct().Count());
                Assert.All(ids.Zip(names), p => AssertValid(p.Second, p.First));
                Assert.Equal(ids.Where((id, i) => id != Identifiers.From(names[i])).Count(), problems.Count(p => p.Kind == ProblemKind.IdentifierCollision));

                var again = new MemberNames("Cities", MemberNames.Reserved, new List<DataProblem>());
                Assert.Equal(ids, names.Select((n, i) => again.Assign(n, HandWrittenRows.At(i + 1))));
            }, FuzzRun.Iterations(2_000), names => string.Join(" / ", names.Select(Mutation.Escape)));
        }

        [Fact]
        public void Colliding_names_get_suffixes_a_located_NKG2005_and_TryGet_finds_each_spelling()
        {
            var names = new[] { "Ŭiju", "class", "1st City", "!!!", "!?!", "All", "All2", "Cities", "TryGet", "Evil\u202Etxt", "Łodz", "Lodz" };
            var table = "| City | Province |\n| --- | --- |\n" + string.Concat(names.Select(n => $"| {n} | North Pyongan |\n"));
            var result = new GeneratorHarness().Property("NkGenIncludeDefaultData", "false").DataFile("/data/names.md", table).Run();
            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "NKG2008");
            Assert.Empty(result.CompilationDiagnostics);
            SourceChecks.NoRawInvisibles(result.Sources);

            var generated = new Generated(result.Load());
            Assert.Equal(names.Length, generated.Cities.Count);
            foreach (var name in names)
            {
                var (found, city) = generated.TryGet<City>("Cities", name);
                Assert.True(found, $"TryGet({Mutation.Escape(name)}) found nothing");
                Assert.Equal(name, city!.Name);
            }

            Assert.Same(generated.City("Uiju"), generated.TryGet<City>("Cities", "Uiju").Value);
            Assert.Equal("class", generated.City("Class").Name);
            Assert.Equal("1st City", generated.City("_1stCity").Name);
            Assert.Equal("!!!", generated.City("_").Name);
            Assert.Equal("!?!", generated.City("_2").Name);
            Assert.Equal("Lodz", generated.City("Lodz").Name);
            Assert.Equal("Łodz", generated.City("Lodz2").Name);
            Assert.Equal("All", generated.City("All2").Name);
            Assert.Equal("All2", generated.City("All22").Name);

            var collisions = result.Data("NKG2005").ToList();
            Assert.Contains(collisions, d => d.GetMessage().Contains("'!?!'"));
            Assert.Contains(collisions, d => d.GetMessage().Contains("'Łodz'"));
            Assert.Contains(collisions, d => d.GetMessage().Contains("'All'"));
            foreach (var diagnostic in collisions)
            {
                var line = diagnostic.Location.GetLineSpan();
                Assert.Equal("/data/names.md", line.Path);
                var row = table.Split('\n')[line.StartLinePosition.Line];
                Assert.Contains(row.Trim('|', ' ').Split('|')[0].Trim(), diagnostic.GetMessage());
            }

            var again = new GeneratorHarness().Property("NkGenIncludeDefaultData", "false").DataFile("/data/names.md", table).Run();
            Assert.Equal(result.Sources, again.Sources);
        }
    }
}
