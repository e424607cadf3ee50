using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The documents a class's rows cite, numbered in order of first use, so that a row's source reference is
    /// "document,line" and each title is written once per class.
    /// </summary>
    internal sealed class SourceDocumentList
    {
        private readonly Dictionary<(string Title, string File), int> _numbers = new();
        private readonly List<(string Title, string File)> _documents = new();

        /// <summary>The reference items of a row (<see cref="RowBuilder.Pairs"/>): document number and line per source.</summary>
        public List<(int Document, int Line)> References(IReadOnlyList<(string Document, string File, int Line)> sources)
        {
            var references = new List<(int Document, int Line)>(sources.Count);
            foreach (var (document, file, line) in sources) references.Add((Number(document, file), line));
            return references;
        }

        /// <summary>One "title|file" row per document, in number order.</summary>
        public IEnumerable<string> Rows => _documents.Select(d => new RowBuilder().Text(d.Title).Text(d.File).ToString());

        private int Number(string title, string file)
        {
            if (!_numbers.TryGetValue((title, file), out var number))
            {
                _numbers[(title, file)] = number = _documents.Count;
                _documents.Add((title, file));
            }

            return number;
        }
    }
}
