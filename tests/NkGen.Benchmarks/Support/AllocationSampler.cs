using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace NkGen.Benchmarks.Support
{
    /// <summary>
    /// The runtime's allocation ticks (one event about every 100 KB allocated, naming the type that crossed it), summed by
    /// type while it listens: which objects a stage allocates most, without a profiler. A sample, so shares, not counts.
    /// </summary>
    internal sealed class AllocationSampler : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private readonly Dictionary<string, long> _bytes = new Dictionary<string, long>();
        private bool _listening;

        public void Start() => _listening = true;

        public void Stop() => _listening = false;

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!_listening || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount")], System.Globalization.CultureInfo.InvariantCulture);
            lock (_bytes) _bytes[type] = (_bytes.TryGetValue(type, out var sum) ? sum : 0) + amount;
        }

        /// <summary>The sampled types, largest share first, as lines "share  type".</summary>
        public IEnumerable<string> Report(int top)
        {
            lock (_bytes)
            {
                var total = (double)_bytes.Values.Sum();
                return _bytes.OrderByDescending(p => p.Value).Take(top).Select(p => $"  {p.Value / total,6:P1}  {p.Key}").ToList();
            }
        }
    }
}
