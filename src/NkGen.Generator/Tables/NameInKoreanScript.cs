using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Model.Names;

namespace NkGen.Generator.Tables
{
    /// <summary>
    /// A name written in Chosŏn'gŭl or in Hancha (a table in Korean) is also the row's Korean name or Hancha, where no
    /// column gives one: the model romanizes the name from it, and the docs show the script beside the romanization.
    /// A city row's and a province row's alike.
    /// </summary>
    internal static class NameInKoreanScript
    {
        private enum Script
        {
            Hangul,
            Hanja,
        }

        /// <summary>Adds the city's name as its Korean name or Hancha; the facts stay in field order (Korean name, then Hancha, first).</summary>
        public static void AddTo(List<CityFact> facts, string name, SourceSpan nameSpan)
        {
            if (ScriptOf(name) is not { } script) return;
            var field = script == Script.Hangul ? CityField.KoreanName : CityField.Hancha;
            if (facts.Exists(f => f.Field == field)) return;
            var at = field == CityField.Hancha && facts.Count > 0 && facts[0].Field == CityField.KoreanName ? 1 : 0;
            facts.Insert(at, new CityFact(field, new TextValue(name, name), nameSpan, FactAuthority.Incidental));
        }

        /// <summary>Adds the province's name as its Korean name or Hancha.</summary>
        public static void AddTo(List<ProvinceFact> facts, string name, SourceSpan nameSpan)
        {
            if (ScriptOf(name) is not { } script) return;
            var field = script == Script.Hangul ? ProvinceField.KoreanName : ProvinceField.Hancha;
            if (facts.Exists(f => f.Field == field)) return;
            facts.Add(new ProvinceFact(field, new TextValue(name, name), nameSpan));
        }

        private static Script? ScriptOf(string name) =>
            Hangul.Syllables(name) is not null ? Script.Hangul : Hanja.Characters(name) is not null ? Script.Hanja : null;
    }
}
