using System;
using System.Collections.Generic;
using System.Linq;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;
using NkGen.Generator.Model;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Emit
{
    /// <summary>What every class emitter needs: the model, the options, document titles and the assigned member names.</summary>
    internal sealed class EmitContext
    {
        private readonly Dictionary<string, string> _provinceIdsByKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _cityIdsByKey = new(StringComparer.Ordinal);

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
                var id = cityNames.Assign(city.IdentityName, city.NameSources.FirstOrDefault());
                CityIds[city.IdentityName] = id;
                Register(_cityIdsByKey, new[] { city.Name, city.IdentityName }.Concat(city.OtherNames), id);
            }

            var provinceNames = new MemberNames("Provinces", MemberNames.Reserved, problems);
            foreach (var province in model.Provinces)
            {
                var id = provinceNames.Assign(province.IdentityName, province.NameSources.FirstOrDefault());
                ProvinceIds[province.IdentityName] = id;
                Register(_provinceIdsByKey, new[] { province.Name, province.IdentityName }.Concat(province.OtherNames), id);
            }
        }

        /// <summary>The entity's own names first; a spelling two entities share keeps the first entity's member.</summary>
        private static void Register(Dictionary<string, string> ids, IEnumerable<string> spellings, string id)
        {
            foreach (var spelling in spellings)
            {
                var key = NameKey.Of(spelling);
                if (!ids.ContainsKey(key)) ids[key] = id;
            }
        }

        public DataModel Model { get; }

        public EmitOptions Options { get; }

        public IReadOnlyDictionary<string, string> Titles { get; }

        public Dictionary<string, string> CityIds { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ProvinceIds { get; } = new(StringComparer.Ordinal);

        /// <summary>The generated member of the province a fact names, e.g. <c>global::NkGen.Provinces.SouthHamgyong</c>.</summary>
        public string? ProvinceMember(ChosenFact? fact) =>
            fact?.Value is TextValue text && _provinceIdsByKey.TryGetValue(NameKey.Of(text.Text), out var id)
                ? Options.Generated + "Provinces." + id
                : null;

        /// <summary>The generated member of the city a text names, e.g. <c>global::NkGen.Cities.Hamhung</c>.</summary>
        public string? CityMember(string name) =>
            _cityIdsByKey.TryGetValue(NameKey.Of(name), out var id) ? Options.Generated + "Cities." + id : null;
    }
}
