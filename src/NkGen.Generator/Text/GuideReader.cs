using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// The guide dialect: YAML front matter, <c># Title</c>, <c>[FACTBOX]</c> key: value lines, <c>[SECTION]</c> headings,
    /// <c>**Name** (figure)</c> blocks with key: value lines, and <c>[TABLE]</c> pipe tables with a separator row.
    /// </summary>
    internal sealed class GuideReader : DialectReader
    {
        // No two unbounded runs of one character class sit side by side in these patterns: on a 1 MB line of spaces
        // "\s*(...)?\s*$" backtracks quadratically.
        private static readonly Regex BlockHeading = new(@"^\s*\*\*(?<name>[^*]+)\*\*\s*(\((?<figure>[^)]*)\)\s*)?$", RegexOptions.CultureInvariant);
        private static readonly Regex SectionHeading = new(@"^\s*\[SECTION\](?<title>.*?)(?:\[/SECTION\]\s*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private int? _firstContentLine;

        public GuideReader(IReadOnlyList<SourceLine> lines, DocumentParts parts)
            : base(lines, parts)
        {
        }

        protected override int TryRead(int index)
        {
            var line = Lines[index];
            var text = line.Text.Trim();
            if (index == FirstContentLine() && text == "---") return ReadFrontMatter(index);
            if (text.StartsWith("[FACTBOX]", StringComparison.OrdinalIgnoreCase)) return ReadFactbox(index);
            if (text.StartsWith("[TABLE]", StringComparison.OrdinalIgnoreCase)) return ReadWrappedTable(index);
            var section = SectionHeading.Match(line.Text);
            if (section.Success)
            {
                Parts.Section = section.Groups["title"].Value.Trim();
                return index + 1;
            }

            if (text.StartsWith("# ", StringComparison.Ordinal))
            {
                if (Parts.Title is null) Parts.Title = line.Cell(line.Text.IndexOf('#') + 1, line.Text.Length - line.Text.IndexOf('#') - 1);
                return index + 1;
            }

            var block = BlockHeading.Match(line.Text);
            return block.Success ? ReadBlock(index, block) : -1;
        }

        /// <summary>Computed once: scanning for it on every line made a file opening with many blank lines quadratic.</summary>
        private int FirstContentLine()
        {
            if (_firstContentLine is int known) return known;
            var first = -1;
            for (var i = 0; i < Lines.Count && first < 0; i++)
            {
                if (!Lines[i].IsBlank) first = i;
            }

            _firstContentLine = first;
            return first;
        }

        private int ReadFrontMatter(int index)
        {
            // YAML comments ("# …") are not guide headings inside front matter.
            var end = FindClose(index, "---", headingsOpen: false, out var closed);
            for (var i = index + 1; i < end; i++)
            {
                var line = Lines[i];
                if (line.IsBlank) continue;
                if (FieldLine.TrySplit(line, 0, out var key, out var value))
                {
                    value = Unquote(value);
                    Parts.Fields.Add(new DocumentField(key, value, FieldOrigin.FrontMatter, null));
                    if (key.Text.Equals("title", StringComparison.OrdinalIgnoreCase) && Parts.Title is null) Parts.Title = value;
                }
                else
                {
                    Parts.Malformed(line.Whole().Span, $"Front matter line '{line.Text.Trim()}' is not a 'key: value' line; it was ignored");
                }
            }

            if (closed) return end + 1;
            Parts.Malformed(Lines[index].Span, $"The front matter opened here is never closed with '---'; it was read up to {Until(end)}");
            return end;
        }

        private int ReadFactbox(int index)
        {
            var end = FindClose(index, "[/FACTBOX]", headingsOpen: true, out var closed);
            for (var i = index + 1; i < end; i++)
            {
                var line = Lines[i];
                if (line.IsBlank) continue;
                if (FieldLine.TrySplit(line, 0, out var key, out var value)) Parts.Fields.Add(new DocumentField(key, value, FieldOrigin.Factbox, Parts.Section));
                else Parts.Malformed(line.Whole().Span, $"FACTBOX line '{line.Text.Trim()}' is not a 'Key: value' line; it was ignored");
            }

            if (closed) return end + 1;
            Parts.Malformed(Lines[index].Span, $"The [FACTBOX] opened here is never closed with [/FACTBOX]; it was read up to {Until(end)}");
            return end;
        }

        private int ReadWrappedTable(int index)
        {
            var end = FindClose(index, "[/TABLE]", headingsOpen: true, out var closed);
            if (!closed) Parts.Malformed(Lines[index].Span, $"The [TABLE] opened here is never closed with [/TABLE]; it was read up to {Until(end)}");
            var i = index + 1;
            while (i < end)
            {
                if (PipeRow.IsPipeRow(Lines[i]))
                {
                    i = ReadTable(i, end);
                    continue;
                }

                if (!Lines[i].IsBlank) Parts.Malformed(Lines[i].Whole().Span, $"Line '{Lines[i].Text.Trim()}' inside [TABLE] is not a table row (rows start with '|'); it was ignored");
                i++;
            }

            return closed ? end + 1 : end;
        }

        /// <summary>
        /// The line that closes the construct opened at <paramref name="index"/>. A construct whose closing marker is
        /// forgotten ends where the next construct opens (or at the end of the file), so that one missing marker costs one
        /// problem, not the rest of the guide read as its content (and the next construct's closing marker borrowed).
        /// </summary>
        private int FindClose(int index, string closing, bool headingsOpen, out bool closed)
        {
            for (var i = index + 1; i < Lines.Count; i++)
            {
                var text = Lines[i].Text.Trim();
                closed = text.StartsWith(closing, StringComparison.OrdinalIgnoreCase) && (closing != "---" || text == closing);
                if (closed) return i;
                if (OpensConstruct(Lines[i], headingsOpen)) return i;
            }

            closed = false;
            return Lines.Count;
        }

        private static bool OpensConstruct(SourceLine line, bool headingsOpen)
        {
            var text = line.Text.Trim();
            return text.StartsWith("[FACTBOX]", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("[TABLE]", StringComparison.OrdinalIgnoreCase)
                || SectionHeading.IsMatch(line.Text)
                || BlockHeading.IsMatch(line.Text)
                || (headingsOpen && text.StartsWith("# ", StringComparison.Ordinal));
        }

        private string Until(int end) => end < Lines.Count ? $"line {Lines[end].Number}, where the next construct opens" : "the end of the file";

        private int ReadBlock(int index, Match heading)
        {
            var line = Lines[index];
            var nameGroup = heading.Groups["name"];
            var name = line.Cell(nameGroup.Index, nameGroup.Length);
            var figureGroup = heading.Groups["figure"];
            var figure = figureGroup.Success ? line.Cell(figureGroup.Index, figureGroup.Length) : (TextCell?)null;
            var fields = new List<DocumentField>();
            var i = index + 1;
            for (; i < Lines.Count && !Lines[i].IsBlank; i++)
            {
                var field = Lines[i];
                if (BlockHeading.IsMatch(field.Text) || PipeRow.IsPipeRow(field) || field.Text.TrimStart().StartsWith("[", StringComparison.Ordinal)) break;
                if (FieldLine.TrySplit(field, 0, out var key, out var value)) fields.Add(new DocumentField(key, value, FieldOrigin.Block, Parts.Section));
                else Parts.Malformed(field.Whole().Span, $"Line '{field.Text.Trim()}' in the block for {name.Text} is not a 'Key: value' line; it was ignored");
            }

            Parts.Blocks.Add(new NamedBlock(name, figure, fields.ToEquatableArray(), Parts.Section));
            return i;
        }

        private static TextCell Unquote(TextCell value)
        {
            var t = value.Text;
            if (t.Length < 2 || !((t[0] == '"' && t[t.Length - 1] == '"') || (t[0] == '\'' && t[t.Length - 1] == '\''))) return value;
            var span = value.Span.Slice(1, value.Span.Length - 2);
            return new TextCell(t.Substring(1, t.Length - 2), span);
        }
    }
}
