using System;
using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// Every way an entity's name is written: the spellings its sources gave, then its Hangul romanized in
    /// McCune–Reischauer, Revised Romanization and the DPRK system, then its Hangul and Hanja with and without the
    /// administrative suffix. Distinct, in that order, without the entity's own name.
    /// </summary>
    internal static class AlsoWritten
    {
        private static readonly RomanizationSystem[] Systems = { RomanizationSystem.McCuneReischauer, RomanizationSystem.Revised, RomanizationSystem.Dprk };

        public static List<string> Of(string name, PlaceKind kind, IEnumerable<string> writtenNames, IEnumerable<string> korean, IEnumerable<string> hancha, IEnumerable<PlaceKeys> keys)
        {
            var keyList = keys.ToList();
            var all = new List<string>(writtenNames.Where(n => Hangul.Syllables(n) is null && Hanja.Characters(n) is null));
            if (keyList.FirstOrDefault(k => k.HangulCore is not null) is { HangulCore: { } core } withHangul)
            {
                all.AddRange(Systems.Select(system => Romanized(core, withHangul.Direction, kind, system)));
            }

            var koreanWritten = korean.Concat(writtenNames.Where(n => Hangul.Syllables(n) is not null)).ToList();
            all.AddRange(koreanWritten);
            all.AddRange(koreanWritten.Select(Hangul.Syllables).Where(s => s is not null).Select(s => AdministrativeSuffix.StripHangul(s!, kind)));
            var hanchaWritten = hancha.Concat(writtenNames.Where(n => Hanja.Characters(n) is not null)).ToList();
            all.AddRange(hanchaWritten);
            all.AddRange(hanchaWritten.Select(h => Hanja.Characters(h, foldVariants: false)).Where(s => s is not null).Select(s => AdministrativeSuffix.StripHanja(s!, kind)));
            return all.Where(n => n.Length > 0 && n != name).Distinct(StringComparer.Ordinal).ToList();
        }

        /// <summary>A province as each system writes it (Hamgyŏng-namdo, Hamgyeongnam-do); a city as its name alone.</summary>
        private static string Romanized(string core, Direction direction, PlaceKind kind, RomanizationSystem system)
        {
            if (kind == PlaceKind.City) return Romanizer.Romanize(core, system);
            var half = direction switch { Direction.South => "남", Direction.North => "북", _ => "" };
            if (system == RomanizationSystem.Revised) return Romanizer.Romanize(core + half, system) + "-do";
            return Romanizer.Romanize(core, system) + "-" + (half.Length == 0 ? "do" : Romanizer.Romanize(half + "도", system).ToLowerInvariant());
        }
    }
}
