using System;
using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// The nine provinces of the DPRK, by their Korean and Hancha names, so that a province name in any romanization can
    /// be checked (NKG2011) even when the package's own tables are left out. The names are those of
    /// DefaultData/003_names.txt; a test keeps the two equal.
    /// </summary>
    internal static class KnownProvinces
    {
        public static readonly (string English, string Hangul, string Hanja)[] All =
        {
            ("South Pyongan", "평안남도", "平安南道"),
            ("North Pyongan", "평안북도", "平安北道"),
            ("Chagang", "자강도", "慈江道"),
            ("Ryanggang", "량강도", "兩江道"),
            ("South Hamgyong", "함경남도", "咸鏡南道"),
            ("North Hamgyong", "함경북도", "咸鏡北道"),
            ("Kangwon", "강원도", "江原道"),
            ("South Hwanghae", "황해남도", "黃海南道"),
            ("North Hwanghae", "황해북도", "黃海北道"),
        };

        private static readonly List<(PlaceKeys Keys, HashSet<string> Loose)> Keys = All
            .Select(p => PlaceKeys.Of(PlaceKind.Province, p.English, p.Hangul, p.Hanja))
            .Select(k => (k, new HashSet<string>(k.Loose.Concat(k.Romanized.Select(LooseOfKey)))))
            .ToList();

        /// <summary>True when the name shares a key with one of the nine, the loose key included.</summary>
        public static bool Contains(PlaceKeys name) => Keys.Any(known =>
            (name.Hangul is not null && name.Hangul == known.Keys.Hangul)
            || (name.Hanja is not null && name.Hanja == known.Keys.Hanja)
            || SharesRomanization(name, known.Keys)
            || name.Loose.Any(known.Loose.Contains));

        /// <summary>The English name of the one of the nine whose Hangul or Hanja <paramref name="name"/> has (함경북도 → North Hamgyong); null for any other.</summary>
        public static string? EnglishOf(PlaceKeys name)
        {
            for (var i = 0; i < Keys.Count; i++)
            {
                var known = Keys[i].Keys;
                if ((name.Hangul is not null && name.Hangul == known.Hangul) || (name.Hanja is not null && name.Hanja == known.Hanja)) return All[i].English;
            }

            return null;
        }

        private static bool SharesRomanization(PlaceKeys name, PlaceKeys known) => name.Romanized.Any(key => known.Romanized.Contains(key));

        /// <summary>
        /// The one province of the nine that <paramref name="name"/> fits only loosely ("Hamkyŏng-pukto" for North Hamgyong:
        /// no Hangul or Hanja, no romanization of theirs, but the same once the systems' differences are folded); null when
        /// it fits one by a stronger key, or none, or two. The nine are a closed list, so such a spelling is that province,
        /// a guess to be reported (NKG1002) rather than a province of its own.
        /// </summary>
        public static (string English, string Hangul, string Hanja)? LooselyOnly(PlaceKeys name)
        {
            if (name.Hangul is not null || name.Hanja is not null || name.Loose.Count == 0) return null;
            if (Keys.Any(known => SharesRomanization(name, known.Keys))) return null;
            var found = -1;
            for (var i = 0; i < Keys.Count; i++)
            {
                if (!name.Loose.Any(Keys[i].Loose.Contains)) continue;
                if (found >= 0) return null;
                found = i;
            }

            return found < 0 ? null : All[found];
        }

        /// <summary>The keys of a province name, with the Hangul and Hanja of the one of the nine it fits only loosely (<see cref="LooselyOnly"/>), so that it joins that province.</summary>
        public static PlaceKeys Completed(PlaceKeys keys, string name) =>
            LooselyOnly(keys) is { } known ? PlaceKeys.Of(PlaceKind.Province, name, known.Hangul, known.Hanja) : keys;

        /// <summary>A province row's keys, completed (<see cref="Completed"/>).</summary>
        public static PlaceKeys KeysOf(Tables.ProvinceRow row) => Completed(PlaceKeys.Of(row), row.Name);

        /// <summary>A province name's keys, completed (<see cref="Completed"/>).</summary>
        public static PlaceKeys KeysOf(string name) => Completed(PlaceKeys.Of(PlaceKind.Province, name), name);

        /// <summary>The completed keys of each province name, computed once per spelling: thousands of cities name the same few.</summary>
        public static Func<string, PlaceKeys> Cached() => PlaceKeys.Cached(KeysOf);

        private static string LooseOfKey(string key)
        {
            var colon = key.IndexOf(':');
            return key.Substring(0, colon + 1) + LooseSpelling.Of(key.Substring(colon + 1));
        }
    }
}
