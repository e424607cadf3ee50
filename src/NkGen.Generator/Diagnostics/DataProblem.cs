using NkGen.Generator.Common;

namespace NkGen.Generator.Diagnostics
{
    /// <summary>
    /// A diagnostic as pipeline data: what went wrong, where, and the finished message. Roslyn-free, so the pure
    /// stages can report problems; <see cref="DiagnosticDescriptors"/> turns it into a compiler diagnostic.
    /// </summary>
    internal sealed record DataProblem(ProblemKind Kind, SourceSpan Span, string Message);

    /// <summary>The kinds of problem the data stages report; each maps to one diagnostic ID.</summary>
    internal enum ProblemKind
    {
        /// <summary>NKG1001: sources disagree on a fact, or a row contradicts the model.</summary>
        SourceDisagreement,

        /// <summary>NKG2001: a table whose header no table kind recognizes; its rows are lost, so it is a warning.</summary>
        UnrecognizedTable,

        /// <summary>NKG2002: a row whose cells do not fit its table, or a block that cannot be read.</summary>
        MalformedRow,

        /// <summary>NKG2003: a cell whose value cannot be read as its column's type.</summary>
        UnreadableValue,

        /// <summary>NKG2004: the same entity twice in one table.</summary>
        DuplicateEntity,

        /// <summary>NKG2005: two names that fold to the same C# identifier.</summary>
        IdentifierCollision,

        /// <summary>NKG2006: a data file larger than the documented maximum.</summary>
        FileTooLarge,

        /// <summary>NKG2007: an MSBuild option with an invalid value.</summary>
        InvalidOption,

        /// <summary>NKG2008: NkGen itself failed on an input; what it could not process is named.</summary>
        InternalError,

        /// <summary>NKG2009: a data file from which no table could be read.</summary>
        NoTableRead,

        /// <summary>NKG2010: a column of a recognized table that NkGen could not use; reported once per column.</summary>
        UnusedColumn,

        /// <summary>NKG2013: a generated class with more entities than a .NET type can hold members for; the rest are rows only.</summary>
        TooManyMembers,

        /// <summary>NKG2012 (Info): a row that totals the country ("North Korea", "Total"); it is not a city or province, and loses nothing.</summary>
        TotalRow,

        /// <summary>NKG2014 (Info): a gazetteer's rows of features that are no place NkGen keeps (streams, mountains), counted once per table.</summary>
        NotAPlace,

        /// <summary>NKG1002: two rows were taken to be one place only because their romanizations are alike.</summary>
        LooseNameMatch,

        /// <summary>NKG2011: a province name that is none of the DPRK's nine provinces.</summary>
        UnknownProvince,
    }
}
