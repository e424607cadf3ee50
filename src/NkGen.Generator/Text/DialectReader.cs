using System.Collections.Generic;
using System.Threading;

namespace NkGen.Generator.Text
{
    /// <summary>
    /// The line loop both dialects share: pipe tables, <c>- Key: value</c> bullets and note bullets. A dialect reader
    /// adds its own constructs by overriding <see cref="TryRead"/>; anything else is prose and is skipped.
    /// </summary>
    internal abstract class DialectReader
    {
        private const int CancellationCheckInterval = 256;

        protected DialectReader(IReadOnlyList<SourceLine> lines, DocumentParts parts)
        {
            Lines = lines;
            Parts = parts;
        }

        protected IReadOnlyList<SourceLine> Lines { get; }

        protected DocumentParts Parts { get; }

        public void ReadAll(CancellationToken cancellationToken)
        {
            var i = 0;
            while (i < Lines.Count)
            {
                if (i % CancellationCheckInterval == 0) cancellationToken.ThrowIfCancellationRequested();
                var next = TryRead(i);
                if (next < 0) next = ReadShared(i);
                i = next > i ? next : i + 1;
            }

            Finish();
        }

        /// <summary>Reads a dialect construct starting at line <paramref name="index"/>; returns the next line to read, or -1.</summary>
        protected abstract int TryRead(int index);

        /// <summary>Reports constructs left open at the end of the file.</summary>
        protected virtual void Finish()
        {
        }

        /// <summary>Reads consecutive pipe lines from <paramref name="index"/> as one table; returns the line after it.</summary>
        protected int ReadTable(int index, int end)
        {
            var i = index;
            while (i < end && PipeRow.IsPipeRow(Lines[i])) i++;
            if (i > index) Parts.Tables.Add(PipeTableReader.Read(Lines, index, i, Parts.Section));
            return i;
        }

        private int ReadShared(int index)
        {
            var line = Lines[index];
            if (PipeRow.IsPipeRow(line)) return ReadTable(index, Lines.Count);
            var bullet = FieldLine.BulletStart(line);
            if (bullet < 0) return index + 1;
            if (!FieldLine.IsIndented(line) && FieldLine.TrySplit(line, bullet, out var key, out var value) && LooksLikeKey(key.Text))
            {
                Parts.Fields.Add(new DocumentField(key, value, FieldOrigin.Infobox, Parts.Section));
            }
            else
            {
                Parts.Notes.Add(new Note(line.Cell(bullet, line.Text.Length - bullet), Parts.Section));
            }

            return index + 1;
        }

        /// <summary>A bullet "Key: value" has a short key of a few words, not a sentence that happens to hold a colon.</summary>
        private static bool LooksLikeKey(string key) => key.Split(' ').Length <= 5 && key.IndexOf('.') < 0;
    }
}
