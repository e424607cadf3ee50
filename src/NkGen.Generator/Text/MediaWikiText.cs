using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// A MediaWiki cell's source as the text a reader sees: <c>[[target|label]]</c> is its label, <c>[[target]]</c> its
    /// target; <c>&lt;ref&gt;…&lt;/ref&gt;</c>, <c>&lt;ref name=x /&gt;</c> and comments are dropped; <c>&lt;br&gt;</c> is a
    /// space; <c>'''</c>/<c>''</c> are dropped; templates are read by name (see <see cref="Template"/>). One pass with an
    /// explicit stack of open templates and links, so nesting costs no recursion. Other HTML tags are left for the Tables
    /// stage's markup rules.
    /// </summary>
    internal static class MediaWikiText
    {
        /// <summary>Templates that only decorate or annotate (flags, footnotes, sort keys, icons): their text is dropped.</summary>
        private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
        {
            "flagicon", "flag icon", "flagdeco", "efn", "efn-ua", "efn-lr", "efn-lg", "refn", "citation needed", "cn", "fact",
            "sfn", "sfnp", "r", "rp", "ref label", "note label", "hs", "hidden sort key", "sort key", "sortkey", "ntsh",
            "anchor", "clarify", "dubious", "when", "better source needed", "update needed", "increase", "decrease",
            "steady", "#tag", "dagger", "ref", "note",
        };

        /// <summary>Templates whose first positional argument is their text.</summary>
        private static readonly HashSet<string> FirstArgument = new(StringComparer.Ordinal)
        {
            "nowrap", "nobr", "small", "big", "nts", "abbr", "ill", "transl", "transliteration", "native name", "korean",
            "lang-ko", "resize", "center", "nowrap begin", "formatnum", "ko-hhrm", "ko-hanja", "hangul", "hanja",
        };

        /// <summary>
        /// The named arguments that are a text template's text when it has no positional one, in the order asked:
        /// <c>{{Korean|hangul=함흥시|hanja=咸興市|mr=Hamhŭng}}</c> is its Chosŏn'gŭl, <c>{{nowrap|text=…}}</c> its text.
        /// </summary>
        private static readonly string[] TextArguments = { "hangul", "chosongul", "hanja", "hancha", "text", "1", "mr", "rr" };

        /// <summary>List templates: their items, joined.</summary>
        private static readonly HashSet<string> Lists = new(StringComparer.Ordinal) { "hlist", "ubl", "ubil", "unbulleted list", "flatlist", "plainlist" };

        /// <summary>
        /// How many templates and links may be open at once; deeper openings are read as plain text. Each closing copies
        /// its text one level up, so the bound keeps a file of ten thousand <c>{{</c> linear.
        /// </summary>
        private const int MaxOpen = 32;

        /// <summary>The longest <c>&lt;nowiki&gt;</c> text read as such.</summary>
        private const int MaxNowikiLength = 256;

        /// <summary>How far a formatting tag's closing '>' is looked for.</summary>
        private const int MaxTagLength = 200;

        public static string Plain(string source, List<string> problems)
        {
            var frames = new List<Frame> { new(FrameKind.Text) };
            var i = 0;
            while (i < source.Length)
            {
                var top = frames[frames.Count - 1];
                var c = source[i];
                if (c == '<' && At(source, i, "<!--"))
                {
                    var end = source.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    if (end < 0) problems.Add("A comment '<!--' is never closed with '-->'; the text after it was dropped as part of the comment");
                    i = end < 0 ? source.Length : end + 3;
                }
                else if (c == '<' && SkipNowiki(source, i, source.Length) is var nowikiEnd && nowikiEnd > i)
                {
                    // <nowiki>…</nowiki> is text as written: the way to put a '|' or '{{' in a cell.
                    top.Text.Append(source, i + 8, nowikiEnd - i - 17);
                    i = nowikiEnd;
                }
                else if (c == '<' && IsTag(source, i, "ref"))
                {
                    i = SkipReference(source, i, problems);
                }
                else if (c == '<' && IsTag(source, i, "br") && source.IndexOf('>', i, Math.Min(MaxTagLength, source.Length - i)) is var brEnd && brEnd > 0)
                {
                    top.Text.Append(' ');
                    i = brEnd + 1;
                }
                else if (c == '<' && FormattingTag(source, i) is var tagEnd && tagEnd > i)
                {
                    i = tagEnd;
                }
                else if (c == '\'' && i + 1 < source.Length && source[i + 1] == '\'')
                {
                    while (i < source.Length && source[i] == '\'') i++;
                }
                else if (c == '{' && frames.Count <= MaxOpen && At(source, i, "{{"))
                {
                    frames.Add(new Frame(FrameKind.Template));
                    i += 2;
                }
                else if (c == '}' && top.Kind == FrameKind.Template && At(source, i, "}}"))
                {
                    frames.RemoveAt(frames.Count - 1);
                    frames[frames.Count - 1].Text.Append(Template(top.Parts(), problems));
                    i += 2;
                }
                else if (c == '[' && frames.Count <= MaxOpen && At(source, i, "[["))
                {
                    frames.Add(new Frame(FrameKind.Link));
                    i += 2;
                }
                else if (c == ']' && top.Kind == FrameKind.Link && At(source, i, "]]"))
                {
                    frames.RemoveAt(frames.Count - 1);
                    frames[frames.Count - 1].Text.Append(Link(top.Parts()));
                    i += 2;
                }
                else if (c == '[' && frames.Count <= MaxOpen && (At(source, i, "[http") || At(source, i, "[//")))
                {
                    frames.Add(new Frame(FrameKind.ExternalLink));
                    i++;
                }
                else if (c == ']' && top.Kind == FrameKind.ExternalLink)
                {
                    frames.RemoveAt(frames.Count - 1);
                    var written = top.Text.ToString();
                    var space = written.IndexOf(' ');
                    frames[frames.Count - 1].Text.Append(space < 0 ? "" : written.Substring(space + 1));
                    i++;
                }
                else if (c == '|' && top.Kind is FrameKind.Template or FrameKind.Link)
                {
                    top.EndPart();
                    i++;
                }
                else if (c == '&' && TryEntity(source, i, out var decoded, out var length))
                {
                    top.Text.Append(decoded);
                    i += length;
                }
                else
                {
                    top.Text.Append(c == '\n' || c == '\r' ? ' ' : c);
                    i++;
                }
            }

            // Whatever is left open is kept as written and reported: never '{{' or '[[' residue without a word.
            while (frames.Count > 1)
            {
                var open = frames[frames.Count - 1];
                frames.RemoveAt(frames.Count - 1);
                var opening = open.Kind switch { FrameKind.Template => "{{", FrameKind.Link => "[[", _ => "[" };
                problems.Add($"'{opening}' is never closed; the text after it was kept as written");
                frames[frames.Count - 1].Text.Append(opening).Append(string.Join("|", open.Parts()));
            }

            return frames[0].Text.ToString().Trim();
        }

        /// <summary>
        /// A template's text: known text templates give their text argument, decorations give nothing; an unknown template
        /// gives its last positional argument (most text templates wrap their text last), and one without any is dropped
        /// and reported.
        /// </summary>
        private static string Template(List<string> parts, List<string> problems)
        {
            var head = parts[0].Trim();
            var colon = head.IndexOf(':');
            var name = (colon > 0 ? head.Substring(0, colon) : head).Trim().Replace('_', ' ').ToLowerInvariant();
            var positional = parts.Skip(1).Where(p => p.IndexOf('=') < 0).Select(p => p.Trim()).ToList();
            var named = parts.Skip(1).Where(p => p.IndexOf('=') > 0).Select(p => (Key: p.Substring(0, p.IndexOf('=')).Trim().ToLowerInvariant(), Value: p.Substring(p.IndexOf('=') + 1).Trim())).ToList();
            // A parser function ({{formatnum:240117}}) carries its first argument after the colon.
            if (colon > 0) positional.Insert(0, head.Substring(colon + 1).Trim());
            if (Dropped.Contains(name)) return "";
            if (name == "lang") return positional.Count > 1 ? positional[1] : "";
            if (name == "sort") return positional.Count > 1 ? positional[1] : positional.FirstOrDefault() ?? "";
            if (name == "sortname") return string.Join(" ", positional.Take(2));
            if (name == "convert" || name == "cvt") return string.Join(" ", positional.Take(2));
            if (Lists.Contains(name)) return string.Join(", ", positional.Where(p => p.Length > 0));
            if ((FirstArgument.Contains(name) || name.StartsWith("lang-", StringComparison.Ordinal)) && positional.Count > 0) return positional[0];
            if (FirstArgument.Contains(name) && TextArgument(named) is { } text) return text;
            if (positional.Count > 0) return positional[positional.Count - 1];
            problems.Add($"The template '{{{{{head}}}}}' is not one NkGen reads and has no text argument; it was dropped");
            return "";
        }

        // The first of TextArguments the template gives a value.
        private static string? TextArgument(List<(string Key, string Value)> named)
        {
            foreach (var key in TextArguments)
            {
                foreach (var (k, value) in named)
                {
                    if (k == key && value.Length > 0) return value;
                }
            }

            return null;
        }

        private static string Link(List<string> parts)
        {
            var target = parts[0].Trim().TrimStart(':');
            var colon = target.IndexOf(':');
            if (colon > 0 && parts[0].TrimStart()[0] != ':')
            {
                var space = target.Substring(0, colon).Trim().ToLowerInvariant();
                if (space is "file" or "image" or "category" or "media") return "";
            }

            return parts.Count > 1 ? parts[parts.Count - 1].Trim() : target;
        }

        private static int SkipReference(string source, int i, List<string> problems)
        {
            var tagEnd = source.IndexOf('>', i);
            if (tagEnd < 0)
            {
                problems.Add("A '<ref' tag is never closed with '>'; the text after it was dropped");
                return source.Length;
            }

            if (source[tagEnd - 1] == '/') return tagEnd + 1;
            var close = source.IndexOf("</ref", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                problems.Add("A '<ref>' is never closed with '</ref>'; the text after it was dropped as part of the reference");
                return source.Length;
            }

            var closeEnd = source.IndexOf('>', close);
            return closeEnd < 0 ? source.Length : closeEnd + 1;
        }

        /// <summary>The index after a <c>&lt;nowiki&gt;…&lt;/nowiki&gt;</c> that opens at <paramref name="i"/>, or <paramref name="i"/>.</summary>
        public static int SkipNowiki(string source, int i, int end)
        {
            if (source[i] != '<' || i + 8 > end || !At(source, i, "<nowiki>")) return i;
            // Looked for over a short stretch only, so that a line of unclosed "<nowiki>" stays linear.
            var close = source.IndexOf("</nowiki>", i + 8, Math.Min(end - i - 8, MaxNowikiLength), StringComparison.OrdinalIgnoreCase);
            return close < 0 ? i : close + 9;
        }

        /// <summary>Tags that only format their text: the tag goes, the text stays.</summary>
        private static readonly string[] FormattingTags = { "small", "big", "span", "abbr", "sup", "sub", "center", "font", "b", "i" };

        /// <summary>The index after a formatting tag (opening or closing) at <paramref name="i"/>, or <paramref name="i"/>.</summary>
        private static int FormattingTag(string source, int i)
        {
            var nameAt = i + 1 < source.Length && source[i + 1] == '/' ? i + 1 : i;
            foreach (var name in FormattingTags)
            {
                if (!IsTag(source, nameAt, name)) continue;
                // Only a tag closed on short order: "<small" followed by no '>' stays text (and no search runs far).
                var end = source.IndexOf('>', nameAt, Math.Min(MaxTagLength, source.Length - nameAt));
                if (end > 0) return end + 1;
            }

            return i;
        }

        private static bool TryEntity(string source, int i, out string decoded, out int length)
        {
            foreach (var (entity, text) in Entities)
            {
                if (At(source, i, entity))
                {
                    decoded = text;
                    length = entity.Length;
                    return true;
                }
            }

            decoded = "";
            length = 0;
            return false;
        }

        private static readonly (string Entity, string Text)[] Entities =
        {
            ("&nbsp;", " "), ("&amp;", "&"), ("&ndash;", "\u2013"), ("&mdash;", "\u2014"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
        };

        /// <summary>An HTML tag named <paramref name="name"/> opens at <paramref name="i"/> (<c>&lt;ref&gt;</c>, <c>&lt;ref name=…</c>, <c>&lt;br/&gt;</c>).</summary>
        private static bool IsTag(string source, int i, string name)
        {
            if (!At(source, i + 1, name)) return false;
            var after = i + 1 + name.Length;
            return after >= source.Length || source[after] is ' ' or '>' or '/' or '\t';
        }

        private static bool At(string source, int i, string what) =>
            i + what.Length <= source.Length && string.Compare(source, i, what, 0, what.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private enum FrameKind
        {
            Text,
            Template,
            Link,
            ExternalLink,
        }

        /// <summary>An open template or link: the parts between its pipes read so far, and the part being read.</summary>
        private sealed class Frame
        {
            private readonly List<string> _done = new();

            public Frame(FrameKind kind) => Kind = kind;

            public FrameKind Kind { get; }

            public StringBuilder Text { get; } = new();

            public void EndPart()
            {
                _done.Add(Text.ToString());
                Text.Clear();
            }

            public List<string> Parts() => new List<string>(_done) { Text.ToString() };
        }
    }
}
