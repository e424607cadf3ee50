using System;
using System.Globalization;
using System.Linq;
using NkGen.Benchmarks.Inputs;

namespace NkGen.Benchmarks.SideBySide
{
    /// <summary>
    /// The Program.cs of a side-by-side app: it reads one generated member, then a second, and prints how long each
    /// took and what it read. Each read is its own non-inlined method, so that compiling it (and any type initializer
    /// the JIT runs early for a beforefieldinit class) falls inside the timed span, not before it. The value is turned
    /// into text after the timed spans: the first number formatted in a process loads globalization (about 10 ms on this
    /// machine), which is the program's printing, not the member's read.
    /// </summary>
    internal sealed record ConsumerProgram(string FirstExpression, string SecondExpression, string FirstExpected, string SecondExpected)
    {
        public static ConsumerProgram Plain { get; } = new("\"plain\"", "\"plain\"", "plain", "plain");

        /// <summary>Reads <c>Cities.X.Population</c>: a member of NkGen's generated class and one of its facts.</summary>
        public static ConsumerProgram NkGen(SyntheticCity first, SyntheticCity second) => new(
            Population(first), Population(second),
            first.Population.ToString(CultureInfo.InvariantCulture), second.Population.ToString(CultureInfo.InvariantCulture));

        /// <summary>Reads the resource property of the city (its value is the rest of the city's row).</summary>
        public static ConsumerProgram Peer(SyntheticCity first, SyntheticCity second) => new(
            $"global::SideBySide.CityFacts.@{first.Name}", $"global::SideBySide.CityFacts.@{second.Name}",
            SyntheticResx.Value(first), SyntheticResx.Value(second));

        public string Text => $$"""
            internal static class Program
            {
                private static void Main()
                {
                    var start = global::System.Diagnostics.Stopwatch.GetTimestamp();
                    var first = First();
                    var afterFirst = global::System.Diagnostics.Stopwatch.GetTimestamp();
                    var second = Second();
                    var afterSecond = global::System.Diagnostics.Stopwatch.GetTimestamp();
                    global::System.Console.WriteLine("first-ms " + Milliseconds(start, afterFirst));
                    global::System.Console.WriteLine("second-ms " + Milliseconds(afterFirst, afterSecond));
                    global::System.Console.WriteLine("first-value " + Text(first));
                    global::System.Console.WriteLine("second-value " + Text(second));
                }

                [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
                private static object? First() => {{FirstExpression}};

                [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
                private static object? Second() => {{SecondExpression}};

                private static string? Text(object? value) =>
                    global::System.Convert.ToString(value, global::System.Globalization.CultureInfo.InvariantCulture);

                private static string Milliseconds(long from, long to) =>
                    global::System.Diagnostics.Stopwatch.GetElapsedTime(from, to).TotalMilliseconds.ToString("0.000", global::System.Globalization.CultureInfo.InvariantCulture);
            }
            """;

        /// <summary>Reads the program's output, and checks that it read what the data says (else the figures mean nothing).</summary>
        public AccessRun Read(string output, string app)
        {
            var lines = output.Split('\n').Select(l => l.Trim()).ToList();
            string Field(string name) =>
                lines.FirstOrDefault(l => l.StartsWith(name + " ", StringComparison.Ordinal))?.Substring(name.Length + 1)
                ?? throw new SideBySideFailure($"The {app} printed no '{name}'", output);

            if (Field("first-value") != FirstExpected || Field("second-value") != SecondExpected)
            {
                throw new SideBySideFailure($"The {app} read other values than its data holds (expected '{FirstExpected}' and '{SecondExpected}')", output);
            }

            return new AccessRun(
                double.Parse(Field("first-ms"), CultureInfo.InvariantCulture),
                double.Parse(Field("second-ms"), CultureInfo.InvariantCulture));
        }

        private static string Population(SyntheticCity city) => $"global::NkGen.Cities.@{city.Name}.Population";
    }
}
