using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Writes one generated row (the runtime's <c>RowText</c> layout): fields in order, empty for a missing value, the
    /// trailing empty ones left out. Written straight into one buffer: a large table has tens of thousands of rows.
    /// </summary>
    internal sealed class RowBuilder
    {
        private readonly StringBuilder _row = new(256);
        private int _fields;

        // The length of the row through its last non-empty field: what ToString keeps.
        private int _end;

        /// <summary>Empties the builder for the next row: one builder serves a whole table.</summary>
        public RowBuilder Clear()
        {
            _row.Clear();
            _fields = 0;
            _end = 0;
            return this;
        }

        public RowBuilder Text(string? value)
        {
            StartField();
            if (value is { Length: > 0 })
            {
                _row.Append(RowText.Escaped(value));
                _end = _row.Length;
            }

            return this;
        }

        public RowBuilder Number(int? value) => value is { } number ? Filled(number.ToString(CultureInfo.InvariantCulture)) : Empty();

        public RowBuilder Number(double? value) => value is { } number ? Filled(number.ToString("R", CultureInfo.InvariantCulture)) : Empty();

        /// <summary>
        /// A list field of at most one item (a date: year, month, day): its parts separated by <c>,</c> (a null part is
        /// empty, and trailing empty parts are left out).
        /// </summary>
        public RowBuilder Item((string? First, string? Second, string? Third)? item)
        {
            StartField();
            var start = _row.Length;
            if (item is { } parts) AppendItem(parts);
            if (_row.Length > start) _end = _row.Length;
            return this;
        }

        /// <summary>A list field: items separated by <c>;</c>, each of up to three parts as <see cref="Item"/> writes one.</summary>
        public RowBuilder Items<TList, T>(TList items, Func<T, (string? First, string? Second, string? Third)> parts)
            where TList : IReadOnlyList<T>
        {
            StartField();
            var start = _row.Length;
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) _row.Append(RowText.Item);
                AppendItem(parts(items[i]));
            }

            if (_row.Length > start) _end = _row.Length;
            return this;
        }

        /// <summary>A list field of one-part items.</summary>
        public RowBuilder Strings<TList>(TList items)
            where TList : IReadOnlyList<string>
        {
            StartField();
            var start = _row.Length;
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) _row.Append(RowText.Item);
                _row.Append(RowText.Escaped(items[i]));
            }

            if (_row.Length > start) _end = _row.Length;
            return this;
        }

        /// <summary>
        /// The other names field: a name that repeats the row's Chosŏn'gŭl or Hancha name, whole or without its suffix,
        /// as its marker (RowText.SameNameMarker), any other escaped.
        /// </summary>
        public RowBuilder OtherNames<TList>(TList names, string? korean, string? hancha)
            where TList : IReadOnlyList<string>
        {
            StartField();
            var start = _row.Length;
            for (var i = 0; i < names.Count; i++)
            {
                if (i > 0) _row.Append(RowText.Item);
                _row.Append(RowText.SameNameMarker(names[i], korean, hancha) ?? RowText.Escaped(names[i]));
            }

            if (_row.Length > start) _end = _row.Length;
            return this;
        }

        /// <summary>A list field of two-number items, e.g. source references (document,line).</summary>
        public RowBuilder Pairs(IReadOnlyList<(int First, int Second)> items)
        {
            StartField();
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) _row.Append(RowText.Item);
                _row.Append(items[i].First.ToString(CultureInfo.InvariantCulture)).Append(RowText.Part).Append(items[i].Second.ToString(CultureInfo.InvariantCulture));
            }

            if (items.Count > 0) _end = _row.Length;
            return this;
        }

        public override string ToString() => _row.ToString(0, _end);

        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private RowBuilder Filled(string text)
        {
            StartField();
            _row.Append(text);
            _end = _row.Length;
            return this;
        }

        private RowBuilder Empty()
        {
            StartField();
            return this;
        }

        private void StartField()
        {
            if (_fields++ > 0) _row.Append(RowText.Field);
        }

        // The first part always stays (an item is never dropped); trailing empty parts after it do not.
        private void AppendItem((string? First, string? Second, string? Third) parts)
        {
            var keep = _row.Length;
            AppendPart(parts.First, first: true, ref keep);
            AppendPart(parts.Second, first: false, ref keep);
            AppendPart(parts.Third, first: false, ref keep);
            _row.Length = keep;
        }

        private void AppendPart(string? part, bool first, ref int keep)
        {
            if (!first) _row.Append(RowText.Part);
            if (part is { Length: > 0 }) _row.Append(RowText.Escaped(part));
            if (first || part is { Length: > 0 }) keep = _row.Length;
        }
    }
}
