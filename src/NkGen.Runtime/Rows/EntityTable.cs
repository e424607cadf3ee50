using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;

namespace NkGen
{
    /// <summary>
    /// The entities of a generated class, kept as compact text rows and built one at a time, on first use: touching
    /// <c>Cities.Hamhung</c> builds Hamhung and nothing else. Generated code creates the tables; use the generated
    /// members, <c>All</c> and <c>TryGet</c> instead.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class EntityTable<T>
        where T : class
    {
        private readonly Func<int, string> _chunk;
        private readonly string?[] _chunks;
        private readonly int[]?[] _rowStarts;
        private NameKeys? _names;
        private EntityList<T>? _all;

        private protected EntityTable(int format, int count, Func<int, string> chunk)
        {
            if (format != RowText.Format)
            {
                throw new NotSupportedException($"This table was generated for row format {format}; this NkGen runtime reads format {RowText.Format}. Reference the NkGen package the code was generated with.");
            }

            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            _chunk = chunk ?? throw new ArgumentNullException(nameof(chunk));
            var chunks = (count + RowText.RowsPerChunk - 1) / RowText.RowsPerChunk;
            _chunks = new string?[chunks];
            _rowStarts = new int[]?[chunks];
            Entities = new T?[count];
        }

        /// <summary>Every entity, in the generated order; an entity is built when it is first read.</summary>
        public EntityList<T> All => _all ?? LoadAll();

        /// <summary>The entity of row <paramref name="row"/>, built on first use; the same instance every time.</summary>
        public T this[int row] => Entities[row] ?? Load(row);

        /// <summary>The built entities by row; null until a row is first used. Shared with <see cref="All"/>.</summary>
        internal T?[] Entities { get; }

        /// <summary>Finds an entity by any of its names (see <see cref="NameIndex{T}"/> for the matching rules).</summary>
        public bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? entity)
        {
            var row = (_names ?? LoadNames()).Find(name);
            entity = row < 0 ? null : this[row];
            return row >= 0;
        }

        /// <summary>Builds the entity of one row; called at most once per row that wins the race.</summary>
        private protected abstract T Build(int row, RowFields fields);

        /// <summary>
        /// The names of <paramref name="rows"/> (all rows when null) with the row each finds, in the order that decides which
        /// entity keeps a name two entities share: every name first, then Chosŏn'gŭl and Hancha names, then the other
        /// spellings, then member names — the order of the generator's LookupNameList.Of, which it writes into <c>[LookupNameTable]</c>.
        /// </summary>
        internal NameKeys BuildNames(IReadOnlyList<int>? rows)
        {
            var count = rows?.Count ?? Entities.Length;
            var names = new List<KeyValuePair<string, int>>(count);
            var korean = new List<KeyValuePair<string, int>>(count);
            var others = new List<KeyValuePair<string, int>>(count * 2);
            var members = new List<KeyValuePair<string, int>>(count);
            for (var i = 0; i < count; i++)
            {
                var row = rows is null ? i : rows[i];
                var fields = Fields(row);
                var name = fields.Text(RowFields.Name) ?? "";
                names.Add(new KeyValuePair<string, int>(name, row));
                var hangul = fields.Text(RowFields.KoreanName);
                var hancha = fields.Text(RowFields.Hancha);
                if (hangul is not null) korean.Add(new KeyValuePair<string, int>(hangul, row));
                if (hancha is not null) korean.Add(new KeyValuePair<string, int>(hancha, row));
                foreach (var other in fields.OtherSpellings(hangul, hancha)) others.Add(new KeyValuePair<string, int>(other, row));
                // The member name is written only when it is not the name under the fold.
                members.Add(new KeyValuePair<string, int>(fields.Text(RowFields.Member) ?? name, row));
            }

            names.AddRange(korean);
            names.AddRange(others);
            names.AddRange(members);
            return new NameKeys(names);
        }

        internal T Load(int row)
        {
            var entity = Build(row, Fields(row));
            return Interlocked.CompareExchange(ref Entities[row], entity, null) ?? entity;
        }

        // Made when first asked for: a member's first read need not load the list's type (racing readers share one list).
        private EntityList<T> LoadAll()
        {
            var all = new EntityList<T>(this);
            return Interlocked.CompareExchange(ref _all, all, null) ?? all;
        }

        private NameKeys LoadNames()
        {
            var names = BuildNames(null);
            return Interlocked.CompareExchange(ref _names, names, null) ?? names;
        }

        /// <summary>The fields of row <paramref name="row"/>; its chunk is read once and kept.</summary>
        private protected RowFields Fields(int row)
        {
            if ((uint)row >= (uint)Entities.Length) throw new ArgumentOutOfRangeException(nameof(row));
            var chunk = row / RowText.RowsPerChunk;
            var text = _chunks[chunk] ??= _chunk(chunk);
            var starts = _rowStarts[chunk] ??= RowStarts(text);
            var inChunk = row % RowText.RowsPerChunk;
            if (inChunk >= starts.Length) throw new InvalidOperationException($"Generated row {row} is missing from its chunk.");
            var start = starts[inChunk];
            var end = inChunk + 1 < starts.Length ? starts[inChunk + 1] - 1 : text.Length;
            // A chunk's final line break ends its last row; a line break converted to CRLF on its way leaves a raw \r
            // (values escape theirs).
            if (end > start && text[end - 1] == RowText.Row) end--;
            if (end > start && text[end - 1] == '\r') end--;
            return new RowFields(text, start, end);
        }

        // Lines are found with IndexOf (a raw line break only ends a row: values escape theirs), counted first to fill an array.
        private static int[] RowStarts(string chunk)
        {
            var count = 1;
            for (var at = chunk.IndexOf(RowText.Row); at >= 0; at = chunk.IndexOf(RowText.Row, at + 1)) count++;
            // A final line break ends the last row; it does not start another.
            if (chunk.Length > 0 && chunk[chunk.Length - 1] == RowText.Row) count--;
            var starts = new int[count];
            for (int i = 1, at = chunk.IndexOf(RowText.Row); i < count; at = chunk.IndexOf(RowText.Row, at + 1)) starts[i++] = at + 1;
            return starts;
        }
    }
}
