using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// What every class emitter needs: the model, the options, document titles and the assigned member names. References
    /// between entities arrive resolved (identity names); the emitter only maps them to members, it never matches names.
    /// </summary>
    internal sealed class EmitContext
    {
        public EmitContext(DataModel model, EmitOptions options, List<DataProblem> problems)
        {
            Model = model;
            Options = options;
            Titles = model.Documents.GroupBy(d => d.File).ToDictionary(g => g.Key, g => g.First().Title, StringComparer.Ordinal);

            // Cities and SpecialCities share member names, so both classes' reserved names apply.
            var cityNames = new MemberNames("Cities", MemberNames.Reserved.Concat(new[] { "SpecialCities" }), problems);
            // Members are named from the identity name, which a user's table cannot change; every spelling finds the member.
            foreach (var city in model.Cities)
            {
                if (_cityRows.Count < MaxMembers) CityIds[city.IdentityName] = cityNames.Assign(city.IdentityName, FirstLine(city.NameSources));
                _cityRows[city.IdentityName] = _cityRows.Count;
            }

            if (model.Cities.Count > MaxMembers) ReportTooMany("Cities", model.Cities.Count, FirstLine(model.Cities[MaxMembers].NameSources), problems);
            if (model.Provinces.Count > MaxMembers) ReportTooMany("Provinces", model.Provinces.Count, FirstLine(model.Provinces[MaxMembers].NameSources), problems);

            var provinceNames = new MemberNames("Provinces", MemberNames.Reserved, problems);
            foreach (var province in model.Provinces)
            {
                if (_provinceRows.Count < MaxMembers) ProvinceIds[province.IdentityName] = provinceNames.Assign(province.IdentityName, FirstLine(province.NameSources));
                _provinceRows[province.IdentityName] = _provinceRows.Count;
                ProvinceNames[province.IdentityName] = province.Name;
            }
        }

        /// <summary>
        /// Members a generated class may have: a .NET type holds at most 65,535 methods, each member is one, and the
        /// class has a few of its own.
        /// </summary>
        public const int MaxMembers = 65_000;

        private readonly Dictionary<string, int> _cityRows = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _provinceRows = new(StringComparer.Ordinal);

        public DataModel Model { get; }

        public EmitOptions Options { get; }

        public IReadOnlyDictionary<string, string> Titles { get; }

        public Dictionary<string, string> CityIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ProvinceIds { get; } = new(StringComparer.Ordinal);

        /// <summary>Each province's shown name (<see cref="ProvinceModel.Name"/>), by identity name: what city docs call it.</summary>
        public Dictionary<string, string> ProvinceNames { get; } = new(StringComparer.Ordinal);

        /// <summary>The generated member of a province the Model resolved, e.g. <c>global::NkGen.Provinces.SouthHamgyong</c>.</summary>
        public string? ProvinceMember(string? identity) =>
            identity is not null && ProvinceIds.TryGetValue(identity, out var id) ? Options.Generated + "Provinces." + id : null;

        /// <summary>The row of a province the Model resolved in the generated Provinces table (its place in <c>Provinces.All</c>).</summary>
        public int? ProvinceRow(string? identity) => identity is not null && _provinceRows.TryGetValue(identity, out var row) ? row : null;

        /// <summary>The row of a city the Model resolved in the generated Cities table (its place in <c>Cities.All</c>).</summary>
        public int? CityRow(string? identity) => identity is not null && _cityRows.TryGetValue(identity, out var row) ? row : null;

        /// <summary>The generated member of a city the Model resolved, e.g. <c>global::NkGen.Cities.Hamhung</c>.</summary>
        public string? CityMember(string? identity) =>
            identity is not null && CityIds.TryGetValue(identity, out var id) ? Options.Generated + "Cities." + id : null;

        /// <summary>
        /// The line of an entity's first name, or null: where the emitter places a problem of the entity. Lines only, as
        /// everywhere the emitter cites a source, so that it writes the same for a model and for the model cut to lines
        /// (see <see cref="EmitInput"/>).
        /// </summary>
        private static SourceSpan? FirstLine(EquatableArray<SourceSpan> nameSources) => nameSources.Count > 0 ? nameSources[0].WholeLine() : null;

        // NKG2013 at the first entity past the limit: it and the rest get no member (a class with more would compile but
        // not load); All and TryGet still have them.
        private static void ReportTooMany(string className, int count, SourceSpan? firstWithout, List<DataProblem> problems)
        {
            problems.Add(new DataProblem(
                ProblemKind.TooManyMembers,
                firstWithout ?? SourceSpan.None,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} has {1:N0} entities, more than a .NET type can hold members for (65,535 methods): the first {2:N0} are members, the other {3:N0} "
                    + "(from this row on) are in {0}.All and found by {0}.TryGet only. To have a member for each, split the rows across projects, each with its own NkGenNamespace",
                    className, count, MaxMembers, count - MaxMembers)));
        }
    }
}
