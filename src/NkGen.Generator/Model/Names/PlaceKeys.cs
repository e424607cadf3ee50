using System;
using System.Collections.Generic;
using NkGen.Generator.Common;
using NkGen.Generator.Tables;

namespace NkGen.Generator.Model.Names
{
    /// <summary>
    /// The keys one row offers for its place, strongest first: the Hangul without its administrative suffix (in the
    /// initial-sound spelling both Koreas share, see <see cref="Hangul.SouthernSpelling"/>), the Hanja likewise, the
    /// romanized keys (its own written names folded, and the Hangul romanized in every system), and the loose keys of
    /// its written romanized names (<see cref="LooseSpelling"/>). Province keys carry their direction (s:hamgyong).
    /// </summary>
    internal sealed class PlaceKeys
    {
        private static readonly RomanizationSystem[] Systems = { RomanizationSystem.Revised, RomanizationSystem.McCuneReischauer, RomanizationSystem.Dprk };

        /// <summary>Words English and romanized city names end with that name the unit, not the place ("Kilju County", "Hamhŭng-si").</summary>
        private static readonly HashSet<string> CityUnits = new() { "city", "county", "si", "shi", "gun", "kun", "guyok", "kuyok", "guyeok" };

        private static readonly char[] UnitSeparators = { ' ', '-' };

        private PlaceKeys(PlaceKind kind)
        {
            Kind = kind;
        }

        // The most keys a name gets: three systems, three more for a southern spelling, and the written name's.
        private const int MaxRomanized = 7;

        [ThreadStatic]
        private static string[]? Scratch;

        // Exact arrays, not lists: every row's keys live until the merge has chosen, and a list with room to spare per row
        // was copied by every collection on the way.
        private string[] _romanized = Array.Empty<string>();
        private string[]? _loose;

        // The length of the direction prefix of WrittenKey: the loose key is that prefix and the rest loosened.
        private int _writtenPrefix;
        // The Hangul core in each system, as fields rather than an array of three per row.
        private string? _revised, _mccuneReischauer, _dprk;

        public PlaceKind Kind { get; }

        public string? Hangul { get; private set; }

        public string? Hanja { get; private set; }

        /// <summary>Distinct, in the order computed. A list: a row has a handful of keys, and a hash set per row cost more than its keys.</summary>
        public IReadOnlyList<string> Romanized => _romanized;

        /// <summary>
        /// Distinct, in the order computed (at most one today: the written name's). Computed when first asked for: only
        /// rows without Hangul join loosely, and most rows of a large table have Hangul.
        /// </summary>
        public IReadOnlyList<string> Loose => _loose ??= WrittenKey is null
            ? Array.Empty<string>()
            : new[] { WrittenKey.Substring(0, _writtenPrefix) + LooseSpelling.Of(WrittenKey.Substring(_writtenPrefix)) };

        /// <summary>The Hangul core as written (North Korean spelling), for the computed romanizations.</summary>
        public string? HangulCore { get; private set; }

        public Direction Direction { get; private set; }

        /// <summary>The key of the romanized name as written (s:hamgyong, hamhung), null for a name in Hangul or Hanja.</summary>
        public string? WrittenKey { get; private set; }

        /// <summary>The keys of a name, with the Korean and Hancha a row gives beside it (either may be absent or be the name itself).</summary>
        public static PlaceKeys Of(PlaceKind kind, string name, string? korean = null, string? hancha = null)
        {
            var keys = new PlaceKeys(kind);
            var romanized = Scratch ?? new string[MaxRomanized];
            Scratch = null;
            var count = 0;
            var hangul = Names.Hangul.Syllables(korean) ?? Names.Hangul.Syllables(name);
            if (hangul is not null) keys.SetHangul(AdministrativeSuffix.StripHangul(hangul, kind), romanized, ref count);
            var hanja = Names.Hanja.Characters(hancha) ?? Names.Hanja.Characters(name);
            if (hanja is not null) keys.SetHanja(AdministrativeSuffix.StripHanja(hanja, kind));
            if (!KoreanScript.Is(name)) keys.AddWritten(name, romanized, ref count);
            if (count > 0)
            {
                keys._romanized = new string[count];
                Array.Copy(romanized, keys._romanized, count);
                Array.Clear(romanized, 0, count);
            }

            Scratch = romanized;
            return keys;
        }

        /// <summary>The keys of a city row: its name with its Chosŏn'gŭl and Hancha names.</summary>
        public static PlaceKeys Of(CityRow row) =>
            Of(PlaceKind.City, row.Name, row.Text(CityField.KoreanName), row.Text(CityField.Hancha));

        /// <summary>The keys of a province row: its name with its Chosŏn'gŭl and Hancha names.</summary>
        public static PlaceKeys Of(ProvinceRow row) =>
            Of(PlaceKind.Province, row.Name, row.Text(ProvinceField.KoreanName), row.Text(ProvinceField.Hancha));

        /// <summary>
        /// The keys of a name alone, computed once per distinct spelling: thousands of cities name the same few provinces.
        /// The cache lives as long as one model build.
        /// </summary>
        public static Func<string, PlaceKeys> Cached(PlaceKind kind) => Cached(name => Of(kind, name));

