using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// The one place a file's format is decided: the item's <c>Format</c> metadata, then the file extension, then the
    /// content. A <c>.md</c> file is GitHub Markdown only when its content is (see <see cref="LooksLikeGfm"/>): the wiki
    /// dialect's files are <c>.md</c> too, and they keep being read as they always were.
    /// </summary>
    internal static class FormatChoice
    {
        /// <summary>The values the <c>Format</c> metadata accepts, as the docs list them.</summary>
        public const string AcceptedNames = "csv, tsv, markdown, mediawiki, json, guide, wiki";

        private static readonly Regex GuideMarker = new(@"^\s*(\[(FACTBOX|TABLE|SECTION)\]|\*\*[^*]+\*\*\s*(\([^)]*\)\s*)?$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static bool TryParse(string? name, out TextDialect format)
        {
            switch (name?.Trim().ToLowerInvariant())
            {
                case "csv": format = TextDialect.Csv; return true;
                case "tsv": format = TextDialect.Tsv; return true;
                case "markdown": case "md": case "gfm": format = TextDialect.Markdown; return true;
                case "mediawiki": format = TextDialect.MediaWiki; return true;
                case "json": format = TextDialect.Json; return true;
                case "guide": format = TextDialect.Guide; return true;
                case "wiki": format = TextDialect.Wiki; return true;
                default: format = TextDialect.Wiki; return false;
            }
        }

        /// <summary>
        /// The format the <c>Format</c> metadata or the extension names; null when only the content can tell (<c>.md</c>,
        /// <c>.txt</c>, none). Asked before the text is split into lines, which a CSV or JSON reader does not need.
        /// </summary>
        public static TextDialect? ByName(string path, TextDialect? declared)
        {
            if (declared is { } format) return format;
            switch (Extension(path))
            {
                case ".csv": return TextDialect.Csv;
                case ".tsv": case ".tab": return TextDialect.Tsv;
                case ".wiki": case ".mediawiki": return TextDialect.MediaWiki;
                case ".json": case ".geojson": return TextDialect.Json;
                default: return null;
            }
        }

        /// <summary>The format of a file <see cref="ByName"/> could not tell, from its lines.</summary>
        public static TextDialect ByContent(string path, IReadOnlyList<SourceLine> lines)
        {
            switch (Extension(path))
            {
                case ".md": case ".markdown":
                    if (IsGuide(lines)) return TextDialect.Guide;
                    return LooksLikeGfm(lines, requireBarePipes: false) ? TextDialect.Markdown : TextDialect.Wiki;
                default: return Sniff(lines);
            }
        }

        /// <summary>Guide documents open with front matter or use bracket markers and bold blocks.</summary>
        public static bool IsGuide(IReadOnlyList<SourceLine> lines)
        {
            var sawContent = false;
            foreach (var line in lines)
            {
                if (line.IsBlank) continue;
                if (!sawContent && line.Text.Trim() == "---") return true;
                sawContent = true;
                if (GuideMarker.IsMatch(line.Text)) return true;
            }

            return false;
        }

        /// <summary>
        /// A file of any other extension (<c>.txt</c>, none) is told by its first lines. Markdown is taken only for a table
        /// the wiki dialect could not read (a header without outer pipes); a pipe table the wiki dialect reads stays wiki.
        /// </summary>
        private static TextDialect Sniff(IReadOnlyList<SourceLine> lines)
        {
            if (IsGuide(lines)) return TextDialect.Guide;
            var first = -1;
            for (var i = 0; i < lines.Count && first < 0; i++)
            {
                if (!lines[i].IsBlank) first = i;
            }

            if (first < 0) return TextDialect.Wiki;
            var head = lines[first].Text.Trim();
            if (IsJsonStart(head)) return TextDialect.Json;
            foreach (var line in lines)
            {
                if (line.Text.TrimStart().StartsWith("{|", StringComparison.Ordinal)) return TextDialect.MediaWiki;
            }

            if (LooksLikeGfm(lines, requireBarePipes: true)) return TextDialect.Markdown;
            if ("|=#-*![".IndexOf(head[0]) >= 0) return TextDialect.Wiki;
            var second = first + 1;
            while (second < lines.Count && lines[second].IsBlank) second++;
            if (second >= lines.Count) return TextDialect.Wiki;
            var third = second + 1;
            while (third < lines.Count && lines[third].IsBlank) third++;
            // Tabbed lines from the first, or from the second under a caption line (a browser's paste).
            if (lines[second].Text.IndexOf('\t') >= 0 && (head.IndexOf('\t') >= 0 || (third < lines.Count && lines[third].Text.IndexOf('\t') >= 0))) return TextDialect.Tsv;
            var separator = CsvReader.DetectSeparator(lines[first].Text);
            var count = CsvReader.CountSeparators(lines[first].Text, separator);
            return count > 0 && count == CsvReader.CountSeparators(lines[second].Text, separator) ? TextDialect.Csv : TextDialect.Wiki;
        }

        /// <summary>
        /// JSON data opens an object (<c>{</c> then a quoted key or <c>}</c>) or an array of objects (<c>[</c> then <c>{</c>
        /// or <c>]</c>), either maybe on the next line; a wiki template (<c>{{</c>), table (<c>{|</c>) or link (<c>[[</c>)
        /// does not.
        /// </summary>
        private static bool IsJsonStart(string head)
        {
            if (head[0] != '{' && head[0] != '[') return false;
            var rest = head.Substring(1).TrimStart();
            if (rest.Length == 0) return true;
            return head[0] == '{' ? rest[0] is '"' or '}' : rest[0] is '{' or ']';
        }

        /// <summary>
        /// Whether the lines are GitHub Markdown tables: at least one table with a delimiter row, every pipe-led block part
        /// of such a table (a wiki-dialect table has no delimiter row), and no <c>= Title =</c> wiki heading.
        /// </summary>
        private static bool LooksLikeGfm(IReadOnlyList<SourceLine> lines, bool requireBarePipes)
        {
            var tables = 0;
            var bare = false;
            var i = 0;
            while (i < lines.Count)
            {
                if (WikiHeading.Is(lines[i])) return false;
                if (GfmTable.StartsAt(lines, i))
                {
                    tables++;
                    bare |= !PipeRow.IsPipeRow(lines[i]);
                    i = GfmTable.BodyEnd(lines, i + 2);
                    continue;
                }

                if (PipeRow.IsPipeRow(lines[i])) return false;
                i++;
            }

            return tables > 0 && (bare || !requireBarePipes);
        }

        private static string Extension(string path)
        {
            try
            {
                return Path.GetExtension(path).ToLowerInvariant();
            }
            catch (ArgumentException)
            {
                // A path with characters the platform forbids has no extension we know.
                return "";
            }
        }
    }
}
