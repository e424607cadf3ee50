using System;
using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Diagnostics;

namespace NkGen.Generator.Emit
{
    /// <summary>
    /// Gives each entity of one generated class a unique member name. Entities arrive in the model's name order, so
    /// when two names fold to one identifier the later one deterministically gets a numeric suffix, and NKG2005 says so.
    /// </summary>
    internal sealed class MemberNames
    {
        private readonly HashSet<string> _taken;
        private readonly Dictionary<string, string> _firstOwner = new(StringComparer.Ordinal);
        private readonly List<DataProblem> _problems;
        private readonly string _className;

        public MemberNames(string className, IEnumerable<string> reserved, List<DataProblem> problems)
        {
            _className = className;
            _taken = new HashSet<string>(reserved, StringComparer.Ordinal) { className };
            _problems = problems;
        }

        public string Assign(string name, SourceSpan? location)
        {
            var wanted = Identifiers.From(name);
            var id = wanted;
            for (var n = 2; !_taken.Add(id); n++) id = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (id != wanted && location is { } at)
            {
                var clash = _firstOwner.TryGetValue(wanted, out var owner) ? $"'{owner}' already uses it" : "it is reserved in the class";
                _problems.Add(new DataProblem(
                    ProblemKind.IdentifierCollision,
                    at,
                    $"'{name}' becomes the C# identifier {_className}.{wanted}, but {clash}; it is generated as {_className}.{id}"));
            }

            if (!_firstOwner.ContainsKey(wanted)) _firstOwner[wanted] = name;
            return id;
        }

        /// <summary>Names every generated static class has, or inherits from object.</summary>
        public static readonly string[] Reserved =
        {
            "All", "TryGet", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };
    }
}
