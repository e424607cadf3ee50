using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Text;

namespace NkGen.Generator.Options
{
    /// <summary>
    /// Reads the MSBuild contract of buildTransitive/NkGen.props: the properties NkGenNamespace, NkGenVisibility and
    /// NkGenIncludeDefaultData, and per-file metadata (Priority, Format) on AdditionalFiles that came from NkGenData items.
    /// </summary>
    internal static class OptionsReader
    {
        public const string DefaultNamespace = "NkGen";
        private const string Property = "build_property.";
        private const string Metadata = "build_metadata.AdditionalFiles.";

        /// <summary>Where option problems are located: they belong to the project file, which the compiler cannot point at.</summary>
        private static readonly SourceSpan ProjectLocation = SourceSpan.None;

        public static GeneratorOptions Read(AnalyzerConfigOptions global)
        {
            var problems = new List<DataProblem>();
            var ns = Get(global, "NkGenNamespace") is { } rawNamespace && !IsValidNamespace(rawNamespace)
                ? Invalid(problems, "NkGenNamespace", rawNamespace, "a C# namespace such as MyCompany.Geography", DefaultNamespace)
                : Get(global, "NkGenNamespace") ?? DefaultNamespace;

            var isPublic = false;
            if (Get(global, "NkGenVisibility") is { } visibility)
            {
                if (visibility.Equals("public", StringComparison.OrdinalIgnoreCase)) isPublic = true;
                else if (!visibility.Equals("internal", StringComparison.OrdinalIgnoreCase)) Invalid(problems, "NkGenVisibility", visibility, "'internal' or 'public'", "internal");
            }

            var includeDefaults = true;
            if (Get(global, "NkGenIncludeDefaultData") is { } include)
            {
                if (include.Equals("false", StringComparison.OrdinalIgnoreCase)) includeDefaults = false;
                else if (!include.Equals("true", StringComparison.OrdinalIgnoreCase)) Invalid(problems, "NkGenIncludeDefaultData", include, "'true' or 'false'", "true");
            }

            return new GeneratorOptions(ns, isPublic, includeDefaults, problems.ToEquatableArray());
        }

        /// <summary>Whether an AdditionalFile came from an NkGenData item (every other AdditionalFile is ignored).</summary>
        public static bool IsDataFile(AnalyzerConfigOptions file) =>
            file.TryGetValue(Metadata + "NkGenData", out var value) && value.Equals("true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The file's Priority metadata; 0 when unset. An invalid value is a problem located at the file.</summary>
        public static (int Priority, DataProblem? Problem) Priority(AnalyzerConfigOptions file, string path)
        {
            if (!file.TryGetValue(Metadata + "NkGenPriority", out var raw) || string.IsNullOrWhiteSpace(raw)) return (0, null);
            if (int.TryParse(raw.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var priority)) return (priority, null);
            return (0, new DataProblem(
                ProblemKind.InvalidOption,
                SourceSpan.StartOf(path),
                $"The Priority metadata of NkGenData item '{SourceSpan.FileNameOf(path)}' is '{raw}', which is not a whole number; priority 0 was used"));
        }

        /// <summary>
        /// The file's Format metadata (csv, tsv, markdown, mediawiki, json, guide, wiki); null when unset, and then the
        /// extension and content decide. An unknown value is a problem located at the file, and also leaves it to them.
        /// </summary>
        public static (TextDialect? Format, DataProblem? Problem) Format(AnalyzerConfigOptions file, string path)
        {
            if (!file.TryGetValue(Metadata + "NkGenFormat", out var raw) || string.IsNullOrWhiteSpace(raw)) return (null, null);
            if (FormatChoice.TryParse(raw, out var format)) return (format, null);
            return (null, new DataProblem(
                ProblemKind.InvalidOption,
                SourceSpan.StartOf(path),
                $"The Format metadata of NkGenData item '{SourceSpan.FileNameOf(path)}' is '{raw.Trim()}', which is not one of {FormatChoice.AcceptedNames}; the format was told from the file's extension and content"));
        }

        private static string? Get(AnalyzerConfigOptions options, string name) =>
            options.TryGetValue(Property + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static string Invalid(List<DataProblem> problems, string name, string value, string expected, string fallback)
        {
            problems.Add(new DataProblem(ProblemKind.InvalidOption, ProjectLocation,
                $"The MSBuild property {name} is '{value}', but it must be {expected}; '{fallback}' was used"));
            return fallback;
        }

        /// <summary>
        /// A dotted name the compiler accepts after <c>namespace</c>: each part an identifier (<c>my_company</c>,
        /// <c>v2</c>, <c>@class</c>), none a reserved keyword, and not <c>global</c>, which would clash with <c>global::</c>.
        /// </summary>
        private static bool IsValidNamespace(string value) =>
            value.Split('.').All(IsNamespacePart) && !value.Split('.')[0].Equals("global", StringComparison.Ordinal);

        private static bool IsNamespacePart(string part)
        {
            var bare = part.StartsWith("@", StringComparison.Ordinal) ? part.Substring(1) : part;
            return SyntaxFacts.IsValidIdentifier(bare) && (bare.Length < part.Length || !Emit.Identifiers.IsReserved(bare));
        }
    }
}
