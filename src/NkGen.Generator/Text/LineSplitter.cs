using System.Collections.Generic;

namespace NkGen.Generator.Text
{
    /// <summary>Splits a file into lines on LF, CRLF or CR, so that line numbers and offsets match what editors show.</summary>
    internal static class LineSplitter
    {
        public static List<SourceLine> Split(string file, string text)
        {
            var lines = new List<SourceLine>();
            // A byte order mark that reached us as text is no part of the first line: left in, it would hide "---",
            // "= Title =" or a leading "|" from the readers. Offsets still count it, so spans index the text as given.
            var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            var number = 1;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\n' && c != '\r') continue;
                lines.Add(new SourceLine(file, number++, start, text.Substring(start, i - start)));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }

            if (start < text.Length) lines.Add(new SourceLine(file, number, start, text.Substring(start)));
            return lines;
        }
    }
}
