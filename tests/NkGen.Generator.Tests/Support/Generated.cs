using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NkGen;

namespace NkGen.Generator.Tests.Support
{
    /// <summary>Reads the generated classes of a loaded assembly through reflection.</summary>
    internal sealed class Generated
    {
        private readonly Assembly _assembly;
        private readonly string _namespace;

        public Generated(Assembly assembly, string ns = "NkGen")
        {
            _assembly = assembly;
            _namespace = ns;
        }

        public Type Type(string name) => _assembly.GetType(_namespace + "." + name, throwOnError: true)!;

        public IReadOnlyList<City> Cities => All<City>("Cities");

        public IReadOnlyList<Province> Provinces => All<Province>("Provinces");

        public IReadOnlyList<City> SpecialCities => All<City>("SpecialCities");

        public T Member<T>(string type, string member) =>
            (T)Type(type).GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        public City City(string member) => Member<City>("Cities", member);

        public (bool Found, T? Value) TryGet<T>(string type, string name)
            where T : class
        {
            var args = new object?[] { name, null };
            var found = (bool)Type(type).GetMethod("TryGet")!.Invoke(null, args)!;
            return (found, (T?)args[1]);
        }

        private IReadOnlyList<T> All<T>(string type) =>
            ((IEnumerable<T>)Type(type).GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).ToList();
    }
}
