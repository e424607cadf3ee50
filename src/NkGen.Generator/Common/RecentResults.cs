using System;
using System.Collections.Generic;

namespace NkGen.Generator.Common
{
    /// <summary>
    /// The last few results of one step, by input, shared by every compilation in the process. The compiler server runs
    /// a new generator driver for every build, so the driver's own cache is empty at each command-line build; with this,
    /// a rebuild whose data files did not change gets its readings, model and code back instead of making them again.
    /// A result is reused only for an equal input (the step inputs are value-equal records), so it is the result the step
    /// would make. At most <see cref="Capacity"/> results are kept, the least recently used dropped first.
    /// </summary>
    internal sealed class RecentResults<TInput, TResult>
    {
        private readonly object _gate = new();
        private readonly List<KeyValuePair<TInput, TResult>> _entries; // most recently used last
        private int _hits;
        private int _misses;

        private readonly Func<TResult, bool>? _worthKeeping;
        private readonly IEqualityComparer<TInput> _comparer;

        /// <param name="capacity">How many results to keep.</param>
        /// <param name="worthKeeping">
        /// Whether a result may be reused; a result that records a failure of the moment (an internal error, such as
        /// running out of memory) is not, so that the next build tries again.
        /// </param>
        /// <param name="comparer">When an input is the same one (default: the input's own equality).</param>
        public RecentResults(int capacity, Func<TResult, bool>? worthKeeping = null, IEqualityComparer<TInput>? comparer = null)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity));
            Capacity = capacity;
            _worthKeeping = worthKeeping;
            _comparer = comparer ?? EqualityComparer<TInput>.Default;
            _entries = new List<KeyValuePair<TInput, TResult>>(capacity);
        }

        public int Capacity { get; }

        /// <summary>How often an input was found and how often its result had to be made (for tests and benchmarks).</summary>
        public (int Hits, int Misses) Counts
        {
            get { lock (_gate) return (_hits, _misses); }
        }

        public TResult GetOrMake(TInput input, Func<TInput, TResult> make)
        {
            lock (_gate)
            {
                var found = IndexOf(input);
                if (found >= 0)
                {
                    _hits++;
                    var entry = _entries[found];
                    _entries.RemoveAt(found);
                    _entries.Add(entry);
                    return entry.Value;
                }

                _misses++;
            }

            // Made outside the lock: builds of other projects must not wait for this one. Two builds that make the same
            // result at once both keep theirs; they are equal.
            var result = make(input);
            if (_worthKeeping is not null && !_worthKeeping(result)) return result;
            lock (_gate)
            {
                if (IndexOf(input) < 0)
                {
                    if (_entries.Count == Capacity) _entries.RemoveAt(0);
                    _entries.Add(new KeyValuePair<TInput, TResult>(input, result));
                }
            }

            return result;
        }

        /// <summary>Forgets every result, so that the next run makes them again (benchmarks that time the work itself).</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _entries.Clear();
                _hits = 0;
                _misses = 0;
            }
        }

        private int IndexOf(TInput input)
        {
            for (var i = _entries.Count - 1; i >= 0; i--)
            {
                if (_comparer.Equals(_entries[i].Key, input)) return i;
            }

            return -1;
        }
    }
}
