using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Cell text without its markup: inline HTML formatting tags (<c>&lt;u&gt;…&lt;/u&gt;</c>, <c>&lt;br/&gt;</c>), <c>^{2}</c> superscripts, bold and
    /// link brackets, a cell-wide Markdown code span; the ideographic space the seeds use as a blank becomes a space; runs of whitespace collapse.
    /// </summary>
    internal static class Markup
    {
        // Only the inline formatting tags tables use: any other angle-bracket text ("</summary>", "<Pyongyang>") is data,
        // kept to the letter.
        private static readonly Regex Tag = new(
            @"</?(?:u|b|i|s|em|strong|small|big|sup|sub|span|br|abbr|ins|del|mark|nowiki|code|font|center)\b[^<>]{0,40}>",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>Most at which <see cref="Cache"/> is emptied.</summary>
        private const int CacheSize = 4096;

        /// <summary>Longest cell kept in <see cref="Cache"/>: the repeated cells are short, and a hostile file's long ones must not stay alive.</summary>
        private const int CachedLength = 256;

        // Cells with markup repeat ("1987-<u>　</u>-<u>　</u>" in thousands of rows; the date and population readers ask
        // for the same cell again), and a regex replacement costs far more than a lookup. One per thread: generators run
        // in parallel.
        [ThreadStatic]
        private static Dictionary<string, string>? Cache;

        private static readonly Regex Superscript = new(@"\^\{([^{}]{0,10})\}", RegexOptions.CultureInvariant);

        public static string Plain(string text)
        {
            if (text.Length == 0) return text;
            // Almost no cell has markup: the regexes run only where a tag or superscript could be.
            var hasTag = text.IndexOf('<') >= 0;
            var hasSuperscript = text.IndexOf("^{", StringComparison.Ordinal) >= 0;
            if (!hasTag && !hasSuperscript) return Collapse(Unwrapped(text));
            var cache = Cache ??= new Dictionary<string, string>(StringComparer.Ordinal);
            if (cache.TryGetValue(text, out var plain)) return plain;
            var s = hasTag ? Tag.Replace(text, "") : text;
            s = s.IndexOf("^{", StringComparison.Ordinal) >= 0 ? Superscript.Replace(s, "$1") : s;
            plain = Collapse(Unwrapped(s));
            if (text.Length > CachedLength) return plain;
            if (cache.Count >= CacheSize) cache.Clear();
            cache[text] = plain;
            return plain;
        }

        private static readonly char[] WrapperCharacters = { '*', '[', ']', '_' };

        // Asked of every cell several times: one search for the four characters, instead of four, where none is. A cell that
        // is one Markdown code span (`Kanggye`, ``Kanggye``) is its text; a backtick inside a name is the name's own.
        private static string Unwrapped(string s)
        {
            var unwrapped = s.IndexOfAny(WrapperCharacters) < 0 ? s : s.Replace("**", "").Replace("[[", "").Replace("]]", "").Replace("__", "");
            return unwrapped.Length >= 2 && unwrapped[0] == '`' && unwrapped[unwrapped.Length - 1] == '`' ? unwrapped.Trim('`') : unwrapped;
        }

        private static string Collapse(string s)
        {
            if (IsCollapsed(s)) return s;
            var result = new StringBuilder(s.Length);
            var pendingSpace = false;
            foreach (var c in s)
            {
                if (Common.Blank.Is(c))
                {
                    pendingSpace = result.Length > 0;
                    continue;
                }

                if (pendingSpace) result.Append(' ');
                pendingSpace = false;
                result.Append(c);
            }

            return result.ToString();
        }

        /// <summary>Text the loop above would copy unchanged (most cells): no blank at either end, no blank but single spaces.</summary>
        private static bool IsCollapsed(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!Common.Blank.Is(s[i])) continue;
                if (s[i] != ' ' || i == 0 || i == s.Length - 1 || Common.Blank.Is(s[i + 1])) return false;
            }

            return true;
        }
    }
}
