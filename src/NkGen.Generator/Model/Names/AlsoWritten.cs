using System;
using System.Collections.Generic;

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

        public static List<string> Of(string name, PlaceKind kind, IReadOnlyList<string> writtenNames, IEnumerable<string> korean, IEnumerable<string> hancha, IReadOnlyList<PlaceKeys> keys)
        {
            // The order is the documented one: written romanized names, computed romanizations, Hangul as written, Hangul
            // cores, Hanja as written, Hanja cores. Each name's script is found once.
            var all = new List<string>();
            var koreanWritten = new List<string>(korean);
            var hanchaWritten = new List<string>(hancha);
            var writtenHangul = new List<string>();
            var writtenHanja = new List<string>();
            foreach (var written in writtenNames)
            {
                if (Hangul.Syllables(written) is not null) writtenHangul.Add(written);
                else if (Hanja.Characters(written) is not null) writtenHanja.Add(written);
                else all.Add(written);
            }

            foreach (var key in keys)
            {
                if (key.HangulCore is not { } core) continue;
                foreach (var system in Systems) all.Add(Romanized(key, core, kind, system));
                break;
            }

            koreanWritten.AddRange(writtenHangul);
            all.AddRange(koreanWritten);
            foreach (var written in koreanWritten)
            {
                if (Hangul.Syllables(written) is { } syllables) all.Add(AdministrativeSuffix.StripHangul(syllables, kind));
            }

            hanchaWritten.AddRange(writtenHanja);
            all.AddRange(hanchaWritten);
            foreach (var written in hanchaWritten)
            {
                if (Hanja.Characters(written, foldVariants: false) is { } characters) all.Add(AdministrativeSuffix.StripHanja(characters, kind));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var distinct = new List<string>(all.Count);
            foreach (var n in all)
            {
                if (n.Length > 0 && n != name && seen.Add(n)) distinct.Add(n);
            }

            return distinct;
        }

        /// <summary>A province as each system writes it (Hamgyŏng-namdo, Hamgyeongnam-do); a city as its name alone.</summary>
        private static string Romanized(PlaceKeys keys, string core, PlaceKind kind, RomanizationSystem system)
        {
            if (kind == PlaceKind.City) return keys.CoreRomanized(system);
            var half = keys.Direction switch { Direction.South => "남", Direction.North => "북", _ => "" };
            if (system == RomanizationSystem.Revised) return Romanizer.Romanize(core + half, system) + "-do";
            return Romanizer.Romanize(core, system) + "-" + (half.Length == 0 ? "do" : Romanizer.Romanize(half + "도", system).ToLowerInvariant());
        }
    }
}
