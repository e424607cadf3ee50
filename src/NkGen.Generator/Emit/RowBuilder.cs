using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Writes one generated row (the runtime's <c>RowText</c> layout): fields in order, empty for a missing value, the
    /// trailing empty ones left out.
    /// </summary>
    internal sealed class RowBuilder
    {
        private readonly List<string> _fields = new();

        public RowBuilder Text(string? value)
        {
            _fields.Add(value is null ? "" : RowText.Escaped(value));
            return this;
        }

        public RowBuilder Number(int? value)
        {
            _fields.Add(value?.ToString(CultureInfo.InvariantCulture) ?? "");
            return this;
        }

        public RowBuilder Number(double? value)
        {
            _fields.Add(value?.ToString("R", CultureInfo.InvariantCulture) ?? "");
            return this;
        }

        /// <summary>
        /// A list field: items separated by <c>;</c>, each of parts separated by <c>,</c> (a null part is empty, and
        /// trailing empty parts are left out).
        /// </summary>
        public RowBuilder Items(IEnumerable<IEnumerable<string?>> items)
        {
            _fields.Add(string.Join(RowText.Item.ToString(), items.Select(Item)));
            return this;
        }

        public RowBuilder Strings(IEnumerable<string> items) => Items(items.Select(i => new[] { i }));

        public override string ToString()
        {
            var count = _fields.Count;
            while (count > 0 && _fields[count - 1].Length == 0) count--;
            var row = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                if (i > 0) row.Append(RowText.Field);
                row.Append(_fields[i]);
            }

            return row.ToString();
        }

        private static string Item(IEnumerable<string?> parts)
        {
            var texts = parts.Select(p => p is null ? "" : RowText.Escaped(p)).ToList();
            while (texts.Count > 1 && texts[texts.Count - 1].Length == 0) texts.RemoveAt(texts.Count - 1);
            return string.Join(RowText.Part.ToString(), texts);
        }

        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