        /// <summary><paramref name="keysOf"/>, computed once per distinct spelling, for as long as the function is kept.</summary>
        public static Func<string, PlaceKeys> Cached(Func<string, PlaceKeys> keysOf)
        {
            var cache = new Dictionary<string, PlaceKeys>(StringComparer.Ordinal);
            return name =>
            {
                if (!cache.TryGetValue(name, out var keys)) cache[name] = keys = keysOf(name);
                return keys;
            };
        }

        private void SetHangul(string core, string[] romanized, ref int count)
        {
            var (direction, plain) = Kind == PlaceKind.Province ? ProvinceSpelling.SplitKorean(core, '남', '북') : (Direction.None, core);
            Direction = direction;
            HangulCore = plain;
            var prefix = Prefix(direction);
            var southern = Names.Hangul.SouthernSpelling(plain);
            Hangul = prefix + southern;
            // Simplified first: the key then needs no Unicode decomposition (ŏ, ŭ and apostrophes are all that is not ASCII).
            _revised = Romanizer.Romanize(plain, RomanizationSystem.Revised);
            _mccuneReischauer = Romanizer.Romanize(plain, RomanizationSystem.McCuneReischauer);
            _dprk = Romanizer.Romanize(plain, RomanizationSystem.Dprk);
            AddSimplifiedKey(romanized, ref count, prefix, _revised);
            AddSimplifiedKey(romanized, ref count, prefix, _mccuneReischauer);
            AddSimplifiedKey(romanized, ref count, prefix, _dprk);

            if (southern == plain) return;
            foreach (var system in Systems) AddSimplifiedKey(romanized, ref count, prefix, Romanizer.Romanize(southern, system));
        }

        /// <summary>
        /// <see cref="HangulCore"/> romanized in <paramref name="system"/> (Revised, McCune–Reischauer or the DPRK's), as the
        /// keys computed it: the other names of an entity list the same spellings, and need not romanize again.
        /// </summary>
        public string CoreRomanized(RomanizationSystem system) => system switch
        {
            RomanizationSystem.Revised => _revised,
            RomanizationSystem.McCuneReischauer => _mccuneReischauer,
            RomanizationSystem.Dprk => _dprk,
            _ => null,
        } ?? throw new InvalidOperationException($"The name has no Hangul, or {system} is not among the keys' systems.");

        private void SetHanja(string core)
        {
            var (direction, plain) = Kind == PlaceKind.Province ? ProvinceSpelling.SplitKorean(core, '南', '北') : (Direction.None, core);
            Hanja = Prefix(direction) + plain;
        }

        private void AddWritten(string name, string[] romanized, ref int count)
        {
            string prefix, core;
            if (Kind == PlaceKind.Province)
            {
                var (direction, parsed) = ProvinceSpelling.Parse(name);
                prefix = ProvinceSpelling.Prefix(direction);
                core = parsed;
            }
            else
            {
                prefix = "";
                core = NameKey.Of(WithoutUnit(name));
            }

            // A name of punctuation alone still names itself: the same text twice is one entity.
            if (core.Length == 0) core = "\u0000" + name;
            WrittenKey = prefix + core;
            _writtenPrefix = prefix.Length;
            AddDistinct(romanized, ref count, WrittenKey);
        }

        /// <summary>
        /// Adds the simplified key of <paramref name="romanization"/> unless it is there: the systems mostly agree (Hamhung,
        /// Hamhŭng), so a key is compared in the romanizer's buffer and becomes a string only when it is new.
        /// </summary>
        private static void AddSimplifiedKey(string[] keys, ref int count, string prefix, string romanization)
        {
            if (!Romanizer.TrySimplifiedKey(romanization, out var key, out var length))
            {
                AddDistinct(keys, ref count, prefix + Romanizer.SimplifiedKey(romanization));
                return;
            }

            for (var i = 0; i < count; i++)
            {
                if (IsPrefixedKey(keys[i], prefix, key, length)) return;
            }

            keys[count++] = prefix.Length == 0 ? new string(key, 0, length) : prefix + new string(key, 0, length);
        }

        // Whether text is prefix followed by the first length characters of key.
        private static bool IsPrefixedKey(string text, string prefix, char[] key, int length)
        {
            if (text.Length != prefix.Length + length || !text.StartsWith(prefix, StringComparison.Ordinal)) return false;
            for (var i = 0; i < length; i++)
            {
                if (text[prefix.Length + i] != key[i]) return false;
            }

            return true;
        }

        private static void AddDistinct(string[] keys, ref int count, string key)
        {
            for (var i = 0; i < count; i++)
            {
                if (string.Equals(keys[i], key, StringComparison.Ordinal)) return;
            }

            keys[count++] = key;
        }

        private string Prefix(Direction direction) => Kind == PlaceKind.Province ? ProvinceSpelling.Prefix(direction) : "";

        private static string WithoutUnit(string name)
        {
            var trimmed = name.Trim();
            var cut = trimmed.LastIndexOfAny(UnitSeparators);
            return cut > 0 && CityUnits.Contains(NameKey.Of(trimmed.Substring(cut + 1))) ? trimmed.Substring(0, cut) : trimmed;
        }
    }
}
