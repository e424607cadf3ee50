using System.Globalization;

namespace NkGen
{
    /// <summary>
    /// One generated row split into its fields (see <see cref="RowText"/>). The first five fields are the same for every
    /// kind of entity — they hold the names the entity is found by —, the rest are the kind's own.
    /// </summary>
    internal readonly struct RowFields
    {
        public const int Member = 0;
        public const int Name = 1;
        public const int KoreanName = 2;
        public const int Hancha = 3;
        public const int OtherNames = 4;

        private static readonly string[] NoStrings = new string[0];
        private static readonly string?[][] NoItems = new string?[0][];

        private readonly string _text;

        // Start of each field; the field ends where the next starts, less its separator.
        private readonly int[] _starts;
        private readonly int _end;

        public RowFields(string text, int start, int end)
        {
            _text = text;
            _end = end;
            _starts = new int[RowText.Count(text, RowText.Field, start, end)];
            _starts[0] = start;
            for (int i = 1, at = RowText.NextSeparator(text, RowText.Field, start, end); at < end; at = RowText.NextSeparator(text, RowText.Field, at + 1, end))
            {
                _starts[i++] = at + 1;
            }
        }

        /// <summary>The field's text, or <see langword="null"/> when it is empty or absent (trailing empty fields are not written).</summary>
        public string? Text(int field)
        {
            var (start, end) = Range(field);
            return start == end ? null : RowText.Unescaped(_text, start, end);
        }

        public int? Int(int field)
        {
            var (start, end) = Range(field);
            return start == end ? null : ParseInt(_text, start, end);
        }

        public double? Double(int field) => Text(field) is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

        /// <summary>The field's items (separated by <c>;</c>), each split into its parts (separated by <c>,</c>; empty parts are null).</summary>
        public string?[][] Items(int field)
        {
            var (start, end) = Range(field);
            if (start == end) return NoItems;
            var items = new string?[RowText.Count(_text, RowText.Item, start, end)][];
            for (int i = 0, item = start; i < items.Length; i++)
            {
                var itemEnd = RowText.NextSeparator(_text, RowText.Item, item, end);
                var parts = items[i] = new string?[RowText.Count(_text, RowText.Part, item, itemEnd)];
                for (int j = 0, part = item; j < parts.Length; j++)
                {
                    var partEnd = RowText.NextSeparator(_text, RowText.Part, part, itemEnd);
                    parts[j] = part == partEnd ? null : RowText.Unescaped(_text, part, partEnd);
                    part = partEnd + 1;
                }

                item = itemEnd + 1;
            }

            return items;
        }

        /// <summary>The field's items as strings (each item one part).</summary>
        public string[] Strings(int field)
        {
            var (start, end) = Range(field);
            return start == end ? NoStrings : RowText.Items(_text, start, end);
        }

        /// <summary>
        /// The other names, each marker read as the name it stands for (<see cref="RowText.SameNameMarker"/>).
        /// <paramref name="korean"/> and <paramref name="hancha"/> are the row's own, as <see cref="Text"/> reads them:
        /// callers that index a row's names have read them already.
        /// </summary>
        public string[] OtherSpellings(string? korean, string? hancha)
        {
            var (start, end) = Range(OtherNames);
            if (start == end) return NoStrings;
            var names = new string[RowText.Count(_text, RowText.Item, start, end)];
            for (int i = 0, item = start; i < names.Length; i++)
            {
                var itemEnd = RowText.NextSeparator(_text, RowText.Item, item, end);
                names[i] = RowText.Name(_text, item, itemEnd, korean, hancha);
                item = itemEnd + 1;
            }

            return names;
        }

        /// <summary>The other names, with the row's own Chosŏn'gŭl and Hancha names read for their markers.</summary>
        public string[] OtherSpellings() => OtherSpellings(Text(KoreanName), Text(Hancha));

        /// <summary>Part <paramref name="part"/> of an item as a number, or null when it is empty or absent.</summary>
        public static int? Number(string?[] parts, int part) =>
            part < parts.Length && parts[part] is { } text ? ParseInt(text, 0, text.Length) : null;

        private (int Start, int End) Range(int field)
        {
            if (field >= _starts.Length) return (_end, _end);
            var start = _starts[field];
            var end = field + 1 < _starts.Length ? _starts[field + 1] - 1 : _end;
            return (start, end);
        }

        private static int ParseInt(string text, int start, int end)
        {
            var negative = text[start] == '-';
            var value = 0;
            for (var i = negative ? start + 1 : start; i < end; i++)
            {
                var digit = text[i] - '0';
                if ((uint)digit > 9) throw new System.FormatException("Not a number in a generated row: " + text.Substring(start, end - start));
                value = checked(value * 10 + digit);
            }

            return negative ? -value : value;
        }
    }
}
