using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>Writes C# text line by line at an indentation level; the only way the emitter produces code.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text;
        private int _indent;

        public SourceWriter()
            : this(16)
        {
        }

        /// <summary>
        /// A writer whose buffer holds <paramref name="capacity"/> characters from the start: a large class's text then
        /// grows in one array instead of thousands of small blocks that each survive collections until the file is done.
        /// </summary>
        public SourceWriter(int capacity)
        {
            _text = new StringBuilder(capacity);
        }

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0) StartLine().Append(line);
            return EndLine();
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            Outdent();
            return Line("}" + suffix);
        }

        public SourceWriter Indent()
        {
            _indent++;
            return this;
        }

        /// <summary>One level less; below zero is an emitter bug (an unbalanced Close), caught rather than written.</summary>
        public SourceWriter Outdent()
        {
            if (_indent == 0) throw new System.InvalidOperationException("SourceWriter: Outdent or Close without a matching Open or Indent");
            _indent--;
            return this;
        }

        /// <summary>Writes a <c>/// &lt;tag&gt;</c> block; each line must already be escaped with <see cref="TextEscaping.Doc"/>.</summary>
        public SourceWriter Doc(string tag, params string[] escapedLines)
        {
            DocLine().Append('<').Append(tag).Append('>').EndLine();
            foreach (var line in escapedLines) DocLine().Append(line).EndLine();
            var name = tag.IndexOf(' ');
            return DocLine().Append("</").Append(name < 0 ? tag : tag.Substring(0, name)).Append('>').EndLine();
        }

        /// <summary>Starts a doc line (<c>/// </c>); its text follows with the Append methods, and <see cref="EndLine"/> ends it.</summary>
        public SourceWriter DocLine() => StartLine().Append("/// ");

        /// <summary>Starts a code line at the indentation; <see cref="EndLine"/> ends it.</summary>
        public SourceWriter StartLine()
        {
            _text.Append(' ', _indent * 4);
            return this;
        }

        /// <summary>Text that is already C# or escaped doc text.</summary>
        public SourceWriter Append(string text)
        {
            _text.Append(text);
            return this;
        }

        public SourceWriter Append(char c)
        {
            _text.Append(c);
            return this;
        }

        public SourceWriter Append(int number)
        {
            _text.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return this;
        }

        /// <summary>Data text for a doc comment, escaped (<see cref="TextEscaping.Doc"/>).</summary>
        public SourceWriter AppendDoc(string? text)
        {
            TextEscaping.AppendDoc(_text, text);
            return this;
        }

        /// <summary>Data text inside a regular string literal whose quotes the caller writes (<see cref="TextEscaping.Literal"/>).</summary>
        public SourceWriter AppendLiteralContent(string text)
        {
            TextEscaping.AppendLiteralContent(_text, text);
            return this;
        }

        public SourceWriter EndLine()
        {
            _text.Append('\n');
            return this;
        }

        /// <summary>
        /// Writes <paramref name="before"/>, a verbatim string literal of <paramref name="lines"/> (one a source line, not
        /// indented, as indentation would become part of the string), then <paramref name="after"/>.
        /// </summary>
        public SourceWriter Verbatim(string before, System.Collections.Generic.IReadOnlyList<string> lines, string after)
        {
            StartLine().Append(before).Append("@\"");
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) _text.Append('\n');
                _text.Append(lines[i].Replace("\"", "\"\""));
            }

            _text.Append('"').Append(after).Append('\n');
            return this;
        }

        /// <summary>The finished file: every Open and Indent must have been closed, or the code would be unbalanced.</summary>
        public string Complete()
        {
            if (_indent != 0) throw new System.InvalidOperationException($"SourceWriter: the file ends {_indent} level(s) deep; an Open or Indent was not closed");
            return _text.ToString();
        }

        /// <summary>The text so far, for debugging; <see cref="Complete"/> is how files are finished.</summary>
        public override string ToString() => _text.ToString();
    }
}
