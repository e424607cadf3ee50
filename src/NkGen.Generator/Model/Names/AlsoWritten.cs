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

        /// <param name="hangulKeys">The keys of the entity's first spelling with Hangul, whose romanizations are listed; null when none has.</param>
        public static string[] Of(string name, PlaceKind kind, Spellings writtenNames, Spellings korean, Spellings hancha, PlaceKeys? hangulKeys)
        {
            // The order is the documented one: written romanized names, computed romanizations, Hangul as written, Hangul
            // cores, Hanja as written, Hanja cores. One list, filled in that order and kept distinct as it grows: this runs
            // once per entity, and a list per script plus a hash set per entity was a large part of what a merge allocated.
            var distinct = new Distinct(name);
            for (var at = 0; at < writtenNames.Count; at++)
            {
                var written = writtenNames[at];
                if (!IsKorean(written) && !IsHanja(written)) distinct.Add(written);
            }

            if (hangulKeys?.HangulCore is { } core)
            {
                foreach (var system in Systems) distinct.Add(Romanized(hangulKeys, core, kind, system));
            }

            // Hangul as written: the Korean fields' values, then the sources' spellings in Hangul; then their cores.
            for (var at = 0; at < korean.Count; at++) distinct.Add(korean[at]);
            for (var at = 0; at < writtenNames.Count; at++)
            {
                var written = writtenNames[at];
                if (IsKorean(written)) distinct.Add(written);
            }

            for (var at = 0; at < korean.Count; at++) AddHangulCore(ref distinct, korean[at], kind, hangulKeys);
            for (var at = 0; at < writtenNames.Count; at++)
            {
                var written = writtenNames[at];
                if (IsKorean(written)) AddHangulCore(ref distinct, written, kind, hangulKeys);
            }

            for (var at = 0; at < hancha.Count; at++) distinct.Add(hancha[at]);
            for (var at = 0; at < writtenNames.Count; at++)
            {
                var written = writtenNames[at];
                if (!IsKorean(written) && IsHanja(written)) distinct.Add(written);
            }

            for (var at = 0; at < hancha.Count; at++) AddHanjaCore(ref distinct, hancha[at], kind, hangulKeys);
            for (var at = 0; at < writtenNames.Count; at++)
            {
                var written = writtenNames[at];
                if (!IsKorean(written) && IsHanja(written)) AddHanjaCore(ref distinct, written, kind, hangulKeys);
            }

            return distinct.ToArray();
        }

        private static bool IsKorean(string written) => Hangul.Syllables(written) is not null;

        private static bool IsHanja(string written) => Hanja.Characters(written) is not null;

        // A core the keys hold already (a city's, nearly always) is listed as the keys' string: the names live in the model,
        // and a second copy of each core per city was kept alive for nothing.
        private static void AddHangulCore(ref Distinct distinct, string written, PlaceKind kind, PlaceKeys? keys)
        {
            if (Hangul.Syllables(written) is { } syllables) distinct.Add(Shared(AdministrativeSuffix.StripHangul(syllables, kind), keys?.HangulCore));
        }

        private static void AddHanjaCore(ref Distinct distinct, string written, PlaceKind kind, PlaceKeys? keys)
        {
            if (Hanja.Characters(written, foldVariants: false) is { } characters) distinct.Add(Shared(AdministrativeSuffix.StripHanja(characters, kind), keys?.Hanja));
        }

        private static string Shared(string text, string? same) => string.Equals(text, same, StringComparison.Ordinal) ? same! : text;

        /// <summary>
        /// Names in the order added, without blanks, repeats or the entity's own name; a hash set only once the list is long.
        /// Gathered in one list per thread and copied out at their exact count: the result lives in the model, and a list
        /// per entity with room to spare was kept alive (and copied by every collection) along with it.
        /// </summary>
        private struct Distinct
        {
            private const int ScanLimit = 16;

            [ThreadStatic]
            private static List<string>? Scratch;

            private readonly string _name;
            private HashSet<string>? _seen;

            public Distinct(string name)
            {
                _name = name;
                _seen = null;
                Names = Scratch ?? new List<string>(ScanLimit);
                Scratch = null;
                Names.Clear();
            }

            private List<string> Names { get; }

            /// <summary>The names, and the list back to the thread for the next entity (unless a hostile entity grew it large).</summary>
            public string[] ToArray()
            {
                var names = Names.Count == 0 ? Array.Empty<string>() : Names.ToArray();
                Names.Clear();
                if (Names.Capacity <= 4 * ScanLimit) Scratch = Names;
                return names;
            }

            public void Add(string n)
            {
                if (n.Length == 0 || n == _name) return;
                if (_seen is null)
                {
                    for (var i = 0; i < Names.Count; i++)
                    {
                        if (string.Equals(Names[i], n, StringComparison.Ordinal)) return;
                    }

                    Names.Add(n);
                    if (Names.Count > ScanLimit) _seen = new HashSet<string>(Names, StringComparer.Ordinal);
                    return;
                }

                if (_seen.Add(n)) Names.Add(n);
            }
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
