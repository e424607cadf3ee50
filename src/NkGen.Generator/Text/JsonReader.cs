using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NkGen.Generator.Common;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// JSON as data exports write it: an array of objects is one table, whose header is the union of the objects' keys
    /// in first-seen order; an object whose properties hold such arrays (<c>{"cities": [...]}</c>) gives one table per
    /// array, its section the property's name (its other properties are ignored). GeoJSON is such an object: a feature
    /// (an object with a <c>properties</c> object) is the row of its properties, its geometry not read. So are SPARQL query
    /// results (what the Wikidata Query Service downloads as JSON): the <c>head</c> is skipped, the <c>results</c> object's
    /// <c>bindings</c> are the rows, and a term (<c>{"type": "literal", "value": "Kilju"}</c>), like any object with a
    /// scalar <c>value</c>, is the cell of its value. A string is read unescaped, a number as
    /// written, <c>true</c>/<c>false</c> as those words, <c>null</c> and a missing key as an empty cell. Any other nested
    /// object, or an array, as a value is reported and its cell left empty. Nesting deeper than <see cref="MaxDepth"/>, or text that
    /// is not JSON, stops the reading there with a located problem; the rows read before it are kept.
    /// </summary>
    internal sealed class JsonReader
    {
        /// <summary>How deep a skipped value may nest; past it the file is not read on (no reader recursion anyway).</summary>
        public const int MaxDepth = 256;

        private readonly JsonTokenizer _tokens;
        private readonly LineIndex _index;
        private readonly DocumentParts _parts;
        private TableBuilder? _table;

        private JsonReader(string text, LineIndex index, DocumentParts parts, CancellationToken cancellationToken)
        {
            _tokens = new JsonTokenizer(text, cancellationToken);
            _index = index;
            _parts = parts;
        }

        public static void Read(string text, DocumentParts parts, CancellationToken cancellationToken) =>
            new JsonReader(text, new LineIndex(parts.File, text), parts, cancellationToken).ReadDocument();

        private void ReadDocument()
        {
            try
            {
                var first = _tokens.Next();
                if (first.Kind == JsonTokenKind.BeginArray) ReadTable(first, null);
                else if (first.Kind == JsonTokenKind.BeginObject) ReadTables(topLevel: true);
                else if (first.Kind != JsonTokenKind.End) Stop(first, "A JSON data file must be an array of objects, or an object whose properties hold such arrays");
                var after = _tokens.Next();
                if (after.Kind != JsonTokenKind.End) Stop(after, "The JSON value ended before this");
            }
            catch (StopReading)
            {
                _table?.AddTo(_parts);
            }
        }

        private void ReadTables(bool topLevel)
        {
            while (true)
            {
                var key = _tokens.Next();
                if (key.Kind == JsonTokenKind.EndObject) return;
                if (key.Kind != JsonTokenKind.String) Stop(key, "A property name in double quotes was expected");
                Expect(JsonTokenKind.Colon, "':' after the property name");
                var value = _tokens.Next();
                // A GeoJSON collection's coordinate system and bounding box (an array of numbers) describe its features, not rows;
                // a SPARQL result's head names its variables, which every binding names again.
                var describesFeatures = key.Text is "crs" or "bbox" || (topLevel && key.Text == "head" && value.Kind == JsonTokenKind.BeginObject);
                if (value.Kind == JsonTokenKind.BeginArray && !describesFeatures)
                {
                    ReadTable(value, key.Text);
                }
                else if (topLevel && key.Text == "results" && value.Kind == JsonTokenKind.BeginObject)
                {
                    // A SPARQL result's bindings, one level down.
                    ReadTables(topLevel: false);
                }
                else
                {
                    if (value.Kind == JsonTokenKind.BeginObject && !describesFeatures)
                    {
                        _parts.Malformed(_index.Span(key.Start, key.Length), $"The property '{key.Text}' holds an object, not an array of rows; it was not read");
                    }

                    Skip(value);
                }

                var next = _tokens.Next();
                if (next.Kind == JsonTokenKind.EndObject) return;
                if (next.Kind != JsonTokenKind.Comma) Stop(next, "',' or '}' was expected after the property");
            }
        }

        private void ReadTable(JsonToken open, string? section)
        {
            _table = new TableBuilder(_index.LineSpanAt(open.Start), section);
            var element = _tokens.Next();
            if (element.Kind != JsonTokenKind.EndArray)
            {
                while (true)
                {
                    if (element.Kind == JsonTokenKind.BeginObject)
                    {
                        ReadRow(element);
                    }
                    else
                    {
                        _parts.Malformed(_index.Span(element.Start, element.Length), "This element of the array is not an object (a row); it was not read");
                        Skip(element);
                    }

                    var next = _tokens.Next();
                    if (next.Kind == JsonTokenKind.EndArray) break;
                    if (next.Kind != JsonTokenKind.Comma) Stop(next, "',' or ']' was expected after the row");
                    element = _tokens.Next();
                }
            }

            _table.AddTo(_parts);
            _table = null;
        }

        private void ReadRow(JsonToken open)
        {
            var row = _table!.StartRow(_index.LineSpanAt(open.Start), _index.Span(open.Start, 0));
            var (members, properties) = (new List<Member>(), new List<Member>());
            var isFeature = false;
            try
            {
                ReadMembers(members, properties, ref isFeature);
            }
            finally
            {
                // Also when the JSON stops inside the row: what was read of it is kept.
                // A GeoJSON feature is a row of its properties: its type ("Feature"), geometry and bounding box are not cells.
                foreach (var member in isFeature ? properties.Concat(members.Where(m => !IsFeatureMember(m.Key.Text))) : members) AddCell(row, member);
            }
        }

        private void AddCell(Dictionary<int, TextCell> row, Member member)
        {
            if (member.Nested is { } kind)
            {
                _parts.Malformed(_index.Span(member.Value.Start, 1), $"The value of '{member.Key.Text}' is a nested {kind}, not text or a number; the cell was left empty");
            }

            var column = _table!.Column(member.Key.Text, _index.Cell(member.Key.Text, member.Key.Start + 1, member.Key.Length - 2));
            if (row.ContainsKey(column)) _parts.Malformed(_index.Span(member.Key.Start, member.Key.Length), $"The key '{member.Key.Text}' appears twice in this object; the later value was used");
            row[column] = member.Cell;
        }

        private static bool IsFeatureMember(string key) => key is "type" or "geometry" or "bbox" or "properties";

        /// <summary>
        /// Reads the members of the object whose '{' was just read, up to its '}', into <paramref name="members"/>. Given
        /// <paramref name="properties"/>, a "properties" member holding an object (a GeoJSON feature's) is read into it
        /// instead, and <paramref name="isFeature"/> set as soon as it begins (so that a row the JSON stops inside keeps it).
        /// </summary>
        private void ReadMembers(List<Member> members, List<Member>? properties, ref bool isFeature)
        {
            var key = _tokens.Next();
            if (key.Kind == JsonTokenKind.EndObject) return;
            while (true)
            {
                if (key.Kind != JsonTokenKind.String) Stop(key, "A property name in double quotes was expected");
                Expect(JsonTokenKind.Colon, "':' after the property name");
                var value = _tokens.Next();
                if (properties is not null && !isFeature && key.Text == "properties" && value.Kind == JsonTokenKind.BeginObject)
                {
                    isFeature = true;
                    var nestedFeature = false;
                    ReadMembers(properties, null, ref nestedFeature);
                }
                else if (value.IsScalar)
                {
                    members.Add(new Member(key, value, CellOf(value), null));
                }
                else if (value.Kind == JsonTokenKind.BeginObject && ValueOfTerm() is { } term)
                {
                    members.Add(new Member(key, term, CellOf(term), null));
                }
                else
                {
                    // Reported once the row is known: a feature's geometry is no cell and no problem.
                    var nested = value.Kind switch { JsonTokenKind.BeginObject => "object", JsonTokenKind.BeginArray => "array", _ => null };
                    if (value.Kind != JsonTokenKind.BeginObject) Skip(value);
                    members.Add(new Member(key, value, _index.Cell("", value.Start, 0), nested));
                }

                var next = _tokens.Next();
                if (next.Kind == JsonTokenKind.EndObject) return;
                if (next.Kind != JsonTokenKind.Comma) Stop(next, "',' or '}' was expected after the value");
                key = _tokens.Next();
            }
        }

        // A string's span is its text inside the quotes; a number's or a word's is the token.
        private TextCell CellOf(JsonToken value) => value.Kind == JsonTokenKind.String
            ? _index.Cell(value.Text, value.Start + 1, value.Length - 2)
            : _index.Cell(value.Text, value.Start, value.Length);

        /// <summary>
        /// Reads the object whose '{' was just read, to its '}': its scalar <c>value</c> member when it has one (a SPARQL
        /// term, <c>{"type": "literal", "xml:lang": "en", "value": "Kilju"}</c>), else null. Its other members are passed over.
        /// </summary>
        private JsonToken? ValueOfTerm()
        {
            JsonToken? found = null;
            var key = _tokens.Next();
            if (key.Kind == JsonTokenKind.EndObject) return null;
            while (true)
            {
                if (key.Kind != JsonTokenKind.String) Stop(key, "A property name in double quotes was expected");
                Expect(JsonTokenKind.Colon, "':' after the property name");
                var value = _tokens.Next();
                if (key.Text == "value" && value.IsScalar) found = value;
                else Skip(value);
                var next = _tokens.Next();
                if (next.Kind == JsonTokenKind.EndObject) return found;
                if (next.Kind != JsonTokenKind.Comma) Stop(next, "',' or '}' was expected after the value");
                key = _tokens.Next();
            }
        }

        /// <summary>One member of a row object: its key, its value's token, the cell it gives, and what it nests, if it does.</summary>
        private readonly record struct Member(JsonToken Key, JsonToken Value, TextCell Cell, string? Nested);

        /// <summary>Passes over one value, however deep, with a stack of the brackets still open instead of recursion.</summary>
        private void Skip(JsonToken first)
        {
            if (first.IsScalar) return;
            if (first.Kind is not (JsonTokenKind.BeginObject or JsonTokenKind.BeginArray)) Stop(first, "A JSON value was expected");
            var open = new Stack<JsonTokenKind>();
            open.Push(first.Kind);
            while (open.Count > 0)
            {
                var t = _tokens.Next();
                switch (t.Kind)
                {
                    case JsonTokenKind.BeginObject:
                    case JsonTokenKind.BeginArray:
                        if (open.Count >= MaxDepth) Stop(t, $"The JSON nests more than {MaxDepth} levels deep here");
                        open.Push(t.Kind);
                        break;
                    case JsonTokenKind.EndObject:
                    case JsonTokenKind.EndArray:
                        var expected = open.Pop() == JsonTokenKind.BeginObject ? JsonTokenKind.EndObject : JsonTokenKind.EndArray;
                        if (t.Kind != expected) Stop(t, $"'{(expected == JsonTokenKind.EndObject ? '}' : ']')}' was expected here");
                        break;
                    case JsonTokenKind.End:
                    case JsonTokenKind.Invalid:
                        Stop(t, "A value was expected");
                        break;
                }
            }
        }

        private void Expect(JsonTokenKind kind, string what)
        {
            var t = _tokens.Next();
            if (t.Kind != kind) Stop(t, what + " was expected");
        }

        private void Stop(JsonToken at, string message)
        {
            var detail = at.Kind switch
            {
                JsonTokenKind.Invalid => $"{message}, but {at.Text}",
                JsonTokenKind.End => $"{message}, but the file ends",
                _ => message,
            };
            var span = _index.Span(at.Start, Math.Max(1, at.Length));
            _parts.Malformed(span, $"{detail}; the JSON was not read past line {span.Line}");
            throw new StopReading();
        }

        /// <summary>Ends the reading at a problem already reported; only ever caught in <see cref="ReadDocument"/>.</summary>
        private sealed class StopReading : Exception
        {
        }

        /// <summary>One table being read: columns in first-seen order, and each row's cells by column.</summary>
        private sealed class TableBuilder
        {
            private readonly SourceSpan _span;
            private readonly string? _section;
            private readonly List<TextCell> _header = new();
            private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
            private readonly List<(SourceSpan Line, SourceSpan Empty, Dictionary<int, TextCell> Cells)> _rows = new();

            public TableBuilder(SourceSpan span, string? section)
            {
                _span = span;
                _section = section;
            }

            public Dictionary<int, TextCell> StartRow(SourceSpan line, SourceSpan empty)
            {
                var cells = new Dictionary<int, TextCell>();
                _rows.Add((line, empty, cells));
                return cells;
            }

            public int Column(string key, TextCell written)
            {
                if (_columns.TryGetValue(key, out var column)) return column;
                _columns[key] = _header.Count;
                _header.Add(written);
                return _header.Count - 1;
            }

            public void AddTo(DocumentParts parts)
            {
                if (_header.Count == 0) return;
                var rows = new List<TextRow>(_rows.Count);
                foreach (var (line, empty, cells) in _rows)
                {
                    var row = new TextCell[_header.Count];
                    for (var c = 0; c < row.Length; c++) row[c] = cells.TryGetValue(c, out var cell) ? cell : new TextCell("", empty);
                    rows.Add(new TextRow(row.ToEquatableArray(), line));
                }

                var header = new TextRow(_header.ToEquatableArray(), _rows.Count > 0 ? _rows[0].Line : _span);
                parts.Tables.Add(new TextTable(new[] { header }.ToEquatableArray(), rows.ToEquatableArray(), _span, _section));
            }
        }
    }
}
