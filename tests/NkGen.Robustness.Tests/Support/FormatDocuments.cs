using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using NkGen.Generator.Tests.Support;

namespace NkGen.Robustness.Tests.Support
{
    /// <summary>
    /// The format fixtures (tests/Fixtures/Formats: the built-in cities as CSV, TSV, GitHub Markdown, MediaWiki and JSON),
    /// read once, that the format fuzzers start from. Their paths keep the extension, so that each is read in its format.
    /// </summary>
    internal static class FormatDocuments
    {
        public static IReadOnlyList<(string Path, string Text)> All { get; } =
            Directory.GetFiles(RepoPaths.Fixture("Formats"))
                .Where(f => !Path.GetFileName(f).StartsWith(".", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => ("/data/" + Path.GetFileName(f), File.ReadAllText(f)))
                .ToList();

        /// <summary>
        /// The characters each format gives meaning to, inserted anywhere: quotes and separators (CSV, TSV), table, row,
        /// cell, template and link marks (MediaWiki), brackets, braces and escapes (JSON), fences and delimiter rows
        /// (Markdown).
        /// </summary>
        public static readonly string[] Structure =
        {
            "\"", "\"\"", ",", ";", "\t", "\r\n", "\n\n", "{|", "|}", "|-", "|+", "||", "!!", "!", "{{", "}}", "[[", "]]",
            "<ref>", "</ref>", "<ref name=x />", "<br />", "'''", "rowspan=\"3\" |", "colspan=999 |", "{", "}", "[", "]",
            ":", "\\", "\\u12", "null", "-0.5e", "```", "| --- | --- |", "--- | :---:", "\\|", "# ", "== x ==",
        };
    }

    /// <summary>A format fixture (by index) with seed-document edits and structural insertions applied in order.</summary>
    internal sealed record MutatedFormatDocument(int Fixture, List<Mutation> Mutations, List<(int At, int Token)> Inserts)
    {
        public static Gen<MutatedFormatDocument> Gen { get; } = CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, FormatDocuments.All.Count - 1],
            Mutation.Several,
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, FormatDocuments.Structure.Length - 1]).List[0, 6],
            (fixture, mutations, inserts) => new MutatedFormatDocument(fixture, mutations, inserts));

        public string Path => FormatDocuments.All[Fixture].Path;

        public string Text
        {
            get
            {
                var text = Mutations.Aggregate(FormatDocuments.All[Fixture].Text, (t, m) => m.Apply(t));
                return Inserts.Aggregate(text, (t, insert) => t.Insert(insert.At % (t.Length + 1), FormatDocuments.Structure[insert.Token]));
            }
        }

        public override string ToString() =>
            $"{System.IO.Path.GetFileName(Path)}: [{string.Join(", ", Mutations)}] inserts [{string.Join(", ", Inserts.Select(i => $"{Mutation.Escape(FormatDocuments.Structure[i.Token])}@{i.At}"))}]";
    }
}
