using System.Collections.Generic;

namespace NkGen.Generator.Common
{
    /// <summary>One line of a <c>[LookupNameTable]</c>: the member (empty for an entity without one) and its names.</summary>
    internal readonly record struct LookupTableLine(string Member, List<string> Names);

    /// <summary>
    /// Reads the text of a <c>[LookupNameTable]</c> as the emitter writes it (Emit/LookupNameList): a line per entity,
    /// <c>Member|name;name;…</c>, <c>|name;…</c> for an entity without a member, or <c>name;name;…</c> for a member named
    /// as its first name, in the escapes of the generated rows (RowText). One reader for the analyzers and the benchmarks.
    /// </summary>
    internal static class LookupTableText
    {
        /// <summary>The lines that name anything, in order; empty names are left out.</summary>
        public static IEnumerable<LookupTableLine> Lines(string table)
        {
            for (var start = 0; start < table.Length;)
            {
                var end = table.IndexOf(RowText.Row, start);
                if (end < 0) end = table.Length;
                var bar = RowText.NextSeparator(table, RowText.Field, start, end);
                var namesStart = bar < end ? bar + 1 : start;
                var names = new List<string>();
                if (namesStart < end)
                {
                    foreach (var name in RowText.Items(table, namesStart, end))
                    {
                        if (name.Length > 0) names.Add(name);
                    }
                }

                if (names.Count > 0) yield return new LookupTableLine(bar < end ? RowText.Unescaped(table, start, bar) : names[0], names);
                start = end + 1;
            }
        }
    }
}
