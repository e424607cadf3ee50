using System.Linq;
using System.Reflection;
using NkGen.Generator.Common;
using NkGen.Generator.Emit;
using NkGen.Generator.Tables;
using NkGen.Robustness.Tests.Support;
using Xunit;

namespace NkGen.Robustness.Tests
{
    /// <summary>
    /// The generated table's chunks, read back. NKG2013's promise, proven by the runtime rather than by the text: a class with more entities than a .NET type can
    /// hold members for compiles strictly and loads (a type with more than 65,535 methods would throw TypeLoadException),
    /// and its entities past the cap are in All and found by TryGet.
    /// </summary>
    public sealed class MemberCapTests
    {
        [Fact]
        public void A_class_past_the_member_cap_compiles_loads_and_finds_every_entity()
        {
            var count = EmitContext.MaxMembers + 2;
            var rows = Enumerable.Range(1, count)
                .Select(i => new CityRow("Place " + i, HandWrittenRows.At(i + 2), EquatableArray<CityFact>.Empty))
                .ToArray();
            var run = PureStages.Run(new[] { HandWrittenRows.Reading("Many places", rows) });
            Assert.Contains(run.Problems, p => p.Kind == NkGen.Generator.Diagnostics.ProblemKind.TooManyMembers);

            var cities = StrictCompilation.Load(run.Sources).GetType("NkGen.Cities", throwOnError: true)!;
            var all = (System.Collections.Generic.IReadOnlyList<NkGen.City>)cities.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(count, all.Count);

            // The last entities have no member; TryGet finds them, and All holds the same instance.
            var tryGet = cities.GetMethod("TryGet")!;
            var last = run.Model.Cities[count - 1].Name;
            var arguments = new object?[] { last, null };
            Assert.True((bool)tryGet.Invoke(null, arguments)!);
            Assert.Same(all[count - 1], arguments[1]);
            Assert.Equal(EmitContext.MaxMembers, cities.GetProperties(BindingFlags.Public | BindingFlags.Static).Count(p => p.PropertyType == typeof(NkGen.City)));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Rows_of_every_chunk_read_back_from_string_and_UTF8_literals(bool utf8)
        {
            // 300 rows are three chunks of 128, each returned by its own method.
            var rows = Enumerable.Range(1, 300)
                .Select(i => new CityRow("Chunked " + i, HandWrittenRows.At(i + 2), new[] { HandWrittenRows.Text(CityField.Capital, "Seat " + i, i + 2) }.ToEquatableArray()))
                .ToArray();
            var options = PureStages.Options with { SupportsUtf8Data = utf8, Utf8RowsFrom = utf8 ? 1 : int.MaxValue };
            var run = PureStages.Run(new[] { HandWrittenRows.Reading("Chunked places", rows) }, options: options);
            Assert.Equal(utf8, run.Sources["Cities.g.cs"].Contains("u8);"));
            Assert.Contains("internal static string Chunk2() => ", run.Sources["Cities.g.cs"]);

            var cities = StrictCompilation.Load(run.Sources).GetType("NkGen.Cities", throwOnError: true)!;
            var all = (System.Collections.Generic.IReadOnlyList<NkGen.City>)cities.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(run.Model.Cities.Select(c => c.Name), all.Select(c => c.Name));
            Assert.All(all, c => Assert.Equal("Seat " + c.Name.Substring("Chunked ".Length), c.Capital));
        }
    }
}
