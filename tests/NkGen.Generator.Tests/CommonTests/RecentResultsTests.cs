using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using NkGen.Generator.Common;
using Xunit;

namespace NkGen.Generator.Tests.CommonTests
{
    /// <summary>The process-wide results of earlier builds: reused only for an equal input, bounded, safe across threads.</summary>
    public sealed class RecentResultsTests
    {
        private sealed record Input(string Path, string Text);

        [Fact]
        public void An_equal_input_gets_the_result_made_before_without_making_it_again()
        {
            var results = new RecentResults<Input, object>(4);
            var made = 0;
            var first = results.GetOrMake(new Input("a.txt", "x"), _ => { made++; return new object(); });

            // A new instance with the same values, as a new build's input is.
            var second = results.GetOrMake(new Input("a.txt", new string('x', 1)), _ => { made++; return new object(); });

            Assert.Same(first, second);
            Assert.Equal(1, made);
            Assert.Equal((1, 1), results.Counts);
        }

        [Fact]
        public void A_changed_input_gets_a_new_result()
        {
            var results = new RecentResults<Input, string>(4);
            results.GetOrMake(new Input("a.txt", "old"), i => i.Text.ToUpperInvariant());

            Assert.Equal("NEW", results.GetOrMake(new Input("a.txt", "new"), i => i.Text.ToUpperInvariant()));
            Assert.Equal("OTHER", results.GetOrMake(new Input("b.txt", "old"), _ => "OTHER"));
        }

        [Fact]
        public void Beyond_its_capacity_the_least_recently_used_result_is_dropped()
        {
            var results = new RecentResults<int, string>(2);
            var made = new List<int>();
            string Make(int i) { made.Add(i); return i.ToString(System.Globalization.CultureInfo.InvariantCulture); }

            results.GetOrMake(1, Make);
            results.GetOrMake(2, Make);
            results.GetOrMake(1, Make); // 1 is now the more recent
            results.GetOrMake(3, Make); // drops 2
            results.GetOrMake(1, Make);
            results.GetOrMake(2, Make);

            Assert.Equal(new[] { 1, 2, 3, 2 }, made);
        }

        [Fact]
        public void A_result_not_worth_keeping_is_made_again_next_time()
        {
            var results = new RecentResults<int, string>(4, worthKeeping: r => r != "failed");
            var calls = 0;

            results.GetOrMake(1, _ => { calls++; return "failed"; });
            results.GetOrMake(1, _ => { calls++; return "failed"; });

            Assert.Equal(2, calls);
        }

        [Fact]
        public void A_step_that_throws_leaves_nothing_behind()
        {
            var results = new RecentResults<int, string>(4);

            Assert.Throws<OperationCanceledException>(() => results.GetOrMake(1, _ => throw new OperationCanceledException()));

            Assert.Equal("made", results.GetOrMake(1, _ => "made"));
        }

        [Fact]
        public void Clear_forgets_every_result()
        {
            var results = new RecentResults<int, object>(4);
            var before = results.GetOrMake(1, _ => new object());

            results.Clear();

            Assert.NotSame(before, results.GetOrMake(1, _ => new object()));
        }

        [Fact]
        public void Builds_on_many_threads_always_get_the_result_of_their_own_input()
        {
            Gen.Int[0, 12].Array[1, 200].Sample(inputs =>
            {
                var results = new RecentResults<int, string>(3);
                var answers = new string[inputs.Length];
                Parallel.For(0, inputs.Length, i => answers[i] = results.GetOrMake(inputs[i], n => "row " + n));

                Assert.Equal(inputs.Select(n => "row " + n), answers);
                var (hits, misses) = results.Counts;
                Assert.Equal(inputs.Length, hits + misses);
            }, iter: 200);
        }
    }
}
