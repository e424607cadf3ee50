using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace NkGen.Robustness.Tests.Support
{
    internal enum MutationKind
    {
        FlipByte,
        DropLine,
        DuplicateLine,
        TruncateLine,
        InsertCell,
        InsertPipe,
        InsertText,
        ReplaceCell,
        LineEndings,
        Bom,
        SwapLines,
        Truncate,
        Junk,
        HugeLine,
        Empty,
    }

    /// <summary>One edit of a seed document. <see cref="At"/> and <see cref="Other"/> are taken modulo the text's size.</summary>
    internal sealed record Mutation(MutationKind Kind, int At, int Other, string Text)
    {
        /// <summary>Edits weighted towards the cheap structural ones; an empty file and a 1 MB line (slow to read) are rare.</summary>
        public static Gen<Mutation> Gen { get; } = CsCheck.Gen.Select(
            CsCheck.Gen.Frequency(
                (8, CsCheck.Gen.OneOf(MutationKind.FlipByte, MutationKind.DropLine, MutationKind.DuplicateLine, MutationKind.TruncateLine)),
                (8, CsCheck.Gen.OneOf(MutationKind.InsertCell, MutationKind.InsertPipe, MutationKind.InsertText, MutationKind.ReplaceCell)),
                (3, CsCheck.Gen.OneOf(MutationKind.LineEndings, MutationKind.Bom, MutationKind.SwapLines, MutationKind.Truncate)),
                (1, CsCheck.Gen.Const(MutationKind.Junk)),
                (1, CsCheck.Gen.Frequency((1, CsCheck.Gen.Const(MutationKind.HugeLine)), (6, CsCheck.Gen.Const(MutationKind.Empty))))),
            CsCheck.Gen.Int[0, int.MaxValue],
            CsCheck.Gen.Int[0, int.MaxValue],
            HostileText.String,
            (kind, at, other, text) => new Mutation(kind, at, other, text));

        public static Gen<List<Mutation>> Several { get; } = Gen.List[0, 6];

        public override string ToString() => $"{Kind}@{At}/{Other} \"{Escape(Text)}\"";

        public string Apply(string text)
        {
            var lines = SplitKeepingEnds(text);
            switch (Kind)
            {
                case MutationKind.FlipByte:
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if (bytes.Length == 0) return text;
                    bytes[At % bytes.Length] ^= (byte)(1 << (Other % 8));
                    return Encoding.UTF8.GetString(bytes);
                }

                case MutationKind.DropLine:
                    if (lines.Count == 0) return text;
                    lines.RemoveAt(At % lines.Count);
                    return string.Concat(lines);
                case MutationKind.DuplicateLine:
                    if (lines.Count == 0) return text;
                    lines.Insert(At % lines.Count, lines[At % lines.Count]);
                    return string.Concat(lines);
                case MutationKind.TruncateLine:
                {
                    if (lines.Count == 0) return text;
                    var i = At % lines.Count;
                    var body = lines[i].TrimEnd('\r', '\n');
                    lines[i] = body.Substring(0, Other % (body.Length + 1)) + lines[i].Substring(body.Length);
                    return string.Concat(lines);
                }

                case MutationKind.InsertCell:
                    return AtPipe(text, " " + Text.Replace("\n", "") + " |");
                case MutationKind.InsertPipe:
                    return text.Insert(At % (text.Length + 1), Other % 3 == 0 ? "\\|" : "|");
                case MutationKind.InsertText:
                    return text.Insert(At % (text.Length + 1), Text);
                case MutationKind.ReplaceCell:
                {
                    var pipes = Pipes(text);
                    if (pipes.Count < 2) return text.Insert(At % (text.Length + 1), Text);
                    var p = At % (pipes.Count - 1);
                    var (from, to) = (pipes[p] + 1, pipes[p + 1]);
                    if (text.IndexOfAny(new[] { '\r', '\n' }, from, to - from) >= 0) return text;
                    return text.Substring(0, from) + " " + Text + " " + text.Substring(to);
                }

                case MutationKind.LineEndings:
                {
                    var endings = new[] { "\n", "\r\n", "\r" };
                    var rnd = new Random(At);
                    return string.Concat(lines.Select(l =>
                    {
                        var body = l.TrimEnd('\r', '\n');
                        return body.Length == l.Length ? l : body + (Other % 4 == 3 ? endings[rnd.Next(3)] : endings[Other % 4 % 3]);
                    }));
                }

                case MutationKind.Bom:
                    return "\uFEFF" + (Other % 2 == 0 ? text : text.TrimStart('\uFEFF'));
                case MutationKind.SwapLines:
                {
                    if (lines.Count < 2) return text;
                    var (a, b) = (At % lines.Count, Other % lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    return string.Concat(lines);
                }

                case MutationKind.Truncate:
                    return text.Substring(0, At % (text.Length + 1));
                case MutationKind.Junk:
                {
                    var rnd = new Random(At);
                    var junk = new byte[1 + Other % 4096];
                    rnd.NextBytes(junk);
                    var decoded = Other % 2 == 0 ? Encoding.UTF8.GetString(junk) : new string(junk.Select(b => (char)b).ToArray());
                    return Other % 5 == 0 ? decoded : text.Insert(At % (text.Length + 1), decoded);
                }

                case MutationKind.HugeLine:
                {
                    // A 1 MB line: a pipe row, a bold guide marker followed by spaces, or a run of one hostile string.
                    var unit = string.IsNullOrEmpty(Text) ? "x" : Text;
                    var line = (Other % 3) switch
                    {
                        0 => "| " + string.Join(" | ", Enumerable.Repeat(unit, 1_000_000 / (unit.Length + 3))),
                        1 => "**" + unit + "**" + new string(' ', 1_000_000) + "x",
                        _ => string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length)),
                    };
                    var i = lines.Count == 0 ? 0 : At % (lines.Count + 1);
                    lines.Insert(i, line + "\n");
                    return string.Concat(lines);
                }

                default:
                    return "";
            }
        }

        private string AtPipe(string text, string insert)
        {
            var pipes = Pipes(text);
            if (pipes.Count == 0) return text.Insert(At % (text.Length + 1), "|" + insert);
            return text.Insert(pipes[At % pipes.Count] + 1, insert);
        }

        private static List<int> Pipes(string text)
        {
            var pipes = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '|') pipes.Add(i);
            }

            return pipes;
        }

        /// <summary>Lines with their terminators, so that joining them gives the text back.</summary>
        public static List<string> SplitKeepingEnds(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '\n' && text[i] != '\r') continue;
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }

            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }

        public static string Escape(string text)
        {
            var s = new StringBuilder();
            foreach (var c in text.Length > 200 ? text.Substring(0, 200) + "…(" + text.Length + " chars)" : text)
            {
                s.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
            }

            return s.ToString();
        }
    }

    /// <summary>A seed document (by index) with a list of edits applied in order.</summary>
    internal sealed record MutatedDocument(int Seed, List<Mutation> Mutations)
    {
        public static Gen<MutatedDocument> Gen { get; } =
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, 2], Mutation.Several, (seed, mutations) => new MutatedDocument(seed, mutations));

        public string Path => SeedDocuments.All[Seed].Path;

        public string Text => Mutations.Aggregate(SeedDocuments.All[Seed].Text, (text, m) => m.Apply(text));

        public override string ToString() => $"seed {Seed}: [{string.Join(", ", Mutations)}]";
    }
}
