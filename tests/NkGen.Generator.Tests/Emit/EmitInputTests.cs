using System.Linq;
using NkGen.Generator.Emit;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Model.Rows;

namespace NkGen.Generator.Tests.Emit
{
    /// <summary>
    /// The Emit step's input: equal for models that differ only within lines, and the emitter writing the same from a
    /// model as from its copy cut to lines, so that comparing by the cut copy never keeps stale code or problems.
    /// </summary>
    public class EmitInputTests
    {
        private const string File = "/t/list.txt";

        // "TryGet" is reserved in the generated class: the emitter reports an identifier collision at the city's name.
        private static DataModel Model(int nameColumn = 3, int populationColumn = 30, string population = "768,551") => ModelBuilder.Build(new[]
        {
            Reading(File, cities: new[]
            {
                City("Hamhung", At(File, 5, nameColumn, 7),
                    Fact(CityField.Province, Plain("South Hamgyong"), At(File, 5, 14, 14)),
                    Fact(CityField.Population, Exact(int.Parse(population.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture), population, 2008), At(File, 5, populationColumn, 7))),
                City("TryGet", At(File, 6, nameColumn, 6), Fact(CityField.Province, Plain("Kangwon"), At(File, 6, 14, 7))),
                City("Wonsan", At(File, 7, nameColumn, 6), Fact(CityField.Province, Plain("Kangwon"), At(File, 7, 14, 7)), Fact(CityField.Founded, Date(1946), At(File, 9, 2, 4))),
            }),
        });

        [Fact]
        public void The_emitter_writes_the_same_code_and_problems_from_a_model_and_from_its_lines()
        {
            var model = Model();

            var exact = CodeEmitter.Emit(model, EmitOptions.Default);
            var lines = CodeEmitter.Emit(EmitInput.LinesOnly(model), EmitOptions.Default);

            Assert.Equal(lines.Files, exact.Files);
            Assert.Equal(lines.Problems, exact.Problems);
            Assert.Contains(exact.Problems, p => p.Span.Line == 6 && p.Span.Column == 1);
        }

        [Fact]
        public void Inputs_whose_models_differ_only_within_lines_are_equal_and_hash_alike()
        {
            var before = new EmitInput(Model());
            var moved = new EmitInput(Model(nameColumn: 5, populationColumn: 33));

            Assert.Equal(before, moved);
            Assert.Equal(before.GetHashCode(), moved.GetHashCode());
        }

        [Fact]
        public void Inputs_whose_facts_differ_are_not_equal()
        {
            Assert.NotEqual(new EmitInput(Model()), new EmitInput(Model(population: "768,552")));
        }

        [Fact]
        public void The_copy_cut_to_lines_is_made_only_when_another_model_is_compared()
        {
            var model = Model();
            var input = new EmitInput(model);
            var copy = typeof(EmitInput).GetField("_lines", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

            Assert.Same(model, input.Model);
            Assert.True(input.Equals(new EmitInput(model)));
            Assert.Null(copy.GetValue(input));

            Assert.True(input.Equals(new EmitInput(Model())));
            Assert.NotNull(copy.GetValue(input));
            Assert.Empty(input.Lines.Problems);
            Assert.All(input.Lines.Cities.SelectMany(c => c.NameSources), s => Assert.Equal(1, s.Column));
        }
    }
}
