using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NkGen.Generator.Common;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Reads the years a status was held: <c>1960–1967, 1977–1985</c> (en dash, em dash, hyphen or "to"), or a single
    /// year. <c>1960–1967</c> means held from 1960 until 1967, when it ended; <c>1960</c> and <c>1960–1960</c> are the one year 1960.
    /// </summary>
    internal static class PeriodsParser
    {
        private static readonly Regex Span = new(@"^(?<from>\d{3,4})(?:\s*(?:[-–—‒]|to)\s*(?<until>\d{3,4}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static EquatableArray<YearSpan>? Parse(string written)
        {
            var spans = new List<YearSpan>();
            foreach (var part in Markup.Plain(written).Split(',', ';'))
            {
                var match = Span.Match(part.Trim());
                if (!match.Success) return null;
                var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
                var until = match.Groups["until"].Success ? int.Parse(match.Groups["until"].Value, CultureInfo.InvariantCulture) : from;
                if (until < from) return null;
                // A span names the years it covers; one that starts and ends in the same year covers that year.
                if (until == from) until = from + 1;
                spans.Add(new YearSpan(from, until));
            }

            return spans.Count == 0 ? null : spans.ToEquatableArray();
        }
    }
}
