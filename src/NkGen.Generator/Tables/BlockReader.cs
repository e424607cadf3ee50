using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>A guide's <c>**Name** (figure)</c> block: a city, its population in parentheses, then Role / Known For / Best For lines.</summary>
    internal static class BlockReader
    {
        public static void Read(NamedBlock block, ReadingParts parts)
        {
            var name = Markup.Plain(block.Name.Text);
            if (Placeholder.Is(name))
            {
                parts.Report(ProblemKind.MalformedRow, block.Name.Span, "This block has no name; it was not used");
                return;
            }

            if (Residue.Find(block.Name.Text) is { } residue)
            {
                parts.Report(ProblemKind.MalformedRow, block.Name.Span, $"The name '{block.Name.Text}' holds wiki markup ('{residue}') that NkGen does not read; the block was not used");
                return;
            }

            var facts = new List<CityFact>();
            if (block.Figure is { } figure && CellReader.Read(CityField.Population, figure, HeaderText.Unlabelled, name, parts) is { } population)
            {
                facts.Add(population);
            }

            foreach (var field in block.Fields)
            {
                var header = HeaderText.Of(field.Key.Text);
                if (CityColumns.FieldOf(header) is CityField cityField && CellReader.Read(cityField, field.Value, header, name, parts) is { } fact)
                {
                    facts.Add(fact);
                }
            }

            parts.Cities.Add(new CityRow(name, block.Name.Span, facts.ToEquatableArray()));
        }
    }
}
