using System.Text;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Cell text without its markup: HTML-like tags (<c>&lt;u&gt;…&lt;/u&gt;</c>), <c>^{2}</c> superscripts, bold and
    /// link brackets; the ideographic space the seeds use as a blank becomes a space; runs of whitespace collapse.
    /// </summary>
    internal static class Markup
    {
        private static readonly Regex Tag = new(@"</?[A-Za-z][^<>]{0,40}>", RegexOptions.CultureInvariant);
        private static readonly Regex Superscript = new(@"\^\{([^{}]{0,10})\}", RegexOptions.CultureInvariant);

        public static string Plain(string text)
        {
            if (text.Length == 0) return text;
            var s = Tag.Replace(text, "");
            s = Superscript.Replace(s, "$1");
            s = s.Replace("**", "").Replace("[[", "").Replace("]]", "").Replace("__", "");
            var result = new StringBuilder(s.Length);
            var pendingSpace = false;
            foreach (var c in s)
            {
                if (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B')
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
    }
}
