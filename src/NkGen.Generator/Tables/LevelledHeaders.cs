using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// Headers that number administrative levels, as GADM (the Database of Global Administrative Areas) and the shapefiles
    /// made from it write them: <c>NAME_0</c> the country, <c>NAME_1</c> the province, <c>NAME_2</c> the county or city, each
    /// level with its <c>GID_</c>, <c>VARNAME_</c>, <c>NL_NAME_</c> (the name in the local script), <c>TYPE_</c>,
    /// <c>ENGTYPE_</c>, <c>CC_</c> and <c>HASC_</c> (older versions: <c>ID_</c>, <c>CCN_</c>, <c>CCA_</c> and a bare <c>ISO</c>,
    /// the country's code). The deepest level names the rows; they are read as the words NkGen
    /// knows: that level's <c>NAME_</c> is the name and its <c>NL_NAME_</c> another name (the Korean name or the Hancha,
    /// by its script), <c>NAME_1</c> below it the province, and in a table of the first level <c>ENGTYPE_1</c> the type
    /// (Province, Special City). The rest are codes and names of other levels, ignored.
    /// </summary>
    internal static class LevelledHeaders
    {
        private static readonly Regex Levelled = new(
            @"^\s*(?<field>NAME|NL_NAME|VARNAME|GID|TYPE|ENGTYPE|CC|CCN|CCA|HASC|ID|ISO)_(?<level>[0-9])\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly HeaderText AsName = HeaderText.Of("Name");
        private static readonly HeaderText AsProvince = HeaderText.Of("Province");
        private static readonly HeaderText AsType = HeaderText.Of("Type");

        /// <summary>The headers as read, with levelled ones read as the words they stand for; the same list when no header names a level's name.</summary>
        public static List<HeaderText> Read(IReadOnlyList<string> written, List<HeaderText> headers)
        {
            var deepest = -1;
            var parsed = new (string Field, int Level)?[written.Count];
            for (var i = 0; i < written.Count; i++)
            {
                // Most headers are words: the pattern is tried only where one ends in "_" and a digit. Older GADM tables give
                // the country's code as a bare ISO, which beside levelled names is no city's ISO code.
                var text = written[i];
                var end = text.TrimEnd();
                if (string.Equals(end.Trim(), "ISO", System.StringComparison.OrdinalIgnoreCase))
                {
                    parsed[i] = ("ISO", 0);
                    continue;
                }

                if (end.Length < 3 || end[end.Length - 2] != '_' || !char.IsDigit(end[end.Length - 1])) continue;
                var match = Levelled.Match(text);
                if (!match.Success) continue;
                var field = match.Groups["field"].Value.ToUpperInvariant();
                var level = int.Parse(match.Groups["level"].Value, CultureInfo.InvariantCulture);
                parsed[i] = (field, level);
                if (field == "NAME" && level > deepest) deepest = level;
            }

            // A table of countries alone (NAME_0) names no place NkGen keeps: left to the vocabulary, it is reported as it is.
            if (deepest < 1) return headers;
            var read = new List<HeaderText>(headers);
            for (var i = 0; i < read.Count; i++)
            {
                if (parsed[i] is not var (field, level)) continue;
                read[i] = (field, level) switch
                {
                    ("NAME", _) when level == deepest => AsName,
                    ("NL_NAME", _) when level == deepest => AsName,
                    ("NAME", 1) => AsProvince,
                    ("ENGTYPE", 1) when deepest == 1 => AsType,
                    _ => HeaderVocabulary.IgnoredColumn,
                };
            }

            return read;
        }
    }
}
