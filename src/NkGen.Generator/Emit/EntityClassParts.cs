using System.Collections.Generic;
using System.Globalization;
using NkGen.Generator.Common;
using NkGen.Generator.Model;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// The pieces every generated class shares: the history attributes NKG0001 reads, the rows' first fields, and
    /// <c>All</c>, <c>TryGet</c> and the table of rows they read.
    /// </summary>
    internal static class EntityClassParts
    {
        /// <summary>The field that holds a class's table of rows.</summary>
        public const string Table = "__nkgenTable";

        /// <summary>A <c>[FormerSpecialCity]</c> or <c>[DefunctSpecialCity]</c> attribute: the facts NKG0001 reports, read from metadata.</summary>
        public static string HistoryAttribute(string attribute, CityModel city, DefunctSpecialStatus defunct, string id) =>
            $"[{EmitOptions.Runtime}{attribute}({TextEscaping.Literal(city.Name)}, {defunct.EndedYear.ToString(CultureInfo.InvariantCulture)}, "
            + $"{TextEscaping.Literal(defunct.AbsorbedInto)}, {TextEscaping.Literal(defunct.Years)}, {TextEscaping.Literal("Cities." + id)})]";

        /// <summary>
        /// A row's first five fields, the names the runtime indexes (RowFields): the member name when TryGet would not
        /// find it by the entity's name, the name, the Chosŏn'gŭl and Hancha names, the other spellings.
        /// </summary>
        public static RowBuilder Names<TList>(RowBuilder row, string? member, string name, string? korean, string? hancha, TList otherNames)
            where TList : IReadOnlyList<string>
        {
            var identifier = member?.TrimStart('@');
            return row.Clear()
                .Text(identifier is null || LookupKey.Of(identifier) == LookupKey.Of(name) ? null : identifier)
                .Text(name)
                .Text(korean)
                .Text(hancha)
                .OtherNames(otherNames, korean, hancha);
        }

        /// <summary>The first fields of every row, as the comment above a table names them.</summary>
        public const string NameFields = "member name (when TryGet would not find the member by its name)|name|Chosŏn'gŭl|Hancha|other names";

        /// <summary>
        /// Opens the members: each is <c>=&gt; table[row]</c>, non-null by the indexer's annotation, and the compiler's
        /// nullable flow analysis of thousands of them was about a tenth of the compile of a large table's code (in the
        /// build and again for the analyzers' operations). Its warnings (which are what turn the analysis on) are off
        /// for the members alone; annotations stay on, so each member is still a non-nullable entity.
        /// </summary>
        public static void BeginMembers(SourceWriter writer, EmitOptions options)
        {
            if (options.SupportsNullable) writer.Line("#nullable disable warnings");
        }

        /// <summary>Closes the members: the rest of the file (the table, <c>All</c>, <c>TryGet</c>) is analyzed as the header says.</summary>
        public static void EndMembers(SourceWriter writer, EmitOptions options)
        {
            if (options.SupportsNullable) writer.Line("#nullable enable warnings");
        }

        /// <summary>Writes a member (the entity of its row, built on first use) and the blank line after it.</summary>
        public static void WriteMember(SourceWriter writer, string type, string id, int row) =>
            writer.StartLine().Append("public static ").Append(EmitOptions.Runtime).Append(type).Append(' ').Append(id)
                .Append(" => ").Append(Table).Append('[').Append(row).Append("];").EndLine().EndLine();

        /// <summary>Writes <c>All</c> and <c>TryGet</c> over <paramref name="source"/> (a table or a selection).</summary>
        public static void WriteAllAndTryGet(SourceWriter writer, string noun, string type, string source, EmitOptions options)
        {
            var runtimeType = EmitOptions.Runtime + type;
            writer.Doc("summary", $"Every {noun} of this class, in name order. <c>foreach</c> over it allocates nothing; each {noun} is built when first read.");
            writer.Line($"public static {EmitOptions.Runtime}EntityList<{runtimeType}> All => {source}.All;").Line();
            writer.Doc("summary", $"Finds a {noun} of this class by any of its names, ignoring case, diacritics, apostrophes, hyphens and spaces: every spelling the tables give (romanized, Chosŏn'gŭl, Hancha) and the romanizations computed from its Chosŏn'gŭl name; a name with a city unit at its end (Chongjin City, Hamhŭng-si) is tried without it.");
            writer.Doc("param name=\"name\"", $"The {noun}'s name, e.g. as written in the data tables.");
            writer.Doc("param name=\"" + noun + "\"", $"The {noun}, when found.");
            writer.Doc("returns", $"Whether a {noun} of that name exists.");
            var notNull = options.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
            writer.Line($"public static bool TryGet(string{options.Nullable} name, {notNull}out {runtimeType}{options.Nullable} {noun}) => {source}.TryGet(name, out {noun});");
        }

        /// <summary>
        /// Writes the class's table: its source documents and its rows, a literal per chunk of rows, each returned by a
        /// method of its own so that the runtime loads only the chunk it reads. <paramref name="reference"/> resolves the
        /// row numbers of the other class's entities the rows name.
        /// </summary>
        public static void WriteTable(SourceWriter writer, string noun, string type, string fields, SourceDocumentList documents, IReadOnlyList<string> rows, string reference, EmitOptions options)
        {
            writer.Line();
            writer.Line($"// The {noun} facts, one row per line in the layout of NkGen's RowText; a row is read when its member is first used.");
            writer.Line("// Fields: " + fields + ". Sources are document,line; the documents are title|file.");
            writer.Line($"private static readonly {EmitOptions.Runtime}{type}Table {Table} = new {EmitOptions.Runtime}{type}Table(").Indent();
            writer.Line($"{RowText.Format}, {rows.Count.ToString(CultureInfo.InvariantCulture)},");
            writer.Verbatim("", new List<string>(documents.Rows), ",");
            writer.Line("__NkGenRows,");
            writer.Line(reference + ");").Outdent().Line();
            writer.Line("private static string __NkGenRows(int chunk)").Line("{").Indent();
            writer.Line("switch (chunk)").Line("{").Indent();
            var chunks = (rows.Count + RowText.RowsPerChunk - 1) / RowText.RowsPerChunk;
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var number = chunk.ToString(CultureInfo.InvariantCulture);
                writer.Line($"case {number}: return __NkGenChunks.Chunk{number}();");
            }

            writer.Line("default: return \"\";");
            writer.Outdent().Line("}").Outdent().Line("}").Line();

            // A method per chunk: compiling a method resolves every string literal in it, so one switch returning all
            // the literals would make the first row pay for the whole table. A nested class, because the class's own
            // methods are its members (at most 65,535 methods a type).
            writer.Line("private static class __NkGenChunks").Line("{").Indent();
            var characters = 0L;
            foreach (var row in rows) characters += row.Length + 1;
            var utf8 = options.SupportsUtf8Data && characters >= options.Utf8RowsFrom;
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                var lines = new List<string>(RowText.RowsPerChunk);
                for (var i = chunk * RowText.RowsPerChunk; i < rows.Count && i < (chunk + 1) * RowText.RowsPerChunk; i++) lines.Add(rows[i]);
                var head = $"internal static string Chunk{chunk.ToString(CultureInfo.InvariantCulture)}() => ";
                if (utf8) writer.Verbatim(head + "global::System.Text.Encoding.UTF8.GetString(", lines, "u8);");
                else writer.Verbatim(head, lines, ";");
            }

            writer.Outdent().Line("}");
        }
    }
}
