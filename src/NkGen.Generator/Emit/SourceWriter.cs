using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>Writes C# text line by line at an indentation level; the only way the emitter produces code.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
            _text.Append('\n');
            return this;
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

        /// <summary>Writes a <c>/// &lt;tag&gt;</c> block; each line must already be escaped with <see cref="XmlDoc"/>.</summary>
        public SourceWriter Doc(string tag, params string[] escapedLines)
        {
            Line("/// <" + tag + ">");
            foreach (var line in escapedLines) Line("/// " + line);
            return Line("/// </" + tag.Split(' ')[0] + ">");
        }

        /// <summary>Writes <c>head(</c>, then one named argument a line, the last closing with <c>);</c>.</summary>
        public SourceWriter NamedArguments(string head, System.Collections.Generic.IReadOnlyList<(string Name, string Value)> arguments)
        {
            Line(head + "(");
            Indent();
            for (var i = 0; i < arguments.Count; i++)
            {
                Line($"{arguments[i].Name}: {arguments[i].Value}{(i == arguments.Count - 1 ? ");" : ",")}");
            }

            return Outdent();
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
