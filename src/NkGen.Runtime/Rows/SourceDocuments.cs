using System.Collections.Generic;

namespace NkGen
{
    /// <summary>
    /// The documents a table's source references point into, written once per table ("title|file" per row) so that a
    /// reference in a row is two numbers: document and line.
    /// </summary>
    internal sealed class SourceDocuments
    {
        private static readonly SourceReference[] None = new SourceReference[0];

        private readonly string _text;
        private (string Title, string File)[]? _documents;

        public SourceDocuments(string text) => _text = text;

        /// <summary>The references of a row's items, each "document,line".</summary>
        public IReadOnlyList<SourceReference> References(string?[][] items)
        {
            if (items.Length == 0) return None;
            var documents = _documents ??= Read(_text);
            var references = new SourceReference[items.Length];
            for (var i = 0; i < references.Length; i++)
            {
                var (title, file) = documents[RowFields.Number(items[i], 0)!.Value];
                references[i] = new SourceReference(title, file, RowFields.Number(items[i], 1)!.Value);
            }

            return references;
        }

        private static (string, string)[] Read(string text)
        {
            var documents = new List<(string, string)>();
            for (var start = 0; start < text.Length;)
            {
                var end = text.IndexOf(RowText.Row, start);
                if (end < 0) end = text.Length;
                var line = new RowFields(text, start, end > start && text[end - 1] == '\r' ? end - 1 : end);
                documents.Add((line.Text(0) ?? "", line.Text(1) ?? ""));
                start = end + 1;
            }

            return documents.ToArray();
        }
    }
}
