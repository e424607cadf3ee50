using System.Globalization;
using System.Text.RegularExpressions;
using NkGen.Generator.Text;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A note that dates a document's population figures to a census ("All population figures come from the 2008 North
    /// Korean census"). Figures so dated outrank undated ones when the documented precedence gets that far.
    /// </summary>
    internal static class CensusNote
    {
        private static readonly Regex Census = new(@"\b(?<year>1[89]\d\d|20\d\d)\b[^.]{0,80}\bcensus\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static int? Find(DataDocument document)
        {
            foreach (var note in document.Notes)
            {
                var text = note.Text.Text;
                if (text.IndexOf("population", System.StringComparison.OrdinalIgnoreCase) < 0) continue;
                var match = Census.Match(text);
                if (match.Success) return int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            }

            return null;
        }
    }
}
