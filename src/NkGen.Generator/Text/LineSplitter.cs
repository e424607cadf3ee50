using System.Collections.Generic;

namespace NkGen.Generator.Text
{
    /// <summary>Splits a file into lines on LF, CRLF or CR, so that line numbers and offsets match what editors show.</summary>
    internal static class LineSplitter
    {
        public static List<SourceLine> Split(string file, string text)
        {
            var lines = new List<SourceLine>();
            var start = 0;
            var number = 1;
            for (var i = 0; i < text.Length; i++)
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
