using Microsoft.CodeAnalysis;

namespace NkGen.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic NkGen reports, in one place. Data messages are finished text carried as <c>{0}</c>; NKG0001's
    /// message is built from the city's history (city, end year, province, years, advice).
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public const string UsageCategory = "NkGen.Usage";
        public const string DataCategory = "NkGen.Data";
        public const string OptionsCategory = "NkGen.Options";
        public const string HelpLinkBase = "https://github.com/nkgen/NkGen/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor DefunctSpecialCity = new(
            "NKG0001",
            "Code relies on a special-city status that no longer exists",
            "{0} has not been a special city since {1}: it was re-merged into {2} (special city {3}); {4}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The city held a special-city status that has ended; it was re-merged into its province. Use the city's current member, or ask about history with StatusOn(year).",
            helpLinkUri: HelpLinkBase + "NKG0001.md");

        public static readonly DiagnosticDescriptor ResolvedName = new(
            "NKG0002",
            "A constant name stands for a generated member",
            "'{0}' names the {1} {2}; {3}",
            UsageCategory,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A compile-time constant name passed to TryGet, or compared with City.Name or Province.Name, names one generated member. Using the member is checked by the compiler and offered by completion; the code fix rewrites the lookup or comparison.",
            helpLinkUri: HelpLinkBase + "NKG0002.md");

        public static readonly DiagnosticDescriptor UnknownName = new(
            "NKG0003",
            "A constant name names nothing in the NkGen tables",
            "No {0} is named '{1}' in the NkGen tables{2}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A compile-time constant name passed to TryGet, or compared with City.Name or Province.Name, names no generated member: the lookup never finds anything and the comparison is never true for a generated city or province. The nearest names are suggested, and a code fix replaces a plain literal with one of them.",
            helpLinkUri: HelpLinkBase + "NKG0003.md");

        public static readonly DiagnosticDescriptor SourceDisagreement = Create(
            "NKG1001", "Sources disagree", DataCategory, DiagnosticSeverity.Info,
            "Where two data sources give different values for one fact, or a row contradicts the merged model, the value that lost is reported here. Raise to warning in a .globalconfig to list every disagreement in a build.");

        public static readonly DiagnosticDescriptor LooseNameMatch = Create(
            "NKG1002", "Rows joined by a loose romanization match", DataCategory, DiagnosticSeverity.Warning,
            "Two rows without Hangul were taken to be one place only because their romanizations are alike once the differences between romanization systems are folded away (Songnim and Songrim, Chongju and Jongju). Different places can share such a spelling: add the Chosŏn'gŭl name to either row to confirm the join or to keep them apart.");

        public static readonly DiagnosticDescriptor UnrecognizedTable = Create(
            "NKG2001", "Table not recognized", DataCategory, DiagnosticSeverity.Warning,
            "No table kind matches this table's header, so none of its rows were read. See docs/data-format.md for the recognized headers.");

        public static readonly DiagnosticDescriptor MalformedRow = Create(
            "NKG2002", "Malformed row", DataCategory, DiagnosticSeverity.Warning,
            "The row does not fit its table: a row with the wrong number of cells is read as far as its cells line up with the header; a row with no name is skipped.");

        public static readonly DiagnosticDescriptor UnreadableValue = Create(
            "NKG2003", "Unreadable value", DataCategory, DiagnosticSeverity.Warning,
            "A cell's text could not be read as its column's type; the fact was left out and the rest of the row kept.");

        public static readonly DiagnosticDescriptor DuplicateEntity = Create(
            "NKG2004", "Duplicate entity in one table", DataCategory, DiagnosticSeverity.Warning,
            "The same entity appears twice in one table; the later row was skipped.");

        public static readonly DiagnosticDescriptor IdentifierCollision = Create(
            "NKG2005", "Identifier collision", DataCategory, DiagnosticSeverity.Warning,
            "Two names fold to the same C# identifier; the later one gets a numeric suffix.");

        public static readonly DiagnosticDescriptor FileTooLarge = Create(
            "NKG2006", "Data file too large", DataCategory, DiagnosticSeverity.Warning,
            "The data file is larger than NkGen reads; it was skipped.");

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            "NKG2007", "Invalid option value", OptionsCategory, DiagnosticSeverity.Warning,
            "NkGen cannot follow its configuration: an MSBuild option has a value it does not accept (the default was used instead), or a project whose classes come from a referenced library has NkGenData files of its own.");

        public static readonly DiagnosticDescriptor InternalError = Create(
            "NKG2008", "NkGen failed on an input", DataCategory, DiagnosticSeverity.Warning,
            "NkGen hit an unexpected error on this input and skipped it instead of failing the build. Please report it with the message.");

        public static readonly DiagnosticDescriptor NoTableRead = Create(
            "NKG2009", "No table read from a data file", DataCategory, DiagnosticSeverity.Warning,
            "No city, province or count could be read from this data file: it has no table, or none whose header NkGen recognizes. The message names the tables found and the headers NkGen expects.");

        public static readonly DiagnosticDescriptor UnusedColumn = Create(
            "NKG2010", "Column not used", DataCategory, DiagnosticSeverity.Warning,
            "A column of a recognized table could not be used: its header is not one NkGen knows, or its values are not what the header promises (a District column without provinces), or they describe rows NkGen keeps no such fact for. Reported once per column.");

        public static readonly DiagnosticDescriptor UnknownProvince = Create(
            "NKG2011", "Unknown province", DataCategory, DiagnosticSeverity.Warning,
            "A province name, in a province table or in a city's Province column, is none of North Korea's nine provinces in any script or romanization NkGen reads. It is kept as a province of its own; check its spelling or give its Chosŏn'gŭl name.");

        public static readonly DiagnosticDescriptor TotalRow = Create(
            "NKG2012", "Total row not read as a city", DataCategory, DiagnosticSeverity.Info,
            "A row of a city or province table totals the whole country (North Korea, DPRK, Total, Gesamt, 합계, …): it is neither a city nor a province, so it was not read as one. Nothing is lost; the report says where the row went.");

        public static readonly DiagnosticDescriptor TooManyMembers = Create(
            "NKG2013", "More entities than a class can hold members for", DataCategory, DiagnosticSeverity.Warning,
            "A generated class has more entities than a .NET type can hold members for: each member is a property, and a type holds at most 65,535 methods. The first 65,000 entities are members; the others are in the class's All and found by its TryGet, without a member. Split the rows across projects (each with its own NkGenNamespace) to have a member for each.");

        public static readonly DiagnosticDescriptor NotAPlace = Create(
            "NKG2014", "Gazetteer rows that are not places", DataCategory, DiagnosticSeverity.Info,
            "A gazetteer (a GeoNames dump) lists every named feature: streams, mountains, passes and islands as well as towns and administrative divisions. Its rows of features that are neither populated places nor administrative divisions are not cities or provinces, so they were not read as such; they are counted in one report per table.");

        public static DiagnosticDescriptor For(ProblemKind kind) => kind switch
        {
            ProblemKind.NotAPlace => NotAPlace,
            ProblemKind.TooManyMembers => TooManyMembers,
            ProblemKind.SourceDisagreement => SourceDisagreement,
            ProblemKind.UnrecognizedTable => UnrecognizedTable,
            ProblemKind.MalformedRow => MalformedRow,
            ProblemKind.UnreadableValue => UnreadableValue,
            ProblemKind.DuplicateEntity => DuplicateEntity,
            ProblemKind.IdentifierCollision => IdentifierCollision,
            ProblemKind.FileTooLarge => FileTooLarge,
            ProblemKind.InternalError => InternalError,
            ProblemKind.InvalidOption => InvalidOption,
            ProblemKind.NoTableRead => NoTableRead,
            ProblemKind.UnusedColumn => UnusedColumn,
            ProblemKind.TotalRow => TotalRow,
            ProblemKind.LooseNameMatch => LooseNameMatch,
            ProblemKind.UnknownProvince => UnknownProvince,
        };

        private static DiagnosticDescriptor Create(string id, string title, string category, DiagnosticSeverity severity, string description) =>
            new(id, title, "{0}", category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLinkBase + id + ".md");
    }
}
